extension Interpreter {
    /// The first `count` elements; a range of Ints makes only those.
    func elements(of value: RuntimeValue, at position: Position, upTo count: Int) throws -> [RuntimeValue] {
        if case .range(.int(let lo), .int, _) = value, count >= 0, count <= Capacity.arrayCount {
            return (0..<count).map { .int(lo + $0) }
        }
        return Array(try elements(of: value, at: position).prefix(count))
    }

    /// The values a `for` loop walks over.
    func elements(of value: RuntimeValue, at position: Position) throws -> [RuntimeValue] {
        switch value {
        case .array(let items): return items
        case .dictionary(let d): return d.entries
        case .tensor(let t) where t.rank > 0: return try TensorOperators.engine(position) { try TensorConversion.elements(t) }
        case .string(let s): return s.map { .string(String($0)) }
        case .range(let lo, let hi, let closed):
            if case .void = lo { throw LanguageError(message: "a range without a lower bound cannot be walked", position: position) }
            if case .void = hi { throw LanguageError(message: "a range without an upper bound cannot be walked", position: position) }
            guard case .int(let a) = lo, case .int(let b) = hi else {
                throw LanguageError(
                    message: "a range of Doubles cannot be counted; use stride(from:to:by:)", position: position)
            }
            guard a <= b else {
                throw LanguageError(message: "range lower bound \(a) is greater than its upper bound \(b)", position: position)
            }
            guard let count = TensorConversion.count(a, b, closed: closed), count <= Capacity.arrayCount else {
                throw LanguageError(
                    message: "the range \(Display.repr(value)) has more than \(Capacity.arrayCount) elements "
                        + "to make into an array; loop over it with `for`, which counts without one",
                    position: position)
            }
            return (closed ? Array(a...b) : Array(a..<b)).map(RuntimeValue.int)
        default:
            throw LanguageError(message: "cannot loop over a \(value.typeName)", position: position)
        }
    }
}
