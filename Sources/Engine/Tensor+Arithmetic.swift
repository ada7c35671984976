import Foundation

// The four arithmetic operations and powers, elementwise with broadcasting. Each is one call to
// `elementwise` with its value and its two partial derivatives; subtraction is primitive
// (not a + (−1)·b) so that its result is the correctly rounded difference, as numpy's.

extension Tensor {
    /// f applied elementwise to broadcast operands. `partials(x, y, z)` gives ∂z/∂x and ∂z/∂y at
    /// one element (z = f(x, y)); backward scales them by the output gradient and adds them into
    /// the elements that fed it.
    static func elementwise(
        _ op: String, _ lhs: Tensor, _ rhs: Tensor,
        _ f: (Double, Double) -> Double,
        partials: @escaping (Double, Double, Double) -> (Double, Double)
    ) throws -> Tensor {
        let plan = try Broadcast(lhs.shape, rhs.shape)
        let (x, y) = (lhs.data, rhs.data)
        let (xIndex, yIndex) = (plan.lhs, plan.rhs)
        let count = plan.shape.reduce(1, *)
        var z = [Double](repeating: 0, count: count)
        for k in 0..<count { z[k] = f(x[xIndex[k]], y[yIndex[k]]) }
        return result(z, shape: plan.shape, op: op, parents: [lhs, rhs]) { [z] gradient in
            var dx = [Double](repeating: 0, count: x.count)
            var dy = [Double](repeating: 0, count: y.count)
            for k in 0..<count {
                let (i, j) = (xIndex[k], yIndex[k])
                let (px, py) = partials(x[i], y[j], z[k])
                dx[i] += px * gradient[k]
                dy[j] += py * gradient[k]
            }
            return [dx, dy]
        }
    }

    public static func + (lhs: Tensor, rhs: Tensor) throws -> Tensor {
        try elementwise("+", lhs, rhs, +) { _, _, _ in (1, 1) }
    }

    public static func - (lhs: Tensor, rhs: Tensor) throws -> Tensor {
        try elementwise("-", lhs, rhs, -) { _, _, _ in (1, -1) }
    }

    public static func * (lhs: Tensor, rhs: Tensor) throws -> Tensor {
        try elementwise("*", lhs, rhs, *) { x, y, _ in (y, x) }
    }

    public static func / (lhs: Tensor, rhs: Tensor) throws -> Tensor {
        try elementwise("/", lhs, rhs, /) { x, y, _ in (1 / y, -x / (y * y)) }
    }

    public static prefix func - (operand: Tensor) -> Tensor {
        operand.unary("neg", { -$0 }) { _, _ in -1 }
    }

    // A plain number is a 0-d constant, which broadcasts against any shape, so these cannot fail.

    public static func + (lhs: Tensor, rhs: Double) -> Tensor { try! lhs + Tensor(scalar: rhs) }
    public static func + (lhs: Double, rhs: Tensor) -> Tensor { try! Tensor(scalar: lhs) + rhs }
    public static func - (lhs: Tensor, rhs: Double) -> Tensor { try! lhs - Tensor(scalar: rhs) }
    public static func - (lhs: Double, rhs: Tensor) -> Tensor { try! Tensor(scalar: lhs) - rhs }
    public static func * (lhs: Tensor, rhs: Double) -> Tensor { try! lhs * Tensor(scalar: rhs) }
    public static func * (lhs: Double, rhs: Tensor) -> Tensor { try! Tensor(scalar: lhs) * rhs }
    public static func / (lhs: Tensor, rhs: Double) -> Tensor { try! lhs / Tensor(scalar: rhs) }
    public static func / (lhs: Double, rhs: Tensor) -> Tensor { try! Tensor(scalar: lhs) / rhs }
}

/// a + b with broadcasting.
public func add(_ a: Tensor, _ b: Tensor) throws -> Tensor { try a + b }
/// a − b with broadcasting.
public func sub(_ a: Tensor, _ b: Tensor) throws -> Tensor { try a - b }
/// a · b elementwise with broadcasting.
public func mul(_ a: Tensor, _ b: Tensor) throws -> Tensor { try a * b }
/// a / b elementwise with broadcasting.
public func div(_ a: Tensor, _ b: Tensor) throws -> Tensor { try a / b }
/// −a.
public func neg(_ a: Tensor) -> Tensor { -a }

/// `base` raised to a constant power elementwise: d/dx xⁿ = n·xⁿ⁻¹.
public func pow(_ base: Tensor, _ exponent: Double) -> Tensor {
    base.unary("**", { Foundation.pow($0, exponent) }) { x, _ in exponent * Foundation.pow(x, exponent - 1) }
}

/// `base` raised to a variable power with broadcasting: ∂/∂a aᵇ = b·aᵇ⁻¹ and ∂/∂b aᵇ = aᵇ·ln a
/// (taken as 0 where aᵇ = 0, its limit for b > 0).
public func pow(_ base: Tensor, _ exponent: Tensor) throws -> Tensor {
    try Tensor.elementwise("**", base, exponent, Foundation.pow) { a, b, z in
        (b * Foundation.pow(a, b - 1), z == 0 ? 0 : z * Foundation.log(a))
    }
}
