import Foundation

// Addition, multiplication, division and powers are the primitives; subtraction and
// negation are compositions of them, as in micrograd. Division is primitive rather than
// `a * b**-1` so that `data` is the correctly rounded quotient (2/3 stays 0.6666666666666666).

extension Value {
    /// d(a + b)/da = 1, d(a + b)/db = 1.
    public static func + (lhs: Value, rhs: Value) -> Value {
        Value(lhs.data + rhs.data, op: "+", lhs, 1, rhs, 1)
    }

    /// d(a·b)/da = b, d(a·b)/db = a.
    public static func * (lhs: Value, rhs: Value) -> Value {
        Value(lhs.data * rhs.data, op: "*", lhs, rhs.data, rhs, lhs.data)
    }

    /// d(a/b)/da = 1/b, d(a/b)/db = −a/b².
    public static func / (lhs: Value, rhs: Value) -> Value {
        let (x, y) = (lhs.data, rhs.data)
        return Value(x / y, op: "/", lhs, 1 / y, rhs, -x / (y * y))
    }

    public static prefix func - (operand: Value) -> Value {
        operand * -1
    }

    public static func - (lhs: Value, rhs: Value) -> Value {
        lhs + -rhs
    }

    // A plain number takes part as a constant leaf, so it shows up in the graph like any input.

    public static func + (lhs: Value, rhs: Double) -> Value { lhs + Value(rhs) }
    public static func + (lhs: Double, rhs: Value) -> Value { Value(lhs) + rhs }
    public static func - (lhs: Value, rhs: Double) -> Value { lhs - Value(rhs) }
    public static func - (lhs: Double, rhs: Value) -> Value { Value(lhs) - rhs }
    public static func * (lhs: Value, rhs: Double) -> Value { lhs * Value(rhs) }
    public static func * (lhs: Double, rhs: Value) -> Value { Value(lhs) * rhs }
    public static func / (lhs: Value, rhs: Double) -> Value { lhs / Value(rhs) }
    public static func / (lhs: Double, rhs: Value) -> Value { Value(lhs) / rhs }
}

/// `base` raised to a constant power: d/dx xⁿ = n·xⁿ⁻¹.
public func pow(_ base: Value, _ exponent: Double) -> Value {
    let x = base.data
    // For a square, xⁿ⁻¹ is pow(x, 1), which is x itself for every x (±0, ∞ and NaN included), so the second
    // call into libm (a twentieth of a lesson that squares errors) is skipped without changing a bit.
    let power = exponent == 2 ? x : Foundation.pow(x, exponent - 1)
    return base.unary(powerLabel(exponent), Foundation.pow(x, exponent), derivative: exponent * power)
}

/// The whole exponents 0 through 9 as the label spells them, made once: formatting the exponent for every
/// `x ** 2` node was a percent and a half of a lesson that differentiates scalar functions.
private let smallPowerLabels = (0...9).map { "**\(Double($0))" }

/// `**` and the exponent as Swift prints it: `**2.0`, `**-0.5`.
func powerLabel(_ exponent: Double) -> String {
    if exponent.sign == .plus, exponent <= 9, exponent.rounded() == exponent { return smallPowerLabels[Int(exponent)] }
    return "**\(exponent)"
}

/// `base` raised to a variable power: d/da aᵇ = b·aᵇ⁻¹ and d/db aᵇ = aᵇ·ln a.
public func pow(_ base: Value, _ exponent: Value) -> Value {
    let (a, b) = (base.data, exponent.data)
    let result = Foundation.pow(a, b)
    // aᵇ·ln a is 0·(−∞) at a = 0; the limit there is 0 (for b > 0, where aᵇ is defined).
    let dExponent = result == 0 ? 0 : result * Foundation.log(a)
    return Value(result, op: "**", base, b * Foundation.pow(a, b - 1), exponent, dExponent)
}

// Many-input operations: one node where a chain of binary ones would make n. A network's
// neuron is b + Σ wᵢxᵢ; as one node its graph stays small enough to train quickly.

extension Value {
    /// Σ xᵢ as one node: ∂/∂xᵢ = 1 for every input.
    public static func sum(_ values: [Value]) -> Value {
        Value(values.reduce(0) { $0 + $1.data }, op: "sum", edges: values.map { ($0, 1) })
    }

    /// b + Σ wᵢxᵢ as one node, added in that order, with inputs b, w₁, x₁, w₂, x₂, …:
    /// ∂/∂b = 1, ∂/∂wᵢ = xᵢ and ∂/∂xᵢ = wᵢ. Unlike the other operations, ∂/∂wᵢ and ∂/∂xᵢ are read from the
    /// factors' `data` when `backward()` runs, as micrograd's closures do, so that the node can share the
    /// weight and input lists instead of copying them.
    public static func dot(_ weights: [Value], _ inputs: [Value], plus bias: Value) -> Value {
        dot(ValueList(weights), ValueList(inputs), plus: bias)
    }

    static func dot(_ weights: ValueList, _ inputs: ValueList, plus bias: Value) -> Value {
        precondition(weights.values.count == inputs.values.count, "dot needs as many weights as inputs")
        var total = bias.data
        var height = bias.height
        weights.values.withUnsafeBufferPointer { w in
            inputs.values.withUnsafeBufferPointer { x in
                for i in w.indices {
                    total += w[i].data * x[i].data
                    height = max(height, w[i].height, x[i].height)
                }
            }
        }
        return Value(total, bias: bias, weights: weights, inputs: inputs, inputHeight: height)
    }
}
