import Foundation

// Reductions along one axis (or over everything when the axis is nil). An array of shape
// (…before, n, …after) is viewed as `outer` blocks of n rows of `inner` numbers, so that element
// (o, k, i) sits at (o·n + k)·inner + i; the same three numbers serve every reduction and its
// backward step.

/// The axis of a reduction, resolved against a shape.
struct ReductionAxis {
    let outer: Int
    let length: Int
    let inner: Int
    /// The shape of the result, with the axis removed or kept as length 1.
    let resultShape: [Int]

    init(_ axis: Int?, of shape: [Int], keepDims: Bool) throws {
        guard let axis else {
            (outer, length, inner) = (1, shape.reduce(1, *), 1)
            resultShape = keepDims ? shape.map { _ in 1 } : []
            return
        }
        let resolved = axis < 0 ? axis + shape.count : axis
        guard shape.indices.contains(resolved) else {
            throw EngineError("axis \(axis) is out of bounds for array of dimension \(shape.count)")
        }
        outer = shape[..<resolved].reduce(1, *)
        length = shape[resolved]
        inner = shape[(resolved + 1)...].reduce(1, *)
        var kept = shape
        if keepDims { kept[resolved] = 1 } else { kept.remove(at: resolved) }
        resultShape = kept
    }

    /// The flat index of element k along the axis in the block (o, i).
    func index(_ o: Int, _ k: Int, _ i: Int) -> Int { (o * length + k) * inner + i }
}

extension Tensor {
    /// The sum along `axis`, or of every element when it is nil. Backward hands each element
    /// the gradient of the sum it went into.
    public func sum(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        let plan = try ReductionAxis(axis, of: shape, keepDims: keepDims)
        let (outer, length, inner) = (plan.outer, plan.length, plan.inner)
        let totals = data.withUnsafeBufferPointer { x in
            [Double](count: outer * inner) { totals in
                for o in 0..<outer {
                    if inner == 1 {
                        // Along the last axis each sum is one contiguous run.
                        totals[o] = Summation.sum(UnsafeBufferPointer(rebasing: x[(o * length)..<((o + 1) * length)]))
                    } else {
                        // Otherwise the block's rows are added elementwise, contiguous and in order.
                        Summation.sumRows(
                            UnsafeBufferPointer(rebasing: x[(o * length * inner)...]), rows: length, width: inner,
                            into: UnsafeMutableBufferPointer(rebasing: totals[(o * inner)...]))
                    }
                }
            }
        }
        let inputCount = count
        guard requiresGrad else { return Tensor(totals, shape: plan.resultShape) }
        return Tensor.result(totals, shape: plan.resultShape, op: "sum", parents: [self]) { gradient in
            [gradient.withUnsafeBufferPointer { gradient in
                [Double](count: inputCount) { result in
                    for o in 0..<outer {
                        for k in 0..<length {
                            for i in 0..<inner { result[plan.index(o, k, i)] = gradient[o * inner + i] }
                        }
                    }
                }
            }]
        }
    }

    /// The mean along `axis`, or of every element: the sum divided by the count.
    public func mean(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        let plan = try ReductionAxis(axis, of: shape, keepDims: keepDims)
        return try sum(axis: axis, keepDims: keepDims) / Double(plan.length)
    }

    /// numpy's `var`: the mean of the squared deviations from the mean (divided by the count, `ddof=0`), along
    /// `axis` or of every element; differentiable, as it is made of the operations above.
    public func variance(axis: Int? = nil) throws -> Tensor {
        let deviation = try self - mean(axis: axis, keepDims: true)
        return try (deviation * deviation).mean(axis: axis)
    }

    /// numpy's `std`: the square root of `variance`.
    public func standardDeviation(axis: Int? = nil) throws -> Tensor {
        try variance(axis: axis).sqrt()
    }

    /// The largest element along `axis`; the gradient goes to the first largest element.
    public func max(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try extreme(axis: axis, keepDims: keepDims, op: "max", name: "maximum", largest: true)
    }

    /// The smallest element along `axis`; the gradient goes to the first smallest element.
    public func min(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try extreme(axis: axis, keepDims: keepDims, op: "min", name: "minimum", largest: false)
    }

    /// The position of the first largest element along `axis` (over the flattened array when
    /// nil), as numbers; positions are not differentiable.
    public func argmax(axis: Int? = nil) throws -> Tensor {
        let (positions, plan) = try extremePositions(axis: axis, keepDims: false, name: "argmax", largest: true)
        return Tensor(positions.map { Double($0) }, shape: plan.resultShape)
    }

    /// The position of the first smallest element along `axis`.
    public func argmin(axis: Int? = nil) throws -> Tensor {
        let (positions, plan) = try extremePositions(axis: axis, keepDims: false, name: "argmin", largest: false)
        return Tensor(positions.map { Double($0) }, shape: plan.resultShape)
    }

    /// The Euclidean norm of all elements, √Σx²; its gradient x/‖x‖ is taken as 0 at 0.
    public func norm() -> Tensor {
        let x = data
        let length = Foundation.sqrt(x.withUnsafeBufferPointer { Summation.sum($0, squared: true) })
        guard requiresGrad else { return Tensor([length], shape: []) }
        return Tensor.result([length], shape: [], op: "norm", parents: [self]) { gradient in
            let scale = length == 0 ? 0 : gradient[0] / length
            return [x.withUnsafeBufferPointer { x in
                [Double](count: x.count) { dx in
                    for i in x.indices { dx[i] = x[i] * scale }
                }
            }]
        }
    }

    private func extreme(axis: Int?, keepDims: Bool, op: String, name: String, largest: Bool) throws -> Tensor {
        let (positions, plan) = try extremePositions(axis: axis, keepDims: keepDims, name: name, largest: largest)
        let sources = positions.enumerated().map { block, k in
            plan.index(block / plan.inner, k, block % plan.inner)
        }
        return gather(sources, shape: plan.resultShape, op: op)
    }

    /// For each block of the reduction, the position along the axis of the first largest (or
    /// smallest) element; a NaN wins, so it propagates as in numpy. The blocks' rows are read
    /// in order, each contiguous, and compared elementwise with the best so far.
    private func extremePositions(
        axis: Int?, keepDims: Bool, name: String, largest: Bool
    ) throws -> ([Int], ReductionAxis) {
        let plan = try ReductionAxis(axis, of: shape, keepDims: keepDims)
        guard plan.length > 0 else {
            throw EngineError("zero-size array to reduction operation \(name) which has no identity")
        }
        let (outer, length, inner) = (plan.outer, plan.length, plan.inner)
        var positions = [Int](repeating: 0, count: outer * inner)
        data.withUnsafeBufferPointer { x in
            var best = [Double](zeros: inner)
            for o in 0..<outer {
                for i in 0..<inner { best[i] = x[plan.index(o, 0, i)] }
                for k in 1..<length {
                    for i in 0..<inner {
                        let (candidate, current) = (x[plan.index(o, k, i)], best[i])
                        let better = largest ? candidate > current : candidate < current
                        if better || (candidate.isNaN && !current.isNaN) {
                            best[i] = candidate
                            positions[o * inner + i] = k
                        }
                    }
                }
            }
        }
        return (positions, plan)
    }
}
