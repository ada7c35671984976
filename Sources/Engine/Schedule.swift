import Foundation

/// A learning rate that may change as training goes on. A plain number is a constant rate, so
/// `GD(params, lr: 0.1)` reads as it does in PyTorch.
public enum Schedule: Sendable, Equatable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    /// The same rate at every step.
    case constant(Double)
    /// Time-based decay: η₀ / (1 + decay·t), as Keras' `decay`.
    case timeDecay(Double, decay: Double)
    /// Seed 002's time-based rate, decreasing linearly to 0 over the run: η₀·(1 − (t + 1)/steps).
    case linear(Double, steps: Int)
    /// Seed 002's gradient-based rate: η₀·‖g‖, large far from a minimum and small near it.
    case gradientScaled(Double)
    /// Step decay: η₀·factor^⌊t / every⌋.
    case step(Double, factor: Double, every: Int)

    public init(floatLiteral value: Double) { self = .constant(value) }
    public init(integerLiteral value: Int) { self = .constant(Double(value)) }

    /// The rate for step t (counting from 0), given the norm of the gradient at that step.
    public func rate(at t: Int, gradientNorm: Double) -> Double {
        switch self {
        case .constant(let rate): rate
        case .timeDecay(let initial, let decay): initial / (1 + decay * Double(t))
        case .linear(let initial, let steps): initial * (1 - (Double(t) + 1) / Double(steps))
        case .gradientScaled(let initial): initial * gradientNorm
        case .step(let initial, let factor, let every): every > 0 ? initial * Foundation.pow(factor, Double(t / every)) : .nan
        }
    }
}
