import Foundation

// The activation functions of seed 004's table beyond the elementary ones, for scalar Values.
// At a kink or a jump the derivative is taken as the comment beside the function says.

extension Value {
    /// |x|; derivative 0 at 0.
    public func abs() -> Value {
        unary("abs", Swift.abs(data), derivative: data > 0 ? 1 : data < 0 ? -1 : 0)
    }

    /// The unit step: 0 below 0, 1 above, `atZero` at 0; derivative 0.
    public func step(atZero: Double = 0.5) -> Value {
        unary("step", data > 0 ? 1 : data < 0 ? 0 : atZero, derivative: 0)
    }

    /// The sign: −1, 0 or 1; derivative 0.
    public func sign() -> Value {
        unary("sign", data > 0 ? 1 : data < 0 ? -1 : 0, derivative: 0)
    }

    /// 0 up to −½, then x + ½, then 1 (seed 004's piecewise-linear unit); slope 0 at the corners.
    public func piecewiseLinear() -> Value {
        unary("piecewiseLinear", Swift.min(Swift.max(data + 0.5, 0), 1), derivative: data > -0.5 && data < 0.5 ? 1 : 0)
    }

    /// x for x > 0, slope·x otherwise.
    public func leakyRelu(slope: Double = 0.1) -> Value {
        unary("leakyRelu", data > 0 ? data : slope * data, derivative: data > 0 ? 1 : slope)
    }

    /// x for x > 0, α(eˣ − 1) otherwise; the derivative there is αeˣ = y + α.
    public func elu(alpha: Double = 1) -> Value {
        let y = data > 0 ? data : alpha * Foundation.expm1(data)
        return unary("elu", y, derivative: data > 0 ? 1 : y + alpha)
    }

    /// ln(1 + eˣ); its derivative is σ(x).
    public func softplus() -> Value {
        unary("softplus", StableMath.softplus(data), derivative: StableMath.sigmoid(data))
    }

    /// x·σ(x); derivative σ(x) + x·σ(x)(1 − σ(x)).
    public func swish() -> Value {
        let s = StableMath.sigmoid(data)
        let y = data * s
        return unary("swish", y, derivative: s + y * (1 - s))
    }
}

/// The larger of two Values; the gradient goes to the larger (to `a` on a tie).
public func max(_ a: Value, _ b: Value) -> Value {
    let first = a.data >= b.data
    return Value(first ? a.data : b.data, op: "max", a, first ? 1 : 0, b, first ? 0 : 1)
}

/// Maxout: the largest of several pieces.
public func maxout(_ pieces: [Value]) -> Value {
    pieces.dropFirst().reduce(pieces[0]) { max($0, $1) }
}
