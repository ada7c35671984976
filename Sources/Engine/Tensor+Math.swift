import Foundation

// Elementwise functions, each one call to `unary` with its derivative written in terms of the
// input x or the output y, whichever is simpler — the same formulas as `Value`'s.

extension Tensor {
    /// f applied to every element; backward multiplies the gradient by f′ at each element.
    func unary(_ op: String, _ f: (Double) -> Double, derivative: @escaping (_ x: Double, _ y: Double) -> Double) -> Tensor {
        let x = data
        let y = x.map(f)
        return Tensor.result(y, shape: shape, op: op, parents: [self]) { gradient in
            [(0..<x.count).map { derivative(x[$0], y[$0]) * gradient[$0] }]
        }
    }

    public func exp() -> Tensor { unary("exp", Foundation.exp) { _, y in y } }
    public func log() -> Tensor { unary("log", Foundation.log) { x, _ in 1 / x } }
    public func sqrt() -> Tensor { unary("sqrt", Foundation.sqrt) { _, y in 0.5 / y } }
    public func sin() -> Tensor { unary("sin", Foundation.sin) { x, _ in Foundation.cos(x) } }
    public func cos() -> Tensor { unary("cos", Foundation.cos) { x, _ in -Foundation.sin(x) } }
    public func tanh() -> Tensor { unary("tanh", Foundation.tanh) { _, y in 1 - y * y } }

    /// |x|; the derivative at 0 is taken as 0, as numpy's sign and PyTorch do.
    public func abs() -> Tensor {
        unary("abs", Swift.abs) { x, _ in x > 0 ? 1 : x < 0 ? -1 : 0 }
    }

    /// 1 / (1 + e⁻ˣ), computed from e^(−|x|) so that it never overflows.
    public func sigmoid() -> Tensor {
        unary("sigmoid", StableMath.sigmoid) { _, y in y * (1 - y) }
    }

    /// max(0, x); the derivative at 0 is taken as 0.
    public func relu() -> Tensor {
        unary("relu", { Swift.max(0, $0) }) { x, _ in x > 0 ? 1 : 0 }
    }

    /// x for x > 0, slope·x otherwise (seed 004's max(0.1x, x) by default).
    public func leakyRelu(slope: Double = 0.1) -> Tensor {
        unary("leakyRelu", { $0 > 0 ? $0 : slope * $0 }) { x, _ in x > 0 ? 1 : slope }
    }

    /// x for x > 0, α(eˣ − 1) otherwise.
    public func elu(alpha: Double = 1) -> Tensor {
        unary("elu", { $0 > 0 ? $0 : alpha * Foundation.expm1($0) }) { x, y in x > 0 ? 1 : y + alpha }
    }

    /// ln(1 + eˣ), whose derivative is σ(x); computed without overflow for large x.
    public func softplus() -> Tensor {
        unary("softplus", StableMath.softplus) { x, _ in StableMath.sigmoid(x) }
    }

    /// x·σ(x) (also called SiLU).
    public func swish() -> Tensor {
        unary("swish", { $0 * StableMath.sigmoid($0) }) { x, y in
            let s = StableMath.sigmoid(x)
            return s + y * (1 - s)
        }
    }

    /// The unit step: 0 for x < 0, 1 for x > 0 and `atZero` at 0 (seed 004's table takes ½;
    /// seed 001's perceptron, 1). Its derivative is 0 wherever it exists.
    public func step(atZero: Double = 0.5) -> Tensor {
        unary("step", { $0 > 0 ? 1 : $0 < 0 ? 0 : atZero }) { _, _ in 0 }
    }

    /// The sign: −1, 0 or 1; derivative 0.
    public func sign() -> Tensor {
        unary("sign", { $0 > 0 ? 1 : $0 < 0 ? -1 : 0 }) { _, _ in 0 }
    }

    /// Clamped to [low, high]; slope 1 inside, 0 outside.
    public func clip(_ low: Double, _ high: Double) -> Tensor {
        unary("clip", { Swift.min(Swift.max($0, low), high) }) { x, _ in x > low && x < high ? 1 : 0 }
    }

    /// Seed 004's piecewise-linear unit: 0 up to −½, then x + ½, then 1 from ½ on.
    public func piecewiseLinear() -> Tensor {
        (self + 0.5).clip(0, 1)
    }
}

/// The larger of a and b elementwise, with broadcasting; the gradient goes to the larger
/// (to `a` on a tie). With several pieces this is the maxout unit.
public func maximum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try Tensor.elementwise("maximum", a, b, { Swift.max($0, $1) }) { x, y, _ in x >= y ? (1, 0) : (0, 1) }
}

/// Maxout: the elementwise maximum of several linear pieces, max(w₁ᵀx + b₁, w₂ᵀx + b₂, …).
public func maxout(_ pieces: [Tensor]) throws -> Tensor {
    guard var result = pieces.first else { throw EngineError("maxout needs at least one piece") }
    for piece in pieces.dropFirst() { result = try maximum(result, piece) }
    return result
}
