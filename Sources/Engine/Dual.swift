import Foundation

/// Forward-mode autodiff: a number together with its derivative along one direction, carried
/// through every operation by the chain rule as the value is computed (seed 004's "forward
/// mode" table). `Dual(x, derivative: 1)` seeds dx/dx = 1; the result's `derivative` is df/dx.
public struct Dual: Sendable, Equatable {
    public var value: Double
    public var derivative: Double

    public init(_ value: Double, derivative: Double = 0) {
        (self.value, self.derivative) = (value, derivative)
    }

    /// The function applied to this number, with derivative f′(x)·ẋ.
    func applying(_ f: (Double) -> Double, slope: Double) -> Dual {
        Dual(f(value), derivative: slope * derivative)
    }

    public static func + (a: Dual, b: Dual) -> Dual { Dual(a.value + b.value, derivative: a.derivative + b.derivative) }
    public static func - (a: Dual, b: Dual) -> Dual { Dual(a.value - b.value, derivative: a.derivative - b.derivative) }
    public static prefix func - (a: Dual) -> Dual { Dual(-a.value, derivative: -a.derivative) }

    /// (ab)′ = a′b + ab′.
    public static func * (a: Dual, b: Dual) -> Dual {
        Dual(a.value * b.value, derivative: a.derivative * b.value + a.value * b.derivative)
    }

    /// (a/b)′ = (a′b − ab′)/b².
    public static func / (a: Dual, b: Dual) -> Dual {
        Dual(a.value / b.value, derivative: (a.derivative * b.value - a.value * b.derivative) / (b.value * b.value))
    }

    public static func + (a: Dual, b: Double) -> Dual { a + Dual(b) }
    public static func + (a: Double, b: Dual) -> Dual { Dual(a) + b }
    public static func - (a: Dual, b: Double) -> Dual { a - Dual(b) }
    public static func - (a: Double, b: Dual) -> Dual { Dual(a) - b }
    public static func * (a: Dual, b: Double) -> Dual { a * Dual(b) }
    public static func * (a: Double, b: Dual) -> Dual { Dual(a) * b }
    public static func / (a: Dual, b: Double) -> Dual { a / Dual(b) }
    public static func / (a: Double, b: Dual) -> Dual { Dual(a) / b }

    public func exp() -> Dual { applying(Foundation.exp, slope: Foundation.exp(value)) }
    public func log() -> Dual { applying(Foundation.log, slope: 1 / value) }
    public func sqrt() -> Dual { applying(Foundation.sqrt, slope: 0.5 / Foundation.sqrt(value)) }
    public func sin() -> Dual { applying(Foundation.sin, slope: Foundation.cos(value)) }
    public func cos() -> Dual { applying(Foundation.cos, slope: -Foundation.sin(value)) }
    public func tanh() -> Dual { applying(Tanh.value, slope: 1 - Foundation.pow(Tanh.value(value), 2)) }

    public func sigmoid() -> Dual {
        let s = StableMath.sigmoid(value)
        return applying(StableMath.sigmoid, slope: s * (1 - s))
    }

    public func relu() -> Dual { applying({ Swift.max(0, $0) }, slope: value > 0 ? 1 : 0) }
}

/// `base` raised to a constant power: (xⁿ)′ = n·xⁿ⁻¹·ẋ.
public func pow(_ base: Dual, _ exponent: Double) -> Dual {
    base.applying({ Foundation.pow($0, exponent) }, slope: exponent * Foundation.pow(base.value, exponent - 1))
}
