// numpy's broadcasting: shapes are aligned at their last axis, and an axis of length 1 (or a
// missing one) repeats to match the other. An operation asks which element of each operand
// feeds each output element: for the common cases (the same shape, a scalar) the loops read
// the operand as it is, and the rest are repeated to the output's length first (see
// `Operand`). The backward step then adds every output's gradient back into the element it
// came from, which sums over the repeated axes exactly as the chain rule requires.

/// Which element of an operand feeds output element k: the same one, the only one, the same
/// one of each repeated block (a bias row added to every row of a batch), or one looked up in a
/// table. Only the last needs a table; the others are the common cases, which `Operand` and
/// `unbroadcast` read without one.
enum SourceIndex {
    case identity
    case single
    case cyclic(Int)
    case table([Int])

    init(of source: [Int], in target: [Int]) {
        // The common cases first, and without building an array: one costs hundreds of instructions here
        // (Swift looks up the array's storage class at run time), more than an 8-element sum.
        let trimmed = source.drop { $0 == 1 }
        if source == target {
            self = .identity
        } else if trimmed.isEmpty {
            self = .single
        } else if target.suffix(trimmed.count).elementsEqual(trimmed) {
            self = .cyclic(trimmed.reduce(1, *))
        } else {
            self = .table(Broadcast.sourceIndices(of: source, in: target) ?? [])
        }
    }
}

/// Which element of each operand feeds each element of a broadcast binary operation.
struct Broadcast {
    /// The shape of the result.
    let shape: [Int]
    let lhs: SourceIndex
    let rhs: SourceIndex

    init(_ lhsShape: [Int], _ rhsShape: [Int]) throws {
        shape = try Broadcast.shape(lhsShape, rhsShape)
        lhs = SourceIndex(of: lhsShape, in: shape)
        rhs = SourceIndex(of: rhsShape, in: shape)
    }

    /// The common shape of two operands, or numpy's error.
    static func shape(_ a: [Int], _ b: [Int]) throws -> [Int] {
        if a == b { return a }
        let rank = max(a.count, b.count)
        var result = Array(repeating: 1, count: rank)
        for axis in 0..<rank {
            // Axis `axis` of the result, counted so that both shapes end at the last axis.
            let x = axis - (rank - a.count) >= 0 ? a[axis - (rank - a.count)] : 1
            let y = axis - (rank - b.count) >= 0 ? b[axis - (rank - b.count)] : 1
            guard x == y || x == 1 || y == 1 else {
                throw EngineError(
                    "operands could not be broadcast together with shapes \(EngineError.format(a)) \(EngineError.format(b))"
                )
            }
            result[axis] = x == 1 ? y : x
        }
        _ = try Tensor.count(of: result)
        return result
    }

    /// For each element of `target`, the flat index of the element of an array of shape `source`
    /// that broadcasting repeats there; nil when the shapes are equal (every index is itself).
    static func sourceIndices(of source: [Int], in target: [Int]) -> [Int]? {
        if source == target { return nil }
        let count = target.reduce(1, *)
        if source.reduce(1, *) == 1 { return Array(repeating: 0, count: count) }
        // Strides of `source` aligned to `target`'s axes, 0 along every repeated axis.
        var strides = Array(repeating: 0, count: target.count)
        var stride = 1
        for axis in source.indices.reversed() {
            if source[axis] != 1 { strides[target.count - source.count + axis] = stride }
            stride *= source[axis]
        }
        var indices = [Int]()
        indices.reserveCapacity(count)
        var position = Array(repeating: 0, count: target.count)
        var flat = 0
        for _ in 0..<count {
            indices.append(flat)
            // Advance the odometer over `target`, carrying into earlier axes.
            var axis = target.count - 1
            while axis >= 0 {
                position[axis] += 1
                flat += strides[axis]
                if position[axis] < target[axis] { break }
                flat -= strides[axis] * target[axis]
                position[axis] = 0
                axis -= 1
            }
        }
        return indices
    }
}

extension Tensor {
    /// This tensor repeated to `shape` by broadcasting; the gradient sums back over the repeats.
    public func broadcast(to target: [Int]) throws -> Tensor {
        guard try Broadcast.shape(shape, target) == target else {
            throw EngineError(
                "cannot broadcast an array of shape \(EngineError.format(shape)) to shape \(EngineError.format(target))"
            )
        }
        guard let sources = Broadcast.sourceIndices(of: shape, in: target) else { return self }
        return gather(sources, shape: target, op: "broadcast")
    }

    /// A tensor whose element k is `data[sources[k]]`: the one primitive behind broadcasting,
    /// transposing and indexing. Backward adds each output's gradient into its source.
    func gather(_ sources: [Int], shape: [Int], op: String) -> Tensor {
        let input = data
        let inputCount = count
        let output = [Double](count: sources.count) { output in
            for (k, source) in sources.enumerated() { output[k] = input[source] }
        }
        guard requiresGrad else { return Tensor(output, shape: shape) }
        return Tensor.result(output, shape: shape, op: op, parents: [self]) { gradient in
            var result = [Double](zeros: inputCount)
            for (k, source) in sources.enumerated() { result[source] += gradient[k] }
            return [result]
        }
    }
}
