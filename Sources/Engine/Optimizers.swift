import Foundation

// The optimizers, in order of complexity (as in early tinygrad's optim.py): each keeps its own
// state and has one rule, `update`, from the parameters x and their gradient g to the new x.
// `step()` is shared: read x and g, look up the learning rate, apply the rule, write x back.

/// An optimizer over a set of parameters: call `backward()` on the loss, then `step()`.
public protocol Optimizer: AnyObject {
    /// The parameters this optimizer moves.
    var parameters: Parameters { get }
    /// The learning rate, possibly changing with the step.
    var lr: Schedule { get }
    /// Climb instead of descend (gradient ascent).
    var maximize: Bool { get }
    /// How many steps have been taken.
    var steps: Int { get set }
    /// The optimizer's rule: x from its gradient g at learning rate η (g already points uphill
    /// when maximizing, so every rule can descend).
    func update(_ x: inout [Double], gradient g: [Double], rate η: Double)
}

extension Optimizer {
    /// One update of every parameter from its current gradient.
    public func step() {
        var x = parameters.flatData
        // `maximize` read once: through the protocol it is a call per coordinate.
        let gradient = parameters.flatGradient
        let g = maximize ? gradient.map { -$0 } : gradient
        let norm = Foundation.sqrt(g.reduce(0) { $0 + $1 * $1 })
        update(&x, gradient: g, rate: lr.rate(at: steps, gradientNorm: norm))
        parameters.assign(x)
        steps += 1
    }

    /// Clears the parameters' gradients before the next backward pass.
    public func zeroGrad() {
        parameters.zeroGrad()
    }
}

/// Gradient descent: x ← x − η·g.
public final class GD: Optimizer {
    public let parameters: Parameters
    public let lr: Schedule
    public let maximize: Bool
    public var steps = 0

    public init(_ parameters: Parameters, lr: Schedule, maximize: Bool = false) {
        (self.parameters, self.lr, self.maximize) = (parameters, lr, maximize)
    }

    public func update(_ x: inout [Double], gradient g: [Double], rate η: Double) {
        for i in x.indices { x[i] -= η * g[i] }
    }
}

/// Momentum: a velocity that remembers past steps, v ← β·v − η·g, then x ← x + v.
public final class Momentum: Optimizer {
    public let parameters: Parameters
    public let lr: Schedule
    public let maximize: Bool
    public var steps = 0
    public let beta: Double
    private var velocity: [Double]

    public init(_ parameters: Parameters, lr: Schedule, beta: Double = 0.9, maximize: Bool = false) {
        (self.parameters, self.lr, self.maximize, self.beta) = (parameters, lr, maximize, beta)
        velocity = Array(repeating: 0, count: parameters.flatData.count)
    }

    public func update(_ x: inout [Double], gradient g: [Double], rate η: Double) {
        for i in x.indices {
            velocity[i] = beta * velocity[i] - η * g[i]
            x[i] += velocity[i]
        }
    }
}

/// Nesterov momentum: the step looks ahead along the velocity, v ← β·v − η·g, then
/// x ← x + β·v − η·g (Sutskever's form, which needs the gradient only at x).
public final class Nesterov: Optimizer {
    public let parameters: Parameters
    public let lr: Schedule
    public let maximize: Bool
    public var steps = 0
    public let beta: Double
    private var velocity: [Double]

    public init(_ parameters: Parameters, lr: Schedule, beta: Double = 0.9, maximize: Bool = false) {
        (self.parameters, self.lr, self.maximize, self.beta) = (parameters, lr, maximize, beta)
        velocity = Array(repeating: 0, count: parameters.flatData.count)
    }

    public func update(_ x: inout [Double], gradient g: [Double], rate η: Double) {
        for i in x.indices {
            velocity[i] = beta * velocity[i] - η * g[i]
            x[i] += beta * velocity[i] - η * g[i]
        }
    }
}

/// Adagrad: each coordinate's rate shrinks with its summed squared gradients,
/// G ← G + g², x ← x − η·g / (√G + ε).
public final class Adagrad: Optimizer {
    public let parameters: Parameters
    public let lr: Schedule
    public let maximize: Bool
    public var steps = 0
    public let epsilon: Double
    private var squares: [Double]

    public init(_ parameters: Parameters, lr: Schedule, epsilon: Double = 1e-10, maximize: Bool = false) {
        (self.parameters, self.lr, self.maximize, self.epsilon) = (parameters, lr, maximize, epsilon)
        squares = Array(repeating: 0, count: parameters.flatData.count)
    }

    public func update(_ x: inout [Double], gradient g: [Double], rate η: Double) {
        for i in x.indices {
            squares[i] += g[i] * g[i]
            x[i] -= η * g[i] / (Foundation.sqrt(squares[i]) + epsilon)
        }
    }
}

/// RMSProp: Adagrad with a moving average instead of a sum, E ← ρ·E + (1 − ρ)·g²,
/// x ← x − η·g / (√E + ε).
public final class RMSProp: Optimizer {
    public let parameters: Parameters
    public let lr: Schedule
    public let maximize: Bool
    public var steps = 0
    public let rho: Double
    public let epsilon: Double
    private var average: [Double]

    public init(_ parameters: Parameters, lr: Schedule, rho: Double = 0.9, epsilon: Double = 1e-8, maximize: Bool = false) {
        (self.parameters, self.lr, self.maximize, self.rho, self.epsilon) = (parameters, lr, maximize, rho, epsilon)
        average = Array(repeating: 0, count: parameters.flatData.count)
    }

    public func update(_ x: inout [Double], gradient g: [Double], rate η: Double) {
        for i in x.indices {
            average[i] = rho * average[i] + (1 - rho) * g[i] * g[i]
            x[i] -= η * g[i] / (Foundation.sqrt(average[i]) + epsilon)
        }
    }
}

/// Adam: momentum on the gradient and RMSProp on its square, both corrected for starting at 0:
/// m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², x ← x − η·m̂ / (√v̂ + ε)
/// with m̂ = m/(1 − β₁ᵗ) and v̂ = v/(1 − β₂ᵗ).
public final class Adam: Optimizer {
    public let parameters: Parameters
    public let lr: Schedule
    public let maximize: Bool
    public var steps = 0
    public let beta1: Double
    public let beta2: Double
    public let epsilon: Double
    private var mean: [Double]
    private var variance: [Double]

    public init(
        _ parameters: Parameters, lr: Schedule = 0.001, beta1: Double = 0.9, beta2: Double = 0.999,
        epsilon: Double = 1e-8, maximize: Bool = false
    ) {
        (self.parameters, self.lr, self.maximize) = (parameters, lr, maximize)
        (self.beta1, self.beta2, self.epsilon) = (beta1, beta2, epsilon)
        mean = Array(repeating: 0, count: parameters.flatData.count)
        variance = mean
    }

    public func update(_ x: inout [Double], gradient g: [Double], rate η: Double) {
        let t = Double(steps + 1)
        // The bias corrections are the same for every coordinate: two `pow`s per step, not per coordinate
        // (they were a tenth of training an MLP).
        let (meanCorrection, varianceCorrection) = (1 - Foundation.pow(beta1, t), 1 - Foundation.pow(beta2, t))
        let (beta1, beta2, epsilon) = (self.beta1, self.beta2, self.epsilon)
        // The moments leave the object while they change: each element access of an array property of a
        // class is checked for exclusivity at run time, which cost a third of this loop.
        var (mean, variance): ([Double], [Double]) = ([], [])
        swap(&mean, &self.mean)
        swap(&variance, &self.variance)
        defer {
            swap(&mean, &self.mean)
            swap(&variance, &self.variance)
        }
        for i in x.indices {
            mean[i] = beta1 * mean[i] + (1 - beta1) * g[i]
            variance[i] = beta2 * variance[i] + (1 - beta2) * g[i] * g[i]
            let meanHat = mean[i] / meanCorrection
            let varianceHat = variance[i] / varianceCorrection
            x[i] -= η * meanHat / (Foundation.sqrt(varianceHat) + epsilon)
        }
    }
}
