// numpy's basic indexing: an integer picks one position and drops its axis, a slice keeps the
// axis with the positions it selects, and missing trailing indices select everything. The
// result gathers the selected elements; backward adds the gradient back where they came from.

/// One index of a subscript: `x[i]`, `x[a..<b]` (`x[a:b]`), `x[a:b:s]` or `x[:]`.
public enum TensorIndex: Equatable, Sendable {
    /// One position; negative counts from the end.
    case single(Int)
    /// Half-open positions start..<stop; nil is the open end, negatives count from the end,
    /// and bounds past the ends are clamped, as in Python.
    case range(Int?, Int?)
    /// A Python slice with a step, which may be negative.
    case slice(Int?, Int?, step: Int)
    /// Every position.
    case all
}

extension Tensor {
    /// The selected elements: `index([.single(1)])` is row 1, `index([.all, .single(0)])` column 0.
    public func index(_ indices: [TensorIndex]) throws -> Tensor {
        // One element read where no gradient is recorded, `x[i, j]` in a loop: the number itself, without the
        // index and shape arrays a selection builds.
        if !requiresGrad, indices.count == rank, let offset = try elementOffset(indices) {
            return Tensor(scalar: data[offset])
        }
        let (sources, shape) = try selection(indices)
        return gather(sources, shape: shape, op: "index")
    }

    /// A copy with the selected elements replaced by `value` (broadcast to the selection):
    /// `x[indices] = value` without changing `x`. The gradient reaches both `self`, except at
    /// the replaced elements, and `value`.
    public func replacing(_ indices: [TensorIndex], with value: Tensor) throws -> Tensor {
        let (sources, regionShape) = try selection(indices)
        let filler = try value.broadcast(to: regionShape)
        var output = data
        for (k, source) in sources.enumerated() { output[source] = filler.data[k] }
        guard self.requiresGrad || filler.requiresGrad else { return Tensor(output, shape: shape) }
        return Tensor.result(output, shape: shape, op: "replace", parents: [self, filler]) { gradient in
            var rest = gradient
            for source in sources { rest[source] = 0 }
            return [rest, sources.map { gradient[$0] }]
        }
    }

    /// The rows (elements along the first axis) at `indices`, in that order and with repeats
    /// allowed: numpy's `x[[i, j, …]]`. How a minibatch is taken from a data set.
    public func rows(_ indices: [Int]) throws -> Tensor {
        guard let length = shape.first else { throw EngineError("a 0-d array has no rows") }
        let width = count / Swift.max(length, 1)
        _ = try Tensor.count(of: [indices.count] + shape.dropFirst())
        let sources = try indices.flatMap { i -> Range<Int> in
            guard (-length..<length).contains(i) else {
                throw EngineError("index \(i) is out of bounds for axis 0 with size \(length)")
            }
            let row = i < 0 ? i + length : i
            return (row * width)..<((row + 1) * width)
        }
        return gather(sources, shape: [indices.count] + shape.dropFirst(), op: "rows")
    }

    /// The only element of a one-element tensor.
    public func item() throws -> Double {
        guard count == 1 else { throw EngineError("can only convert an array of size 1 to a number, not \(count)") }
        return data[0]
    }

    /// The flat indices the subscript selects, in row-major order of the result, and its shape.
    private func selection(_ indices: [TensorIndex]) throws -> (sources: [Int], shape: [Int]) {
        guard indices.count <= rank else {
            throw EngineError("too many indices for array: array is \(rank)-dimensional, but \(indices.count) were indexed")
        }
        if indices.count == rank, let offset = try elementOffset(indices) { return ([offset], []) }
        var positions: [[Int]] = []
        var resultShape: [Int] = []
        for (axis, length) in shape.enumerated() {
            let index = axis < indices.count ? indices[axis] : .all
            positions.append(try Tensor.positions(index, axis: axis, length: length))
            if case .single = index { continue }
            resultShape.append(positions[axis].count)
        }
        let strides = Tensor.strides(of: shape)
        // Axis by axis, each position of the axis after each offset so far; one array per axis (an array per
        // offset, as `flatMap` made, cost 450 instructions an element of `x[..<k, 0]`).
        var sources = [0]
        for (picked, stride) in zip(positions, strides) {
            sources = [Int](unsafeUninitializedCapacity: sources.count * picked.count) { next, initialized in
                for base in sources {
                    for position in picked {
                        next[initialized] = base + position * stride
                        initialized += 1
                    }
                }
            }
        }
        return (sources, resultShape)
    }

    /// The flat index of one element, `x[i, j]`, when every index is a single one: one pass over the axes, where
    /// the general selection builds a list of positions per axis and combines them (thousands of instructions for
    /// one number read in a loop). Nil when an index is not a single one.
    private func elementOffset(_ indices: [TensorIndex]) throws -> Int? {
        var offset = 0
        for (axis, length) in shape.enumerated() {
            guard case .single(let i) = indices[axis] else { return nil }
            guard (-length..<length).contains(i) else {
                throw EngineError("index \(i) is out of bounds for axis \(axis) with size \(length)")
            }
            offset = offset * length + (i < 0 ? i + length : i)
        }
        return offset
    }

    private static func positions(_ index: TensorIndex, axis: Int, length: Int) throws -> [Int] {
        switch index {
        case .all:
            return Array(0..<length)
        case .single(let i):
            guard (-length..<length).contains(i) else {
                throw EngineError("index \(i) is out of bounds for axis \(axis) with size \(length)")
            }
            return [i < 0 ? i + length : i]
        case .range(let start, let stop):
            return try positions(.slice(start, stop, step: 1), axis: axis, length: length)
        case .slice(let start, let stop, let step):
            guard step != 0 else { throw EngineError("slice step cannot be zero") }
            // Python's slice.indices: negatives count from the end, then clamp to the valid range.
            let (low, high) = step > 0 ? (0, length) : (-1, length - 1)
            func resolve(_ bound: Int?, default value: Int) -> Int {
                guard let bound else { return value }
                return Swift.min(Swift.max(bound < 0 ? bound + length : bound, low), high)
            }
            let from = resolve(start, default: step > 0 ? 0 : length - 1)
            let to = resolve(stop, default: step > 0 ? length : -1)
            return Array(stride(from: from, to: to, by: step))
        }
    }
}
