/// `xs[i] = v` and `xs[i] op= v` for an array variable and any index, read before the value, `grid[i][j] = v` and
/// `grid[i][j] op= v` for an array of arrays, and `d[k] = v` for a dictionary variable: the element changes in
/// the container in its slot, moved out while it changes so that its storage stays uniquely referenced. The
/// general path collects the indices into arrays and threads the change through a closure per level (for a
/// dictionary, through an Optional and a second lookup): about 1 200 instructions an array assignment, 2 000 a
/// nested one. `assign` says false, having changed nothing, for anything else (another container, an index out
/// of range, a key or value the dictionary refuses, a compound operator on a dictionary), and the caller takes
/// `assignInGeneral`, which reports the problem, with the indices and the value as evaluated.
final class ElementAssignment {
    let container: SlotAddress
    let op: ArithmeticOperator?
    let position: Position
    /// Where each subscript is, outermost first, for the general path's errors.
    let subscriptPositions: (Position, Position?)
    let interpreter: Interpreter

    init(
        container: SlotAddress, op: ArithmeticOperator?, position: Position, subscriptPositions: (Position, Position?),
        interpreter: Interpreter
    ) {
        self.container = container
        self.op = op
        self.position = position
        self.subscriptPositions = subscriptPositions
        self.interpreter = interpreter
    }

    /// The general path, for what `assign` declined: the same change through `Interpreter.modifyElement`, level by
    /// level, which says what is wrong.
    func assignInGeneral(_ value: RuntimeValue, at i: RuntimeValue, _ inner: RuntimeValue?, _ frame: Frame) throws {
        let (op, position, interpreter) = (self.op, self.position, self.interpreter)
        let change = { (current: inout RuntimeValue) throws in
            current = try op.map { try interpreter.arithmetic($0, current, value, at: position) } ?? value
        }
        let (outer, innerPosition) = subscriptPositions
        guard let inner, let innerPosition else {
            return try interpreter.modifyElement(of: &container(frame).pointee, at: i, outer, change)
        }
        try interpreter.modifyElement(of: &container(frame).pointee, at: i, outer) { row in
            try interpreter.modifyElement(of: &row, at: inner, innerPosition, change)
        }
    }

    /// Changes element `i` (row `i`, element `inner` of it for `grid[i][j]`), the indices read before the value.
    @inline(__always)
    func assign(_ value: RuntimeValue, at i: RuntimeValue, _ inner: RuntimeValue?, _ frame: Frame) throws -> Bool {
        let slot = container(frame)
        if let inner {
            guard case .int(let k) = i, case .int(let m) = inner else { return false }
            return try changeNested(slot, k, m, value)
        }
        if case .int(let k) = i, let count = ElementAssignment.count(slot), k >= 0, k < count {
            try change(slot, k, value)
            return true
        }
        guard op == nil, ElementAssignment.holdsDictionary(slot) else { return false }
        return ElementAssignment.store(value, at: i, in: slot)
    }

    /// Sets or updates element `k` of the array at `place`, which the caller checked holds one that long.
    private func change(_ place: UnsafeMutablePointer<RuntimeValue>, _ k: Int, _ value: RuntimeValue) throws {
        guard case .array(var items) = place.move() else { preconditionFailure("checked by the caller") }
        defer { place.initialize(to: .array(items)) }
        try interpreter.watchingCopies(&items, at: position) { items in
            if let op {
                items[k] = try interpreter.arithmetic(op, items[k], value, at: position)
            } else {
                items[k] = value
            }
        }
    }

    /// `grid[k][m]`: the outer array moved out of its slot, then the row out of the outer array, each put back
    /// when the element has changed (also when the change throws).
    private func changeNested(_ slot: UnsafeMutablePointer<RuntimeValue>, _ k: Int, _ m: Int, _ value: RuntimeValue)
        throws -> Bool
    {
        guard let count = ElementAssignment.count(slot), k >= 0, k < count else { return false }
        guard case .array(var rows) = slot.move() else { preconditionFailure("checked above") }
        defer { slot.initialize(to: .array(rows)) }
        return try rows.withUnsafeMutableBufferPointer { rows in
            let row = rows.baseAddress.unsafelyUnwrapped + k
            guard let width = ElementAssignment.count(row), m >= 0, m < width else { return false }
            try change(row, m, value)
            return true
        }
    }

    /// The count of the array in `slot`, or nil for anything else. A function of its own, so that the copy of the
    /// array its pattern binds is gone before the array is moved out (a second reference would make the change
    /// copy all of it).
    private static func count(_ slot: UnsafeMutablePointer<RuntimeValue>) -> Int? {
        guard case .array(let items) = slot.pointee else { return nil }
        return items.count
    }

    private static func holdsDictionary(_ slot: UnsafeMutablePointer<RuntimeValue>) -> Bool {
        if case .dictionary = slot.pointee { return true }
        return false
    }

    /// `d[key] = value` in the dictionary in `slot`; false, with the dictionary unchanged, for an Optional value
    /// (storing nil removes the entry) and for a key or value the dictionary refuses.
    private static func store(_ value: RuntimeValue, at key: RuntimeValue, in slot: UnsafeMutablePointer<RuntimeValue>)
        -> Bool
    {
        if case .optional = value { return false }
        guard case .dictionary(var entries) = slot.move() else { preconditionFailure("the caller checked") }
        defer { slot.initialize(to: .dictionary(entries)) }
        guard let key = entries.convertKey(key) else { return false }
        do { try entries.set(key, value) } catch { return false }
        return true
    }
}
