// Operations that rearrange elements without changing them: reshape, transpose, and joining
// tensors along an axis. Reshape keeps the row-major order, so its gradient is the output's
// gradient as it is; the others move elements, and their gradients move them back.

extension Tensor {
    /// The same elements in a new shape; one length may be −1, meaning "whatever is left".
    public func reshape(_ newShape: [Int]) throws -> Tensor {
        let resolved = try resolve(newShape)
        guard requiresGrad else { return Tensor(data, shape: resolved) }
        return Tensor.result(data, shape: resolved, op: "reshape", parents: [self]) { gradient in [gradient] }
    }

    /// The elements as a 1-d tensor.
    public func flattened() -> Tensor {
        try! reshape([count])
    }

    /// The transpose: rows become columns for a 2-d tensor, a 1-d tensor stays as it is, and
    /// in general the axes are reversed (numpy's `.T`).
    public var T: Tensor {
        switch rank {
        case ..<2:
            return self
        case 2:
            // Element (i, j) of the result is element (j, i) of this matrix.
            let (rows, columns) = (shape[0], shape[1])
            guard requiresGrad else {
                // Copied row by row, without the list of sources the gradient needs.
                return Tensor(data.withUnsafeBufferPointer { x in
                    [Double](count: count) { y in
                        for i in 0..<columns {
                            for j in 0..<rows { y[i * rows + j] = x[j * columns + i] }
                        }
                    }
                }, shape: [columns, rows])
            }
            let sources = (0..<count).map { k in (k % rows) * columns + k / rows }
            return gather(sources, shape: [columns, rows], op: "transpose")
        default:
            return try! transposed(Array(shape.indices.reversed()))
        }
    }

    /// The axes permuted: axis i of the result is axis `axes[i]` of this tensor.
    public func transposed(_ axes: [Int]) throws -> Tensor {
        guard axes.sorted() == Array(shape.indices) else {
            throw EngineError("axes \(axes) don't match array of dimension \(rank)")
        }
        let newShape = axes.map { shape[$0] }
        let strides = Tensor.strides(of: shape)
        let newStrides = axes.map { strides[$0] }
        var sources = [Int]()
        sources.reserveCapacity(count)
        var position = Array(repeating: 0, count: rank)
        for _ in 0..<count {
            sources.append(zip(position, newStrides).reduce(0) { $0 + $1.0 * $1.1 })
            var axis = rank - 1
            while axis >= 0 {
                position[axis] += 1
                if position[axis] < newShape[axis] { break }
                position[axis] = 0
                axis -= 1
            }
        }
        return gather(sources, shape: newShape, op: "transpose")
    }

    /// Tensors of equal shapes except along `axis`, joined end to end along it (numpy's `concatenate`).
    public static func concat(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else { throw EngineError("need at least one array to concatenate") }
        guard first.rank > 0 else { throw EngineError("zero-dimensional arrays cannot be concatenated") }
        let resolved = axis < 0 ? axis + first.rank : axis
        guard first.shape.indices.contains(resolved) else {
            throw EngineError("axis \(axis) is out of bounds for array of dimension \(first.rank)")
        }
        let fits = { (t: Tensor) in
            t.rank == first.rank && t.shape.indices.allSatisfy { $0 == resolved || t.shape[$0] == first.shape[$0] }
        }
        for t in tensors where !fits(t) {
            throw EngineError(
                "all the input array dimensions except for the concatenation axis must match exactly, "
                    + "but shapes \(EngineError.format(first.shape)) and \(EngineError.format(t.shape)) differ"
            )
        }
        var shape = first.shape
        shape[resolved] = tensors.reduce(0) { $0 + $1.shape[resolved] }
        guard tensors.reduce(0, { $0 + $1.count }) <= maximumCount else { throw tooLarge(shape) }
        let outer = first.shape[..<resolved].reduce(1, *)
        // Each tensor contributes one run of `width` numbers to each of the `outer` blocks.
        let widths = tensors.map { $0.count / Swift.max(outer, 1) }
        var output = [Double]()
        output.reserveCapacity(widths.reduce(0, +) * outer)
        for o in 0..<outer {
            for (t, width) in zip(tensors, widths) { output += t.data[(o * width)..<((o + 1) * width)] }
        }
        guard tensors.contains(where: { $0.requiresGrad }) else { return Tensor(output, shape: shape) }
        return result(output, shape: shape, op: "concat", parents: tensors) { gradient in
            var pieces = widths.map { [Double](zeros: $0 * outer) }
            var offset = 0
            for o in 0..<outer {
                for (j, width) in widths.enumerated() {
                    pieces[j].replaceSubrange((o * width)..<((o + 1) * width), with: gradient[offset..<(offset + width)])
                    offset += width
                }
            }
            return pieces
        }
    }

    /// Tensors of one shape stacked along a new axis (numpy's `stack`).
    public static func stack(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else { throw EngineError("need at least one array to stack") }
        guard tensors.allSatisfy({ $0.shape == first.shape }) else {
            throw EngineError("all input arrays must have the same shape")
        }
        let resolved = axis < 0 ? axis + first.rank + 1 : axis
        guard (0...first.rank).contains(resolved) else {
            throw EngineError("axis \(axis) is out of bounds for array of dimension \(first.rank + 1)")
        }
        var expanded = first.shape
        expanded.insert(1, at: resolved)
        return try concat(tensors.map { try $0.reshape(expanded) }, axis: resolved)
    }

    /// 1-d tensors as the columns of a 2-d tensor; 2-d tensors join as they are (numpy's `column_stack`).
    public static func columnStack(_ tensors: [Tensor]) throws -> Tensor {
        let columns = try tensors.map { t -> Tensor in
            switch t.rank {
            case 0: try t.reshape([1, 1])
            case 1: try t.reshape([t.count, 1])
            default: t
            }
        }
        return try concat(columns, axis: 1)
    }

    /// Row-major strides: how far apart in `data` neighbours along each axis are.
    static func strides(of shape: [Int]) -> [Int] {
        var strides = Array(repeating: 1, count: shape.count)
        for axis in shape.indices.dropLast().reversed() { strides[axis] = strides[axis + 1] * shape[axis + 1] }
        return strides
    }

    private func resolve(_ newShape: [Int]) throws -> [Int] {
        // Written only when thrown: formatting the message cost more than the whole reshape.
        var failure: EngineError { EngineError("cannot reshape array of size \(count) into shape \(EngineError.format(newShape))") }
        let unknowns = newShape.indices.filter { newShape[$0] == -1 }
        guard unknowns.count <= 1, newShape.allSatisfy({ $0 >= -1 }) else { throw failure }
        guard let known = try? Tensor.count(of: newShape.filter { $0 != -1 }) else { throw failure }
        var resolved = newShape
        if let unknown = unknowns.first {
            guard known > 0, count % known == 0 else { throw failure }
            resolved[unknown] = count / known
        }
        guard (try? Tensor.count(of: resolved)) == count else { throw failure }
        return resolved
    }
}
