import Foundation

// Addition, multiplication, division and powers are the primitives; subtraction and
// negation are compositions of them, as in micrograd. Division is primitive rather than
// `a * b**-1` so that `data` is the correctly rounded quotient (2/3 stays 0.6666666666666666).

extension Value {
    public static func + (lhs: Value, rhs: Value) -> Value {
        Value(lhs.data + rhs.data, op: "+", children: [lhs, rhs]) { grad in [grad, grad] }
    }

    public static func * (lhs: Value, rhs: Value) -> Value {
        let (x, y) = (lhs.data, rhs.data)
        return Value(x * y, op: "*", children: [lhs, rhs]) { grad in [y * grad, x * grad] }
    }

    public static func / (lhs: Value, rhs: Value) -> Value {
        let (x, y) = (lhs.data, rhs.data)
        return Value(x / y, op: "/", children: [lhs, rhs]) { grad in [grad / y, -grad * x / (y * y)] }
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
    return Value(Foundation.pow(x, exponent), op: "**\(exponent)", children: [base]) { grad in
        [exponent * Foundation.pow(x, exponent - 1) * grad]
    }
}

/// `base` raised to a variable power: d/da aᵇ = b·aᵇ⁻¹ and d/db aᵇ = aᵇ·ln a.
public func pow(_ base: Value, _ exponent: Value) -> Value {
    let (a, b) = (base.data, exponent.data)
    let result = Foundation.pow(a, b)
    // aᵇ·ln a is 0·(−∞) at a = 0; the limit there is 0 (for b > 0, where aᵇ is defined).
    let dExponent = result == 0 ? 0 : result * Foundation.log(a)
    return Value(result, op: "**", children: [base, exponent]) { grad in
        [b * Foundation.pow(a, b - 1) * grad, dExponent * grad]
    }
}
