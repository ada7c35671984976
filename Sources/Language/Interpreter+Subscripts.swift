import Engine

/// Operators, ranges and subscripts at run time, for compiled code.
extension Interpreter {
    /// A binary operator on two values, checking the time after work on whole arrays, tensors or strings.
    func binary(_ op: BinaryOperator, _ lhs: RuntimeValue, _ rhs: RuntimeValue, at position: Position) throws
        -> RuntimeValue
    {
        let result = try Operators.binary(op, lhs, rhs, at: position)
        if Interpreter.isBulk(lhs) || Interpreter.isBulk(rhs) { try checkClock(position) }
        return result
    }

    /// An arithmetic operator. Two Ints whose result is an Int are combined here, inlined into the compiled
    /// operators' closures: through `binary` an Int loop was no faster than CPython's.
    /// The operands are consumed, so that a tensor the operator holds the only reference to (a temporary, such as
    /// `a * x` in `a * x + b`) can take the result over its own elements.
    @inline(__always)
    func arithmetic(
        _ op: ArithmeticOperator, _ lhs: consuming RuntimeValue, _ rhs: consuming RuntimeValue, at position: Position
    ) throws -> RuntimeValue {
        if case .int(let a) = lhs, case .int(let b) = rhs, let result = Interpreter.integer(op, a, b) { return .int(result) }
        if case .tensor = lhs { return try tensorArithmetic(op, consume lhs, consume rhs, at: position) }
        if case .tensor = rhs { return try tensorArithmetic(op, consume lhs, consume rhs, at: position) }
        return try binary(.arithmetic(op), lhs, rhs, at: position)
    }

    /// An operator with a tensor operand: `+ − · /` write over a tensor operand's elements when nothing else holds
    /// it (see `Tensor.overwrite`), which spares the new array and tensor that were half the cost of an operation
    /// on a small tensor; everything else goes to `binary`.
    @inline(never)
    private func tensorArithmetic(
        _ op: ArithmeticOperator, _ lhs: consuming RuntimeValue, _ rhs: consuming RuntimeValue, at position: Position
    ) throws -> RuntimeValue {
        if let operation = op.elementwise {
            if var tensor = Interpreter.takeTensor(&lhs) {
                if isKnownUniquelyReferenced(&tensor), Interpreter.overwrite(tensor, operation, rhs, selfFirst: true) {
                    try checkClock(position)
                    return .tensor(tensor)
                }
                lhs = .tensor(tensor)
            }
            if var tensor = Interpreter.takeTensor(&rhs) {
                if isKnownUniquelyReferenced(&tensor), Interpreter.overwrite(tensor, operation, lhs, selfFirst: false) {
                    try checkClock(position)
                    return .tensor(tensor)
                }
                rhs = .tensor(tensor)
            }
        }
        return try binary(.arithmetic(op), lhs, rhs, at: position)
    }

    /// The tensor a value holds, moved out of it: the value no longer counts as a reference.
    private static func takeTensor(_ value: inout RuntimeValue) -> Tensor? {
        guard case .tensor(let tensor) = value else { return nil }
        value = .void
        return tensor
    }

    /// `tensor op other` (or `other op tensor`) over `tensor`'s elements, for a number or a tensor `other`.
    private static func overwrite(
        _ tensor: Tensor, _ operation: ElementwiseOperation, _ other: RuntimeValue, selfFirst: Bool
    ) -> Bool {
        switch other {
        case .double(let x): tensor.overwrite(operation, x, selfFirst: selfFirst)
        case .int(let i): tensor.overwrite(operation, Double(i), selfFirst: selfFirst)
        case .tensor(let t): tensor.overwrite(operation, t, selfFirst: selfFirst)
        default: false
        }
    }

    /// `+ - *` and `%` of two Ints as `Operators` gives them, or nil where it decides otherwise: an overflow (which
    /// makes a Double), a remainder by 0 (an error) or by -1, and the operators whose result is a Double.
    @inline(__always)
    static func integer(_ op: ArithmeticOperator, _ a: Int, _ b: Int) -> Int? {
        switch op {
        case .add:
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? nil : sum
        case .subtract:
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? nil : difference
        case .multiply:
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : product
        case .remainder:
            guard b != 0, b != -1 else { return nil }
            // The remainder takes the divisor's sign, as Python's does.
            let r = a % b
            return r != 0 && (r < 0) != (b < 0) ? r + b : r
        case .divide, .power, .matrixProduct:
            return nil
        }
    }

    /// Tensors, arrays and strings, whose operations can take long enough to check the time after each.
    @inline(__always)
    static func isBulk(_ value: RuntimeValue) -> Bool {
        switch value {
        case .tensor, .array, .string: true
        default: false
        }
    }

    /// Tensors and strings, whose subscripts and properties walk every element (an array's take one step).
    @inline(__always)
    static func isSlowToIndex(_ value: RuntimeValue) -> Bool {
        switch value {
        case .tensor, .string: true
        default: false
        }
    }

    /// A range value; an open end is `.void` (partial ranges only make sense as subscripts).
    func makeRange(_ lo: RuntimeValue, _ hi: RuntimeValue, closed: Bool, at position: Position) throws -> RuntimeValue {
        if case .void = lo { return .range(lo, hi, closed: closed) }
        if case .void = hi { return .range(lo, hi, closed: closed) }
        guard let a = lo.number, let b = hi.number, lo.isNumeric, hi.isNumeric else {
            throw LanguageError(message: "range bounds must be numbers, not \(lo.typeName) and \(hi.typeName)", position: position)
        }
        guard a <= b else {
            throw LanguageError(
                message: "range lower bound \(Display.repr(lo)) is greater than its upper bound \(Display.repr(hi))",
                position: position)
        }
        return .range(lo, hi, closed: closed)
    }

    /// `base[index]`, with a fast path for an Int index into an array.
    func subscriptValue(_ base: RuntimeValue, index: RuntimeValue, at position: Position) throws -> RuntimeValue {
        if case .array(let items) = base, case .int(let i) = index, i >= 0, i < items.count { return items[i] }
        let result = try subscriptValue(base, indices: [index], at: position)
        if Interpreter.isSlowToIndex(base) { try checkClock(position) }
        return result
    }

    func subscriptValue(_ base: RuntimeValue, indices: [RuntimeValue], at position: Position) throws -> RuntimeValue {
        if case .tensor(let t) = base {
            // numpy's `x[x > 0]`: a mask of x's shape picks the elements where it is 1.
            if let mask = Interpreter.maskIndex(indices) {
                return .tensor(try TensorOperators.engine(position) { try t.masked(mask) })
            }
            // numpy's `x[[i, j]]`: an array of Ints picks those rows, in that order.
            if indices.count == 1, case .array(let items) = indices[0] {
                let rows = try items.map { item -> Int in
                    guard case .int(let i) = item else {
                        throw LanguageError(message: "rows are picked by Ints, not \(item.typeName)", position: position)
                    }
                    return i
                }
                return .tensor(try TensorOperators.engine(position) { try t.rows(rows) })
            }
            return .tensor(try TensorOperators.engine(position) { try t.index(try tensorIndices(indices, at: position)) })
        }
        guard indices.count == 1 else {
            throw LanguageError(message: "expected one index, got \(indices.count)", position: position)
        }
        switch base {
        case .array(let items):
            if case .range(let lo, let hi, let closed) = indices[0] {
                let (a, b) = try sliceBounds(lo, hi, closed: closed, count: items.count, at: position)
                return .array(Array(items[a..<b]))
            }
            return items[try index(indices[0], count: items.count, at: position)]
        case .string(let s):
            let chars = Array(s)
            return .string(String(chars[try index(indices[0], count: chars.count, at: position)]))
        case .tuple(let items):
            return items[try index(indices[0], count: items.count, at: position)]
        case .dictionary(let d):
            guard let key = d.convertKey(indices[0]) else {
                throw LanguageError(message: d.keyProblem(indices[0]), position: position)
            }
            return .optional(d[key])
        case .optional:
            throw LanguageError(message: "an optional must be unwrapped before it is subscripted (`if let`, `??` or `!`)",
                                position: position)
        default:
            throw LanguageError(message: "cannot subscript a \(base.typeName)", position: position)
        }
    }

    /// The mask of a subscript `x[mask]`: one tensor index (what a comparison makes) or an array of Bools.
    static func maskIndex(_ indices: [RuntimeValue]) -> Tensor? {
        guard indices.count == 1 else { return nil }
        switch indices[0] {
        case .tensor(let t): return t
        case .array(let items) where items.first.map({ if case .bool = $0 { true } else { false } }) ?? false:
            return TensorConversion.mask(indices[0])
        default: return nil
        }
    }

    /// numpy's basic indexing from swift-nn subscripts: `x[i]`, `x[i, j]`, `x[..., j]`, `x[a..<b]`, `x[a...]`.
    func tensorIndices(_ indices: [RuntimeValue], at position: Position) throws -> [TensorIndex] {
        try indices.map { index in
            switch index {
            case .int(let i): return .single(i)
            case .range(.void, .void, _): return .all
            case .range(let lo, let hi, let closed):
                func bound(_ value: RuntimeValue) throws -> Int? {
                    switch value {
                    case .void: return nil
                    case .int(let i): return i
                    default: throw LanguageError(message: "slice bounds must be Ints, not \(value.typeName)", position: position)
                    }
                }
                var upper = try bound(hi)
                if closed, let last = upper {
                    // `...-1` and `...Int.max` both reach the end (Int.max + 1 would overflow).
                    upper = last == -1 || last == Int.max ? nil : last + 1
                }
                return .range(try bound(lo), upper)
            default:
                throw LanguageError(message: "a tensor index must be an Int or a range, not \(index.typeName)", position: position)
            }
        }
    }

    func index(_ value: RuntimeValue, count: Int, at position: Position) throws -> Int {
        guard case .int(let i) = value else {
            throw LanguageError(message: "an index must be an Int, not \(value.typeName)", position: position)
        }
        guard i >= 0 && i < count else {
            throw LanguageError(message: "index \(i) is out of range for \(count) elements", position: position)
        }
        return i
    }

    func sliceBounds(
        _ lo: RuntimeValue, _ hi: RuntimeValue, closed: Bool, count: Int, at position: Position
    ) throws -> (Int, Int) {
        func bound(_ value: RuntimeValue, open: Int) throws -> Int {
            switch value {
            case .void: return open
            case .int(let i): return i
            default: throw LanguageError(message: "slice bounds must be Ints, not \(value.typeName)", position: position)
            }
        }
        let a = try bound(lo, open: 0)
        let b = try bound(hi, open: closed ? count - 1 : count)
        let (end, overflow) = b.addingReportingOverflow(closed ? 1 : 0)
        guard !overflow, a >= 0, end <= count, a <= end else {
            throw LanguageError(message: "slice \(Display.repr(.range(lo, hi, closed: closed))) is out of range for \(count) elements",
                                position: position)
        }
        return (a, end)
    }
}
