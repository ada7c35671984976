/// The four elementwise operations that can write their result over an operand's own elements. Package-wide
/// only, as `overwrite` is: its safety rests on the caller's proof that nothing else holds the tensor.
package enum ElementwiseOperation: Sendable {
    case add, subtract, multiply, divide
}

extension Tensor {
    /// `self op other` (or `other op self`, when `selfFirst` is false) written over this tensor's elements instead of
    /// into a new tensor. Only for a caller that holds the only reference to `self` (`isKnownUniquelyReferenced`):
    /// the interpreter, for a temporary such as `a * x` in `a * x + b`, whose new array and tensor were about half
    /// of the cost of an operation on a small tensor. The elements are the ones `combine` computes, bit for bit.
    ///
    /// Returns false, changing nothing, when either tensor records a graph or already has a gradient, or when the
    /// result would not have `self`'s shape. `other` may have `self`'s shape, be a single element of no higher rank,
    /// or have the shape of `self`'s trailing axes (a row added to every row): the broadcasts of a layer's `x @ W + b`.
    package func overwrite(_ operation: ElementwiseOperation, _ other: Tensor, selfFirst: Bool) -> Bool {
        guard isOverwritable, !other.requiresGrad, other.rank <= rank else { return false }
        let period: Int
        if other.shape == shape {
            period = count
        } else if other.count == 1 {
            return overwrite(operation, other.data[0], selfFirst: selfFirst)
        } else if other.shape[...] == shape.suffix(other.rank), other.count > 0 {
            period = other.count
        } else {
            return false
        }
        other.data.withUnsafeBufferPointer { y in
            switch (operation, selfFirst) {
            case (.add, let first): overwrite(y, period: period, selfFirst: first, Addition())
            case (.subtract, let first): overwrite(y, period: period, selfFirst: first, Subtraction())
            case (.multiply, let first): overwrite(y, period: period, selfFirst: first, Multiplication())
            case (.divide, let first): overwrite(y, period: period, selfFirst: first, Division())
            }
        }
        return true
    }

    /// `self op number` (or `number op self`) written over this tensor's elements, on the terms of the overload above.
    package func overwrite(_ operation: ElementwiseOperation, _ number: Double, selfFirst: Bool) -> Bool {
        guard isOverwritable else { return false }
        switch (operation, selfFirst) {
        case (.add, true): overwrite(number, Addition()) { $0.value($1, $2) }
        case (.add, false): overwrite(number, Addition()) { $0.value($2, $1) }
        case (.subtract, true): overwrite(number, Subtraction()) { $0.value($1, $2) }
        case (.subtract, false): overwrite(number, Subtraction()) { $0.value($2, $1) }
        case (.multiply, true): overwrite(number, Multiplication()) { $0.value($1, $2) }
        case (.multiply, false): overwrite(number, Multiplication()) { $0.value($2, $1) }
        case (.divide, true): overwrite(number, Division()) { $0.value($1, $2) }
        case (.divide, false): overwrite(number, Division()) { $0.value($2, $1) }
        }
        return true
    }

    /// A plain result nothing differentiates: its elements are nobody's record.
    private var isOverwritable: Bool { !requiresGrad && grad == nil }

    /// The loops over rows of `period` elements, one for each order of the operands, so each vectorizes.
    private func overwrite<F: DifferentiableBinaryFunction>(
        _ y: UnsafeBufferPointer<Double>, period: Int, selfFirst: Bool, _ f: F
    ) {
        guard let y = y.baseAddress else { return }
        data.withUnsafeMutableBufferPointer { x in
            guard var row = x.baseAddress else { return }
            let end = row + x.count
            while row < end {
                if selfFirst {
                    for j in 0..<period { row[j] = f.value(row[j], y[j]) }
                } else {
                    for j in 0..<period { row[j] = f.value(y[j], row[j]) }
                }
                row += period
            }
        }
    }

    @inline(__always)
    private func overwrite<F: DifferentiableBinaryFunction>(
        _ number: Double, _ f: F, _ value: (F, Double, Double) -> Double
    ) {
        data.withUnsafeMutableBufferPointer { x in
            for k in 0..<x.count { x[k] = value(f, x[k], number) }
        }
    }
}
