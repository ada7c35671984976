/// An elementwise comparison, as numpy's `<`, `<=`, `>`, `>=`, `==`, `!=`.
public enum ComparisonOp: String, Sendable, CaseIterable {
    case lt = "<", le = "<=", gt = ">", ge = ">=", eq = "==", ne = "!="

    func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .lt: a < b
        case .le: a <= b
        case .gt: a > b
        case .ge: a >= b
        case .eq: a == b
        case .ne: a != b
        }
    }
}

/// 1 where a comparison holds, 0 elsewhere.
struct Comparison: BinaryFunction {
    let op: ComparisonOp
    func value(_ x: Double, _ y: Double) -> Double { op.holds(x, y) ? 1 : 0 }
}

extension Tensor {
    /// A mask of 1s where the comparison holds and 0s elsewhere, with broadcasting. A mask is a
    /// constant: no gradient flows through a comparison.
    public func compare(_ op: ComparisonOp, _ other: Tensor) throws -> Tensor {
        let plan = try Broadcast(shape, other.shape)
        let count = plan.shape.reduce(1, *)
        let (x, y) = (Operand(data, plan.lhs, count: count), Operand(other.data, plan.rhs, count: count))
        return Tensor(withLanes(x, y, BinaryForward(f: Comparison(op: op), count: count)), shape: plan.shape)
    }

    /// Elements of `a` where the mask is non-zero and of `b` elsewhere, with broadcasting
    /// (numpy's `where`). The gradient flows to whichever operand was chosen.
    public static func select(_ mask: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let shape = try Broadcast.shape(Broadcast.shape(mask.shape, a.shape), b.shape)
        let chosen = try mask.broadcast(to: shape).data.map { $0 != 0 }
        let (x, y) = (try a.broadcast(to: shape), try b.broadcast(to: shape))
        let output = chosen.indices.map { chosen[$0] ? x.data[$0] : y.data[$0] }
        guard x.requiresGrad || y.requiresGrad else { return Tensor(output, shape: shape) }
        return result(output, shape: shape, op: "where", parents: [x, y]) { gradient in
            [zip(chosen, gradient).map { $0 ? $1 : 0 }, zip(chosen, gradient).map { $0 ? 0 : $1 }]
        }
    }
}

/// 1 where numpy's `maximum` (or `minimum`) takes the left operand: where it is the larger (smaller) or equal,
/// or NaN, which numpy's propagates from either side.
struct KeepsLeft: BinaryFunction {
    let larger: Bool
    func value(_ x: Double, _ y: Double) -> Double { x.isNaN || (larger ? x >= y : x <= y) ? 1 : 0 }
}

extension Tensor {
    /// numpy's `maximum`: the larger of each pair, with broadcasting; NaN where either is NaN. The gradient
    /// flows to the operand taken (the left one on a tie).
    public static func maximum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try select(try a.keepsLeft(b, larger: true), a, b)
    }

    /// numpy's `minimum`: the smaller of each pair, as `maximum` takes the larger.
    public static func minimum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try select(try a.keepsLeft(b, larger: false), a, b)
    }

    private func keepsLeft(_ other: Tensor, larger: Bool) throws -> Tensor {
        let plan = try Broadcast(shape, other.shape)
        let count = plan.shape.reduce(1, *)
        let (x, y) = (Operand(data, plan.lhs, count: count), Operand(other.data, plan.rhs, count: count))
        return Tensor(withLanes(x, y, BinaryForward(f: KeepsLeft(larger: larger), count: count)), shape: plan.shape)
    }
}
