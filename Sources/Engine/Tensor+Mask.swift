// numpy's boolean-mask indexing: `x[mask]` picks the elements where a mask of x's shape is
// non-zero, in row-major order, as a 1-d array; `x[mask] = v` replaces them. A mask is what a
// comparison makes (1 where it holds, 0 elsewhere); its elements must be 0 or 1, so an array of
// numbers is never taken for a mask by accident.

extension Tensor {
    /// The elements where `mask` is 1, as a 1-d tensor; the gradient flows back to them.
    public func masked(_ mask: Tensor) throws -> Tensor {
        let sources = try maskPositions(mask)
        return gather(sources, shape: [sources.count], op: "mask")
    }

    /// A copy with the elements where `mask` is 1 replaced by `value`: one number for all, or a 1-d
    /// tensor with one element per selected position.
    public func replacingMasked(_ mask: Tensor, with value: Tensor) throws -> Tensor {
        let sources = try maskPositions(mask)
        let filler: Tensor
        if value.count == 1 {
            filler = try value.reshape([]).broadcast(to: [sources.count])
        } else {
            guard value.shape == [sources.count] else {
                throw EngineError(
                    "NumPy boolean array indexing assignment cannot assign \(value.count) input values to the "
                        + "\(sources.count) output values where the mask is true")
            }
            filler = value
        }
        var output = data
        for (k, source) in sources.enumerated() { output[source] = filler.data[k] }
        guard self.requiresGrad || filler.requiresGrad else { return Tensor(output, shape: shape) }
        return Tensor.result(output, shape: shape, op: "replace", parents: [self, filler]) { gradient in
            var rest = gradient
            for source in sources { rest[source] = 0 }
            return [rest, sources.map { gradient[$0] }]
        }
    }

    /// The positions a mask selects, after checking it is a mask of this tensor's shape.
    private func maskPositions(_ mask: Tensor) throws -> [Int] {
        guard mask.shape == shape else {
            throw EngineError(
                "boolean index did not match indexed array: the mask has shape \(EngineError.format(mask.shape)), "
                    + "the array \(EngineError.format(shape))")
        }
        var positions: [Int] = []
        for (i, m) in mask.data.enumerated() {
            guard m == 0 || m == 1 else {
                throw EngineError("a mask holds only 0s and 1s (as a comparison makes), found \(m)")
            }
            if m == 1 { positions.append(i) }
        }
        return positions
    }
}
