import Engine

// Karpathy's micrograd demo: MLP(2, [16, 16, 1]) on 100 moons points (make_moons(100, noise=0.1)
// after np.random.seed(1337), which our RandomState reproduces), the max-margin loss plus
// 1e-4·Σw², and SGD with the rate 1 − 0.9·k/100, for 100 steps.

enum MicrogradDemo {
    static let steps = 100

    static func data() -> (points: [[Double]], labels: [Double]) {
        let moons = Datasets.moons(100, noise: 0.1, using: RandomState(seed: 1337))
        return (moons.points, moons.labels.map { Double($0 * 2 - 1) })
    }

    /// The demo on scalar Values. With `micrographShaped`, every neuron and sum is built from
    /// binary operations exactly as micrograd builds them (2n nodes per neuron, a chain of
    /// additions per sum); otherwise with the engine's `dot` and `sum` nodes.
    static func scalar(micrographShaped: Bool) -> (loss: Double, accuracy: Double) {
        let (points, labels) = data()
        let model = MLP(inputs: 2, sizes: [16, 16, 1], using: RandomState(seed: 1337))
        let parameters = model.parameters()
        func sum(_ values: [Value]) -> Value {
            micrographShaped ? values.reduce(Value(0), +) : Value.sum(values)
        }
        func forward(_ x: [Double]) -> Value {
            guard micrographShaped else { return model(x)[0] }
            return model.layers.reduce(x.map(Value.init)) { inputs, layer in
                layer.neurons.map { n in n.activation(zip(n.weights, inputs).reduce(n.bias) { $0 + $1.0 * $1.1 }) }
            }[0]
        }
        var result = (loss: 0.0, accuracy: 0.0)
        for k in 0..<steps {
            let scores = points.map(forward)
            let margins = zip(labels, scores).map { (1 + -$0 * $1).relu() }
            let total = sum(margins) * (1.0 / Double(margins.count)) + 1e-4 * sum(parameters.map { $0 * $0 })
            let correct = zip(scores, labels).filter { ($0.data > 0) == ($1 > 0) }.count
            model.zeroGrad()
            total.backward()
            let rate = 1.0 - 0.9 * Double(k) / Double(steps)
            for p in parameters { p.data -= rate * p.grad }
            result = (total.data, Double(correct) / Double(points.count))
        }
        return result
    }

    /// The same network and loop on tensors: a few graph nodes per layer.
    static func tensor() throws -> (loss: Double, accuracy: Double) {
        let (points, labels) = data()
        let x = Tensor(points.flatMap { $0 }, shape: [points.count, 2])
        let y = Tensor(labels)
        let model = TensorMLP(inputs: 2, sizes: [16, 16, 1], using: RandomState(seed: 1337))
        let parameters = model.parameters()
        var result = (loss: 0.0, accuracy: 0.0)
        for k in 0..<steps {
            let scores = try model(x).reshape([-1])
            let total = try hinge(scores, y) + 1e-4 * l2(parameters)
            let correct = zip(scores.data, labels).filter { ($0 > 0) == ($1 > 0) }.count
            model.zeroGrad()
            total.backward()
            let rate = 1.0 - 0.9 * Double(k) / Double(steps)
            for p in parameters { try p.assign(zip(p.data, p.grad!).map { $0 - rate * $1 }) }
            result = (try total.item(), Double(correct) / Double(points.count))
        }
        return result
    }
}
