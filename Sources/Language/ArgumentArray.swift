/// The array a call site collects its argument values into, kept between calls emptied but with its storage, so
/// a call in a loop allocates no array: allocating and freeing one was about a sixth of a small builtin's call.
/// A call takes the array, so a call of the same site made while it runs (a builtin that calls back into lesson
/// code) collects into an array of its own; were a builtin to keep the array, emptying it would make a new one and
/// leave the kept one untouched.
final class ArgumentArray {
    @exclusivity(unchecked) private var spare: [RuntimeValue] = []

    /// The values of `codes`, in order.
    @inline(__always)
    func collect(_ codes: [ExprCode], _ frame: Frame) throws -> [RuntimeValue] {
        if codes.isEmpty { return [] }
        var values: [RuntimeValue] = []
        swap(&values, &spare)
        values.reserveCapacity(codes.count)
        for code in codes { values.append(try code.run(frame)) }
        return values
    }

    /// Takes back an array `collect` gave, once the call is done with it.
    @inline(__always)
    func recycle(_ values: inout [RuntimeValue]) {
        values.removeAll(keepingCapacity: true)
        swap(&values, &spare)
    }
}
