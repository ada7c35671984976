import Foundation

// The four arithmetic operations and powers, elementwise with broadcasting. Each is a
// `DifferentiableBinaryFunction` with its value and its two partial derivatives, run by
// `combine`; subtraction is primitive (not a + (−1)·b) so that its result is the correctly
// rounded difference, as numpy's.

struct Addition: DifferentiableBinaryFunction {
    func value(_ x: Double, _ y: Double) -> Double { x + y }
    func partials(_ x: Double, _ y: Double, _ z: Double) -> (Double, Double) { (1, 1) }
}

struct Subtraction: DifferentiableBinaryFunction {
    func value(_ x: Double, _ y: Double) -> Double { x - y }
    func partials(_ x: Double, _ y: Double, _ z: Double) -> (Double, Double) { (1, -1) }
}

struct Multiplication: DifferentiableBinaryFunction {
    func value(_ x: Double, _ y: Double) -> Double { x * y }
    func partials(_ x: Double, _ y: Double, _ z: Double) -> (Double, Double) { (y, x) }
}

struct Division: DifferentiableBinaryFunction {
    func value(_ x: Double, _ y: Double) -> Double { x / y }
    func partials(_ x: Double, _ y: Double, _ z: Double) -> (Double, Double) { (1 / y, -x / (y * y)) }
}

/// aᵇ: ∂/∂a = b·aᵇ⁻¹ and ∂/∂b = aᵇ·ln a (taken as 0 where aᵇ = 0, its limit for b > 0).
struct Power: DifferentiableBinaryFunction {
    func value(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
    func partials(_ x: Double, _ y: Double, _ z: Double) -> (Double, Double) {
        (y * Foundation.pow(x, y - 1), z == 0 ? 0 : z * Foundation.log(x))
    }
}

/// xⁿ for a constant n: d/dx xⁿ = n·xⁿ⁻¹.
struct ConstantPower: UnaryFunction {
    let exponent: Double
    func value(_ x: Double) -> Double { Foundation.pow(x, exponent) }
    func derivative(_ x: Double, _ y: Double) -> Double { exponent * Foundation.pow(x, exponent - 1) }
}

struct Negation: UnaryFunction {
    func value(_ x: Double) -> Double { -x }
    func derivative(_ x: Double, _ y: Double) -> Double { -1 }
}

extension Tensor {
    /// f applied elementwise to broadcast operands. Backward scales f's partial derivatives by
    /// the output gradient and sums them back over the axes each operand was repeated along.
    static func combine<F: DifferentiableBinaryFunction>(_ op: String, _ lhs: Tensor, _ rhs: Tensor, _ f: F) throws -> Tensor {
        // Two operands of one shape that record no gradient, the most common case in a lesson's loops: one
        // loop, without the broadcasting plan's arrays, retains and lane dispatch (the same values).
        if !lhs.requiresGrad && !rhs.requiresGrad && lhs.shape == rhs.shape {
            return Tensor(lhs.data.withUnsafeBufferPointer { x in
                rhs.data.withUnsafeBufferPointer { y in
                    [Double](count: x.count) { z in
                        for k in 0..<x.count { z[k] = f.value(x[k], y[k]) }
                    }
                }
            }, shape: lhs.shape)
        }
        let plan = try Broadcast(lhs.shape, rhs.shape)
        let count = plan.shape.reduce(1, *)
        let x = Operand(lhs.data, plan.lhs, count: count)
        let y = Operand(rhs.data, plan.rhs, count: count)
        let z = withLanes(x, y, BinaryForward(f: f, count: count))
        let (lhsCount, rhsCount) = (lhs.count, rhs.count)
        guard lhs.requiresGrad || rhs.requiresGrad else { return Tensor(z, shape: plan.shape) }
        return result(z, shape: plan.shape, op: op, parents: [lhs, rhs]) { gradient in
            let (dx, dy) = z.withUnsafeBufferPointer { z in
                gradient.withUnsafeBufferPointer { gradient in
                    withLanes(x, y, BinaryBackward(f: f, z: z, gradient: gradient))
                }
            }
            return [
                unbroadcast(dx, to: plan.lhs, sourceCount: lhsCount),
                unbroadcast(dy, to: plan.rhs, sourceCount: rhsCount),
            ]
        }
    }

    public static func + (lhs: Tensor, rhs: Tensor) throws -> Tensor {
        try combine("+", lhs, rhs, Addition())
    }

    public static func - (lhs: Tensor, rhs: Tensor) throws -> Tensor {
        try combine("-", lhs, rhs, Subtraction())
    }

    public static func * (lhs: Tensor, rhs: Tensor) throws -> Tensor {
        try combine("*", lhs, rhs, Multiplication())
    }

    public static func / (lhs: Tensor, rhs: Tensor) throws -> Tensor {
        try combine("/", lhs, rhs, Division())
    }

    public static prefix func - (operand: Tensor) -> Tensor {
        operand.map("neg", Negation())
    }

    // A plain number is a 0-d constant, which broadcasts against any shape, so these cannot fail.

    public static func + (lhs: Tensor, rhs: Double) -> Tensor { combine("+", lhs, rhs, Addition()) }
    public static func + (lhs: Double, rhs: Tensor) -> Tensor { combine("+", lhs, rhs, Addition()) }
    public static func - (lhs: Tensor, rhs: Double) -> Tensor { combine("-", lhs, rhs, Subtraction()) }
    public static func - (lhs: Double, rhs: Tensor) -> Tensor { combine("-", lhs, rhs, Subtraction()) }
    public static func * (lhs: Tensor, rhs: Double) -> Tensor { combine("*", lhs, rhs, Multiplication()) }
    public static func * (lhs: Double, rhs: Tensor) -> Tensor { combine("*", lhs, rhs, Multiplication()) }
    public static func / (lhs: Tensor, rhs: Double) -> Tensor { combine("/", lhs, rhs, Division()) }
    public static func / (lhs: Double, rhs: Tensor) -> Tensor { combine("/", lhs, rhs, Division()) }

    /// f(tensor, number): without a gradient to record, one loop and no 0-d tensor for the number (its array
    /// alone costs more than a short loop); otherwise the general combination.
    static func combine<F: DifferentiableBinaryFunction>(_ op: String, _ lhs: Tensor, _ rhs: Double, _ f: F) -> Tensor {
        guard !lhs.requiresGrad else { return try! combine(op, lhs, Tensor(scalar: rhs), f) }
        return Tensor(lhs.data.withUnsafeBufferPointer { x in
            [Double](count: x.count) { z in
                for k in 0..<x.count { z[k] = f.value(x[k], rhs) }
            }
        }, shape: lhs.shape)
    }

    /// f(number, tensor), as `combine(_:_:_:_:)` above with the operands the other way round.
    static func combine<F: DifferentiableBinaryFunction>(_ op: String, _ lhs: Double, _ rhs: Tensor, _ f: F) -> Tensor {
        guard !rhs.requiresGrad else { return try! combine(op, Tensor(scalar: lhs), rhs, f) }
        return Tensor(rhs.data.withUnsafeBufferPointer { y in
            [Double](count: y.count) { z in
                for k in 0..<y.count { z[k] = f.value(lhs, y[k]) }
            }
        }, shape: rhs.shape)
    }
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
    base.map("**", ConstantPower(exponent: exponent))
}

/// `base` raised to a variable power with broadcasting: ∂/∂a aᵇ = b·aᵇ⁻¹ and ∂/∂b aᵇ = aᵇ·ln a
/// (taken as 0 where aᵇ = 0, its limit for b > 0).
public func pow(_ base: Tensor, _ exponent: Tensor) throws -> Tensor {
    try Tensor.combine("**", base, exponent, Power())
}
