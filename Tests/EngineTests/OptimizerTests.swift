import Foundation
import Testing
@testable import Engine

// Optimizers: their first steps worked out by hand, then convergence on functions whose minima
// are known exactly — a convex quadratic and Rosenbrock's valley.

struct OptimizerTests {
    /// f(x) = ½xᵀAx − bᵀx with A = [[3, 1], [1, 2]] (positive definite) and b = (1, 1):
    /// the minimum solves Ax = b, x* = A⁻¹b = ⅕[[2, −1], [−1, 3]]·(1, 1) = (0.2, 0.4).
    static func quadratic(_ x: Tensor) throws -> Tensor {
        let A = Tensor([3, 1, 1, 2], shape: [2, 2])
        return try 0.5 * matmul(x, matmul(A, x)) - matmul(Tensor([1, 1]), x)
    }

    /// Rosenbrock's function (1 − x)² + 100(y − x²)², minimum 0 at (1, 1), from the classic (−1.2, 1).
    static func rosenbrock(_ v: [Value]) -> Value {
        pow(1 - v[0], 2) + 100 * pow(v[1] - pow(v[0], 2), 2)
    }

    /// One step of an optimizer on f(x) = x² (gradient 2x) from x.
    static func steps(_ method: Method, lr: Schedule, from x: Double, count: Int) throws -> [Double] {
        try minimize({ pow($0, 2) }, from: Tensor([x]), method: method, lr: lr, steps: count).points.map { $0[0] }
    }

    @Test("gradient descent on (x − 3)² follows x_t = 3 − 3·0.8ᵗ")
    func gdClosedForm() throws {
        // From 0 with η = 0.1: x ← x − 0.1·2(x − 3) = 0.8x + 0.6, so x_t − 3 = 0.8ᵗ(x₀ − 3).
        let path = try minimize({ pow($0 - 3, 2) }, from: Tensor([0]), lr: 0.1, steps: 50)
        #expect(path.points.count == 51 && path.losses.count == 51)
        for (t, point) in path.points.enumerated() {
            #expect(abs(point[0] - (3 - 3 * pow(0.8, Double(t)))) < 1e-12)
        }
    }

    @Test("momentum and Nesterov, two steps by hand on x²")
    func momentumByHand() throws {
        // Momentum, η = 0.1, β = 0.9, x₀ = 1: v₁ = −0.2, x₁ = 0.8; g = 1.6: v₂ = −0.18 − 0.16 = −0.34, x₂ = 0.46.
        let momentum = try Self.steps(.momentum(beta: 0.9), lr: 0.1, from: 1, count: 2)
        #expect(abs(momentum[1] - 0.8) < 1e-15 && abs(momentum[2] - 0.46) < 1e-15)
        // Nesterov: v₁ = −0.2, x₁ = 1 + 0.9·(−0.2) − 0.2 = 0.62; g = 1.24: v₂ = −0.18 − 0.124 = −0.304,
        // x₂ = 0.62 + 0.9·(−0.304) − 0.124 = 0.2224.
        let nesterov = try Self.steps(.nesterov(beta: 0.9), lr: 0.1, from: 1, count: 2)
        #expect(abs(nesterov[1] - 0.62) < 1e-15 && abs(nesterov[2] - 0.2224) < 1e-15)
    }

    @Test("Adam's steps equal its rule written out, to the last bit")
    func adamFollowsItsRule() {
        let optimizer = Adam(.values([Value(0), Value(0), Value(0)]), lr: 0.1, beta1: 0.8, beta2: 0.95, epsilon: 1e-6)
        var x = [1.5, -2.0, 0.25], expected = x
        var (m, v) = ([0.0, 0, 0], [0.0, 0, 0])
        for step in 1...6 {
            let g = x.map { 3 * $0 * $0 - 1 }
            optimizer.steps = step - 1
            optimizer.update(&x, gradient: g, rate: 0.1)
            let (c1, c2) = (1 - Foundation.pow(0.8, Double(step)), 1 - Foundation.pow(0.95, Double(step)))
            for i in 0..<3 {
                m[i] = 0.8 * m[i] + (1 - 0.8) * g[i]
                v[i] = 0.95 * v[i] + (1 - 0.95) * g[i] * g[i]
                expected[i] -= 0.1 * (m[i] / c1) / (Foundation.sqrt(v[i] / c2) + 1e-6)
            }
            #expect(x == expected, "step \(step)")
        }
    }

    @Test("the adaptive methods' first step, by hand")
    func adaptiveFirstSteps() throws {
        // At x₀ = 2, g = 4. Adagrad: G = 16, step η·4/(4 + ε) ≈ η. Adam: m̂ = 4, v̂ = 16, step η·4/(4 + ε) ≈ η.
        // RMSProp (ρ = 0.9): E = 0.1·16 = 1.6, step η·4/(√1.6 + ε) = η·√10 up to ε's 1e-8 relative part.
        #expect(abs(try Self.steps(.adagrad(), lr: 0.1, from: 2, count: 1)[1] - 1.9) < 1e-9)
        #expect(abs(try Self.steps(.adam(), lr: 0.1, from: 2, count: 1)[1] - 1.9) < 1e-9)
        #expect(abs(try Self.steps(.rmsprop(rho: 0.9), lr: 0.1, from: 2, count: 1)[1] - (2 - 0.1 * 10.0.squareRoot())) < 1e-7)
    }

    @Test("every method finds the quadratic's minimum (0.2, 0.4)", arguments: [
        (Method.gd, 0.2, 200, 1e-9), (.momentum(), 0.05, 300, 1e-5), (.nesterov(), 0.05, 300, 1e-9),
        (.adagrad(), 0.5, 500, 1e-9), (.adam(), 0.05, 1000, 1e-9),
        // With a constant rate RMSProp's steps stay about η long, so it circles within ~η of the minimum.
        (.rmsprop(), 0.01, 1000, 2e-2),
    ])
    func quadraticMinimum(method: Method, lr: Double, steps: Int, tolerance: Double) throws {
        let path = try minimize(Self.quadratic, from: Tensor([-2, 3]), method: method, lr: .constant(lr), steps: steps)
        #expect(abs(path.final[0] - 0.2) < tolerance && abs(path.final[1] - 0.4) < tolerance, "\(path.final)")
        // The minimum value is −½bᵀx* = −0.3.
        #expect(abs(path.finalLoss - -0.3) < tolerance)
    }

    @Test("momentum methods and Adam get through Rosenbrock's valley to (1, 1)", arguments: [
        (Method.momentum(), 0.0005, 10000), (.nesterov(), 0.0005, 10000), (.adam(), 0.02, 5000),
    ])
    func rosenbrock(method: Method, lr: Double, steps: Int) throws {
        let path = try minimize(Self.rosenbrock, from: [-1.2, 1], method: method, lr: .constant(lr), steps: steps)
        #expect(abs(path.final[0] - 1) < 1e-6 && abs(path.final[1] - 1) < 1e-6, "\(path.final)")
        #expect(path.finalLoss < 1e-12)
    }

    @Test("plain gradient descent crawls along Rosenbrock's valley")
    func rosenbrockGD() throws {
        // The valley's floor is nearly flat, so with the largest stable rate GD is still 1e-3 away after 20 000 steps.
        let path = try minimize(Self.rosenbrock, from: [-1.2, 1], lr: 0.001, steps: 20000)
        #expect(abs(path.final[0] - 1) < 1e-3 && abs(path.final[1] - 1) < 1e-3)
        #expect(path.losses.first! > 24 && path.finalLoss < 1e-6)  // f(−1.2, 1) = 4.84 + 100·0.44² = 24.2
    }

    @Test("schedules give the rates their formulas say")
    func schedules() {
        #expect(Schedule.constant(0.1).rate(at: 7, gradientNorm: 3) == 0.1)
        #expect(Schedule.timeDecay(1, decay: 0.5).rate(at: 2, gradientNorm: 0) == 0.5)  // 1/(1 + 0.5·2)
        #expect(Schedule.linear(1, steps: 4).rate(at: 0, gradientNorm: 0) == 0.75)       // 1·(1 − 1/4)
        #expect(Schedule.linear(1, steps: 4).rate(at: 3, gradientNorm: 0) == 0)
        #expect(Schedule.gradientScaled(0.1).rate(at: 0, gradientNorm: 5) == 0.5)
        #expect(Schedule.step(1, factor: 0.5, every: 10).rate(at: 25, gradientNorm: 0) == 0.25)
        let literal: Schedule = 0.01
        #expect(literal == .constant(0.01))
    }

    @Test("a gradient-scaled rate takes big steps far away and small ones near the minimum")
    func gradientScaledSteps() throws {
        // f = x², g = 2x, η = 0.1·|g|: from 2, η = 0.4 and x₁ = 2 − 0.4·4 = 0.4; then η = 0.08, x₂ = 0.4 − 0.08·0.8 = 0.336.
        let points = try Self.steps(.gd, lr: .gradientScaled(0.1), from: 2, count: 2)
        #expect(abs(points[1] - 0.4) < 1e-15 && abs(points[2] - 0.336) < 1e-15)
    }

    @Test("gradient ascent climbs to a maximum")
    func ascent() throws {
        // −(x − 2)² + 1 has its maximum 1 at x = 2.
        let path = try minimize({ 1 - pow($0 - 2, 2) }, from: Tensor([-1]), lr: 0.1, steps: 200, maximize: true)
        #expect(abs(path.final[0] - 2) < 1e-9 && abs(path.finalLoss - 1) < 1e-12)
    }

    @Test("optimizers step scalar Values as well as tensors")
    func valueParameters() {
        // One GD step on w² + 3b² at (1, 1), η = 0.1: ∇ = (2, 6), so (0.8, 0.4).
        let (w, b) = (Value(1), Value(1))
        let optimizer = GD(.values([w, b]), lr: 0.1)
        (pow(w, 2) + 3 * pow(b, 2)).backward()
        optimizer.step()
        #expect(abs(w.data - 0.8) < 1e-15 && abs(b.data - 0.4) < 1e-15)
        optimizer.zeroGrad()
        #expect(w.grad == 0 && b.grad == 0 && optimizer.steps == 1)
    }

    @Test("early stopping ends the run when the validation loss stops improving")
    func earlyStopping() throws {
        // Training on (x − 3)² from 0 with η = 0.1 visits x_t = 3 − 3·0.8ᵗ: 0, 0.6, 1.08, 1.464, 1.7712, …
        // The validation loss (x − 1)² is 1, 0.16, 0.0064, 0.215…, 0.594…: best at step 2, then worse.
        let path = try minimize(
            { pow($0 - 3, 2) }, from: Tensor([0]), lr: 0.1, steps: 100,
            validation: { x in pow(x.data[0] - 1, 2) }, patience: 3
        )
        #expect(path.stoppedEarly)
        // Best at step 2 (x = 1.08); three more checks without improvement stop it at step 5.
        #expect(path.points.count == 6 && path.validationLosses.count == 6)
        var stopping = EarlyStopping(patience: 2)
        #expect(!stopping.shouldStop(after: 3) && !stopping.shouldStop(after: 2) && !stopping.shouldStop(after: 2.5))
        #expect(stopping.shouldStop(after: 2.1) && stopping.best == 2 && stopping.bestCheck == 1)
    }

    @Test("random restarts keep the run that ends in the deeper well")
    func restarts() throws {
        // f(x) = x⁴ − 2x² + 0.5x has wells near x = −1.06 (f ≈ −1.51) and x = 0.93 (f ≈ −0.52).
        let f: (Tensor) throws -> Tensor = { x in try pow(x, 4) - 2 * pow(x, 2) + 0.5 * x }
        let (best, runs) = try randomRestarts(6, low: [-2], high: [2], using: RandomState(seed: 0)) { start in
            try minimize(f, from: start, lr: 0.01, steps: 500)
        }
        #expect(runs.count == 6)
        #expect(runs.contains { $0.final[0] > 0 })  // some start fell into the shallow well
        #expect(runs[best].final[0] < -1 && runs[best].finalLoss < -1.5)
    }

    @Test("minibatches follow numpy's permutation")
    func minibatchOrder() throws {
        // np.random.seed(0); np.random.permutation(10) == [2, 8, 4, 9, 1, 6, 7, 3, 0, 5]
        #expect(try minibatches(count: 10, size: 4, shuffledBy: RandomState(seed: 0)) == [[2, 8, 4, 9], [1, 6, 7, 3], [0, 5]])
        #expect(try minibatches(count: 3, size: 5, shuffledBy: nil) == [[0, 1, 2]])
    }

    @Test("minibatch SGD fits a line, the same on every run")
    func minibatchSGD() throws {
        // y = 2x + 1 exactly at 20 points in [−1, 1]; batches of 5, shuffled by seed 3.
        let x = Tensor.linspace(-1, 1, 20)
        let y = 2 * x + 1
        func fit() throws -> (Tensor, TrainingHistory) {
            let w = Tensor([0, 0], requiresGrad: true)
            let history = try train(
                GD(.tensors([w]), lr: 0.1), samples: 20, batchSize: 5, epochs: 200, shuffledBy: RandomState(seed: 3)
            ) { batch in
                let prediction = try w.index([.single(0)]) * x.rows(batch) + w.index([.single(1)])
                return try pow(prediction - y.rows(batch), 2).mean()
            }
            return (w, history)
        }
        let (w, history) = try fit()
        #expect(abs(w.data[0] - 2) < 1e-6 && abs(w.data[1] - 1) < 1e-6)
        #expect(history.losses.count == 200 && history.losses.last! < 1e-12)
        #expect(try fit().0.data == w.data)
    }
}
