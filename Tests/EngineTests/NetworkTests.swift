import Foundation
import Testing
@testable import Engine

// Seed 001's worked numbers, the activations of seed 004's table, and networks that learn.

struct LectureOneTests {
    @Test("the perceptron trick's two worked examples")
    func perceptronTrick() {
        // Line 3x₁ + 4x₂ − 10, rate 0.1. (4, 5) scores 22 ≥ 0 but is negative: subtract 0.1·(4, 5, 1),
        // giving 2.6, 3.5, −10.1. (1, 1) scores −3 but is positive: add 0.1·(1, 1, 1), giving 3.1, 4.1, −9.9.
        var negative = Perceptron(weights: [3, 4], bias: -10)
        let movedNegative = negative.trick([4, 5], label: 0, rate: 0.1)
        #expect(movedNegative)
        #expect(abs(negative.weights[0] - 2.6) < 1e-12 && abs(negative.weights[1] - 3.5) < 1e-12)
        #expect(abs(negative.bias - -10.1) < 1e-12)
        var positive = Perceptron(weights: [3, 4], bias: -10)
        let movedPositive = positive.trick([1, 1], label: 1, rate: 0.1)
        #expect(movedPositive)
        #expect(abs(positive.weights[0] - 3.1) < 1e-12 && abs(positive.weights[1] - 4.1) < 1e-12)
        #expect(abs(positive.bias - -9.9) < 1e-12)
        let movedAgain = positive.trick([10, 10], label: 1, rate: 0.1)
        #expect(!movedAgain)  // correctly classified: no move
    }

    @Test("the \"10 steps\" answer holds in exact arithmetic; in floating point the 10th step lands just short")
    func tenSteps() {
        // Each trick raises the score at (1, 1) by 0.1·(1² + 1² + 1) = 0.3, so −3 + 0.3n = 0 at n = 10.
        // In binary, 0.1 is not exact: after 10 tricks the score is about −6e-15, still below 0,
        // and an 11th trick is needed before the point is classified as positive.
        var line = Perceptron(weights: [3, 4], bias: -10)
        for _ in 0..<10 { line.trick([1, 1], label: 1, rate: 0.1) }
        #expect(abs(line.score([1, 1])) < 1e-14 && line.score([1, 1]) < 0)
        var counted = Perceptron(weights: [3, 4], bias: -10)
        var steps = 0
        while counted.trick([1, 1], label: 1, rate: 0.1) { steps += 1 }
        #expect(steps == 11)
    }

    @Test("cross-entropy examples: 0.69 and 5.12")
    func crossEntropyExamples() throws {
        // CE[(1, 1, 0), (0.8, 0.7, 0.1)] = −ln 0.8 − ln 0.7 − ln 0.9 = 0.685…, which the lecture rounds to 0.69;
        // CE[(0, 0, 1), (0.8, 0.7, 0.1)] = −ln 0.2 − ln 0.3 − ln 0.1 = 5.116…, rounded to 5.12.
        let p = [0.8, 0.7, 0.1]
        let first = binaryCrossEntropy(p.map(Value.init), [1, 1, 0], reduction: .sum).data
        let second = binaryCrossEntropy(p.map(Value.init), [0, 0, 1], reduction: .sum).data
        #expect(abs(first - -(log(0.8) + log(0.7) + log(0.9))) < 1e-12 && abs(first - 0.69) < 0.005)
        #expect(abs(second - -(log(0.2) + log(0.3) + log(0.1))) < 1e-12 && abs(second - 5.12) < 0.005)
        let tensor = try binaryCrossEntropy(Tensor(p), Tensor([1, 1, 0]), reduction: .sum).item()
        #expect(abs(tensor - first) < 1e-12)
        // The multi-class formula with two one-hot columns is the same number.
        let twoClass = try crossEntropy(
            probabilities: Tensor([0.8, 0.2, 0.7, 0.3, 0.1, 0.9], shape: [3, 2]),
            oneHot: Tensor([1, 0, 1, 0, 0, 1], shape: [3, 2])
        ).item()
        #expect(abs(twoClass - first) < 1e-12)
    }

    @Test("σ(2) = 0.88, σ(−2) = 0.12, σ(±20) rounds to 1 and 0, and σ′ = σ(1 − σ)")
    func sigmoidValues() {
        // σ(2) = 1/(1 + e⁻²) = 0.8807…, σ(−2) = 0.1192…; both quoted to two places.
        #expect(abs(Activation.sigmoid(2) - 0.88) < 0.005 && abs(Activation.sigmoid(-2) - 0.12) < 0.005)
        #expect(abs(Activation.sigmoid(2) + Activation.sigmoid(-2) - 1) < 1e-15)
        #expect(abs(Activation.sigmoid(20) - 1) < 1e-8 && Activation.sigmoid(-20) < 1e-8)
        for x in [-3.0, -0.5, 0, 1, 4] {
            let s = Activation.sigmoid(x)
            #expect(abs(Activation.sigmoid.derivative(x) - s * (1 - s)) < 1e-15)
        }
    }

    @Test("AND, OR and NOT perceptrons, and XOR from them")
    func logicPerceptrons() {
        // AND: x₁ + x₂ − 1.5; OR: x₁ + x₂ − 0.5; NOT: −x + 0.5; XOR = AND(NOT(AND(x)), OR(x)).
        let and = Neuron(weights: [1, 1], bias: -1.5, activation: .step)
        let or = Neuron(weights: [1, 1], bias: -0.5, activation: .step)
        let not = Neuron(weights: [-1], bias: 0.5, activation: .step)
        for (x, expected) in [([0.0, 0.0], 0.0), ([0, 1], 1), ([1, 0], 1), ([1, 1], 0)] {
            let inputs = x.map(Value.init)
            let xor = and([not([and(inputs)]), or(inputs)])
            #expect(xor.data == expected, "XOR\(x)")
        }
    }

    @Test("logistic regression: the lecture's update is gradient descent on the cross-entropy")
    func logisticRegression() throws {
        // For one point, ∂E/∂w = −(y − ŷ)x and ∂E/∂b = −(y − ŷ), so w + α(y − ŷ)x is w − α∇E.
        let x = [0.5, -1.5], y = 1.0
        var model = LogisticRegression(weights: [0.3, 0.2], bias: -0.1)
        let (_, gradient) = Gradient.valueAndGradient(at: model.weights + [model.bias]) { v in
            binaryCrossEntropy([(v[0] * x[0] + v[1] * x[1] + v[2]).sigmoid()], [y])
        }
        let before = model.weights + [model.bias]
        model.update(x, label: y, rate: 0.1)
        let after = model.weights + [model.bias]
        for i in 0..<3 { #expect(abs(after[i] - (before[i] - 0.1 * gradient[i])) < 1e-15) }

        // Trained on separable data, the error falls every epoch and every point ends on its side.
        let points = [[1.0, 1.0], [2, 1.5], [1.5, 2.5], [-1, -1], [-2, -0.5], [-1.5, -2]]
        let labels: [Double] = [1, 1, 1, 0, 0, 0]
        var trained = LogisticRegression(features: 2, using: RandomState(seed: 42))
        let errors = trained.train(points: points, labels: labels, rate: 0.1, epochs: 100)
        #expect(zip(errors, errors.dropFirst()).allSatisfy { $1 < $0 })
        #expect(zip(points, labels).allSatisfy { (trained.probability($0) > 0.5 ? 1.0 : 0.0) == $1 })
    }
}

struct ActivationTests {
    @Test("seed 004's table, value by value")
    func table() {
        #expect(Activation.step(-1) == 0 && Activation.step(0) == 0.5 && Activation.step(2) == 1)
        #expect(Activation.sign(-3) == -1 && Activation.sign(0) == 0 && Activation.sign(0.1) == 1)
        #expect(Activation.linear(-2.5) == -2.5)
        // Piecewise linear: 0 up to −½, z + ½ between, 1 from ½.
        #expect(Activation.piecewiseLinear(-1) == 0 && Activation.piecewiseLinear(0) == 0.5)
        #expect(Activation.piecewiseLinear(0.25) == 0.75 && Activation.piecewiseLinear(3) == 1)
        #expect(Activation.relu(-1) == 0 && Activation.relu(2) == 2)
        #expect(abs(Activation.softplus(0) - log(2.0)) < 1e-15)  // ln(1 + e⁰)
        #expect(abs(Activation.leakyRelu()(-2) - -0.2) < 1e-15)   // max(0.1x, x)
        #expect(abs(Activation.elu()(-1) - (exp(-1.0) - 1)) < 1e-15)
        #expect(abs(Activation.swish(1) - 1 / (1 + exp(-1.0))) < 1e-15)
        #expect(abs(Activation.tanh(0.5) - tanh(0.5)) < 1e-15)
        #expect(Activation.all.count == 11)
    }

    @Test("each activation gives the same values and gradients on Values and Tensors", arguments: Activation.all)
    func valueAndTensorAgree(_ activation: Activation) {
        let points = [-2.3, -0.7, -0.2, 0.3, 0.8, 1.9]
        let tensor = Tensor(points, requiresGrad: true)
        let output = activation(tensor)
        output.backward()
        for (i, x) in points.enumerated() {
            #expect(abs(output.data[i] - activation(x)) < 1e-15, "\(activation.name)(\(x))")
            #expect(abs(tensor.grad![i] - activation.derivative(x)) < 1e-15, "\(activation.name)′(\(x))")
            // Away from kinks and jumps, the derivative is the slope.
            let slope = (activation(x + 1e-6) - activation(x - 1e-6)) / 2e-6
            #expect(isClose(activation.derivative(x), slope), "\(activation.name)′(\(x)): \(slope)")
        }
    }

    @Test("maxout is the largest piece, and its gradient goes to that piece")
    func maxoutPieces() throws {
        let a = Tensor([1, 5, -2], requiresGrad: true)
        let b = Tensor([3, 4, -1], requiresGrad: true)
        let m = try maxout([a, b])
        #expect(m.data == [3, 5, -1])
        try m.sum().backward()
        #expect(a.grad == [0, 1, 0] && b.grad == [1, 0, 1])
        let (x, y) = (Value(2), Value(-1))
        let v = maxout([x, y, Value(0)])
        v.backward()
        #expect(v.data == 2 && x.grad == 1 && y.grad == 0)
    }
}

struct NetworkTests {
    static let xorInputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
    static let xorLabels: [Double] = [0, 1, 1, 0]

    /// A 2-4-1 network (tanh, then sigmoid) trained on XOR by gradient descent on the cross-entropy.
    static func trainXOR() -> (MLP, Double) {
        let model = MLP(inputs: 2, sizes: [4, 1], activations: [.tanh, .sigmoid], using: RandomState(seed: 0))
        let optimizer = GD(.values(model.parameters()), lr: 0.5)
        var loss = Double.infinity
        for _ in 0..<1000 {
            optimizer.zeroGrad()
            let total = binaryCrossEntropy(xorInputs.map { model($0)[0] }, xorLabels)
            total.backward()
            optimizer.step()
            loss = total.data
        }
        return (model, loss)
    }

    @Test("a small MLP learns XOR, the same way on every run")
    func xor() {
        let (model, loss) = Self.trainXOR()
        #expect(loss < 0.01)
        for (x, label) in zip(Self.xorInputs, Self.xorLabels) {
            #expect(abs(model(x)[0].data - label) < 0.05, "XOR\(x)")
        }
        let (again, _) = Self.trainXOR()
        #expect(again.parameters().map(\.data) == model.parameters().map(\.data))
    }

    @Test("an MLP and a TensorMLP from the same seed compute the same function and gradients")
    func scalarAndTensorNetworksAgree() throws {
        let scalar = MLP(inputs: 3, sizes: [5, 4, 1], using: RandomState(seed: 7))
        let tensor = TensorMLP(inputs: 3, sizes: [5, 4, 1], using: RandomState(seed: 7))
        #expect(scalar.parameters().count == tensor.parameters().reduce(0) { $0 + $1.count })
        let batch = [[0.5, -1, 2], [1.5, 0.3, -0.7]]
        let scalarLoss = Reduction.sum.apply(batch.map { scalar($0)[0] })
        scalarLoss.backward()
        let tensorLoss = try tensor(Tensor(batch.flatMap { $0 }, shape: [2, 3])).sum()
        tensorLoss.backward()
        #expect(abs(scalarLoss.data - tensorLoss.data[0]) < 1e-12)
        // The first layer's weight for input i of neuron j is W[i, j] in the tensor network.
        let w = tensor.layers[0].weight
        let first = scalar.layers[0].neurons
        for i in 0..<3 {
            for j in 0..<5 {
                #expect(first[j].weights[i].data == w.data[i * 5 + j])
                #expect(abs(first[j].weights[i].grad - w.grad![i * 5 + j]) < 1e-12)
            }
        }
    }

    @Test("zeroGrad clears every parameter's gradient")
    func zeroGrad() throws {
        let model = TensorMLP(inputs: 2, sizes: [3, 1], using: RandomState(seed: 1))
        try model(Tensor([1, 2])).sum().backward()
        #expect(model.parameters().contains { $0.grad != nil })
        model.zeroGrad()
        #expect(model.parameters().allSatisfy { $0.grad == nil })
    }
}

struct LossTests {
    @Test("cross-entropy with softmax, by hand: the gradient is softmax − one-hot")
    func softmaxCrossEntropy() throws {
        // Scores (0, ln 2, ln 3): softmax (1/6, 1/3, 1/2). Label 2: loss −ln ½ = ln 2,
        // gradient (1/6, 1/3, 1/2 − 1).
        let logits = Tensor([0, log(2.0), log(3.0)], shape: [1, 3], requiresGrad: true)
        let loss = try crossEntropy(logits: logits, labels: [2])
        loss.backward()
        #expect(abs(try loss.item() - log(2.0)) < 1e-15)
        for (g, expected) in zip(logits.grad!, [1.0 / 6, 1.0 / 3, -0.5]) { #expect(abs(g - expected) < 1e-15) }
        let scalar = crossEntropy(logits: [0, log(2.0), log(3.0)].map(Value.init), label: 2)
        #expect(abs(scalar.data - log(2.0)) < 1e-15)
        let rows = try softmax(Tensor([1, 2, 3, 1000, 1000, 1000], shape: [2, 3]))
        #expect(abs(rows.data[3] - 1.0 / 3) < 1e-15)  // no overflow at 1000
        #expect(try abs(rows.sum(axis: 1).data[0] - 1) < 1e-15)
    }

    @Test("hinge, mse, and the cross-entropy from scores")
    func otherLosses() throws {
        // Scores (2, 0.5, −1), all labelled +1: margins relu(1 − s) = (0, 0.5, 2), mean 2.5/3.
        #expect(abs(try hinge(Tensor([2, 0.5, -1]), Tensor([1, 1, 1])).item() - 2.5 / 3) < 1e-15)
        #expect(abs(hinge([2, 0.5, -1].map(Value.init), [1, 1, 1]).data - 2.5 / 3) < 1e-15)
        // (1 − 0)² and (2 − 4)² average to 2.5.
        #expect(try mse(Tensor([1, 2]), Tensor([0, 4])).item() == 2.5)
        #expect(mse([1, 2].map(Value.init), [0, 4]).data == 2.5)
        let z = Tensor([-3, 0.5, 4])
        let y = Tensor([0, 1, 1])
        let direct = try binaryCrossEntropy(z.sigmoid(), y).item()
        #expect(abs(try binaryCrossEntropy(logits: z, y).item() - direct) < 1e-15)
    }

    @Test("L1 and L2 penalties and their gradients sign(w) and 2w")
    func penalties() throws {
        let w = Tensor([0.5, -2, 3], requiresGrad: true)
        let l2Loss = try l2([w])
        l2Loss.backward()
        #expect(try l2Loss.item() == 13.25 && w.grad == [1, -4, 6])
        w.zeroGrad()
        let l1Loss = try l1([w])
        l1Loss.backward()
        #expect(try l1Loss.item() == 5.5 && w.grad == [1, -1, 1])
        #expect(l2([Value(3), Value(-4)]).data == 25 && l1([Value(3), Value(-4)]).data == 7)
    }

    @Test("dropout is seeded, keeps about 1 − rate of the units and scales them by 1/(1 − rate)")
    func dropoutMask() throws {
        let x = Tensor.ones([1000])
        let dropped = try dropout(x, rate: 0.25, using: RandomState(seed: 0))
        #expect(dropped.data.allSatisfy { $0 == 0 || abs($0 - 4.0 / 3) < 1e-15 })
        let kept = dropped.data.filter { $0 != 0 }.count
        #expect((700...800).contains(kept))  // binomial(1000, 0.75): mean 750, sd 13.7
        #expect(try dropout(x, rate: 0.25, using: RandomState(seed: 0)).data == dropped.data)
        let values = try dropout(Array(repeating: Value(1), count: 1000), rate: 0.25, using: RandomState(seed: 0))
        #expect(values.map(\.data) == dropped.data)
    }
}
