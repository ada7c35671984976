import Foundation

// The activation functions of seed 004's table beyond the elementary ones, for scalar Values.
// Where a function has a kink, the derivative there is taken from the right-hand piece's
// convention stated beside it.

extension Value {
    /// |x|; derivative 0 at 0.
    public func abs() -> Value {
        Value(Swift.abs(data), op: "abs", children: [self]) { [data] grad in
            [(data > 0 ? 1 : data < 0 ? -1 : 0) * grad]
        }
    }

    /// The unit step: 0 below 0, 1 above, `atZero` at 0; derivative 0.
    public func step(atZero: Double = 0.5) -> Value {
        Value(data > 0 ? 1 : data < 0 ? 0 : atZero, op: "step", children: [self]) { _ in [0] }
    }

    /// The sign: −1, 0 or 1; derivative 0.
    public func sign() -> Value {
        Value(data > 0 ? 1 : data < 0 ? -1 : 0, op: "sign", children: [self]) { _ in [0] }
    }

    /// 0 up to −½, then x + ½, then 1 (seed 004's piecewise-linear unit).
    public func piecewiseLinear() -> Value {
        let inside = data > -0.5 && data < 0.5
        return Value(Swift.min(Swift.max(data + 0.5, 0), 1), op: "piecewiseLinear", children: [self]) { grad in
            [inside ? grad : 0]
        }
    }

    /// x for x > 0, slope·x otherwise.
    public func leakyRelu(slope: Double = 0.1) -> Value {
        let positive = data > 0
        return Value(positive ? data : slope * data, op: "leakyRelu", children: [self]) { grad in
            [(positive ? 1 : slope) * grad]
        }
    }

    /// x for x > 0, α(eˣ − 1) otherwise.
    public func elu(alpha: Double = 1) -> Value {
        let positive = data > 0
        let y = positive ? data : alpha * Foundation.expm1(data)
        return Value(y, op: "elu", children: [self]) { grad in [(positive ? 1 : y + alpha) * grad] }
    }

    /// ln(1 + eˣ); its derivative is σ(x).
    public func softplus() -> Value {
        let slope = StableMath.sigmoid(data)
        return Value(StableMath.softplus(data), op: "softplus", children: [self]) { grad in [slope * grad] }
    }

    /// x·σ(x); derivative σ(x) + x·σ(x)(1 − σ(x)).
    public func swish() -> Value {
        let s = StableMath.sigmoid(data)
        let y = data * s
        return Value(y, op: "swish", children: [self]) { grad in [(s + y * (1 - s)) * grad] }
    }
}

/// The larger of two Values; the gradient goes to the larger (to `a` on a tie).
public func max(_ a: Value, _ b: Value) -> Value {
    let first = a.data >= b.data
    return Value(first ? a.data : b.data, op: "max", children: [a, b]) { grad in
        first ? [grad, 0] : [0, grad]
    }
}

/// Maxout: the largest of several pieces.
public func maxout(_ pieces: [Value]) -> Value {
    pieces.dropFirst().reduce(pieces[0]) { max($0, $1) }
}
