// Bounds on what one operation may build. Shapes can come from untrusted code, so a broadcast outer
// product, a reshape to huge lengths or a concatenation of many copies must end in an error, not in an
// `Int` overflow or an allocation the machine cannot satisfy; and since an operation cannot be stopped
// half-way, the work of a matrix product is bounded too, so that a time limit checked between
// operations is never far away.

extension Tensor {
    /// The most elements one tensor may hold: 50 million Doubles, 400 MB.
    public static let maximumCount = 50_000_000

    /// The most multiply-adds one matrix product may take (about a second of work for the blocked
    /// kernel on one core).
    public static let maximumProductWork = 10_000_000_000

    /// The number of elements of an array of this shape, or an error when a length is negative or the
    /// count exceeds `maximumCount` (without overflowing on the way). An empty array's other lengths are
    /// bounded the same way, so that no product of lengths (a reduction's block sizes) can overflow.
    public static func count(of shape: [Int]) throws -> Int {
        if let negative = shape.first(where: { $0 < 0 }) {
            throw EngineError("negative dimensions are not allowed, got \(negative) in shape \(EngineError.format(shape))")
        }
        var total = 1
        for length in shape where length != 0 {
            let (product, overflow) = total.multipliedReportingOverflow(by: length)
            guard !overflow, product <= maximumCount else { throw tooLarge(shape) }
            total = product
        }
        return shape.contains(0) ? 0 : total
    }

    /// The error for a shape with more than `maximumCount` elements.
    static func tooLarge(_ shape: [Int]) -> EngineError {
        EngineError("an array of shape \(EngineError.format(shape)) would hold more than \(maximumCount) elements")
    }
}
