/// `xs[i]` for a variable `xs` and a literal or variable index: an array's element, or a dictionary's entry, is
/// read in the variable's slot. Copying the container out of its slot first cost a retain, a release and two
/// generic copies, and a dictionary's key went into an array of indices. The index has no effects, so reading it
/// after the slot changes nothing.
final class SlotSubscript {
    let base: SlotAddress
    let index: Operand
    let position: Position
    let interpreter: Interpreter

    init(base: SlotAddress, index: Operand, position: Position, interpreter: Interpreter) {
        self.base = base
        self.index = index
        self.position = position
        self.interpreter = interpreter
    }

    @inline(__always)
    func run(_ frame: Frame) throws -> RuntimeValue {
        let i = try index.value(frame)
        let slot = base(frame)
        if case .int(let k) = i, case .array(let items) = slot.pointee, k >= 0, k < items.count { return items[k] }
        if case .dictionary(let entries) = slot.pointee, let key = entries.convertKey(i) { return .optional(entries[key]) }
        return try interpreter.subscriptValue(slot.pointee, index: i, at: position)
    }
}

/// `grid[i][j]` for a variable `grid` and indices without effects: an element of an array of arrays read in the
/// variable's slot, without the row copied out first. Anything else reads level by level as the general path
/// does, with each level's errors at its own subscript.
final class NestedSlotSubscript {
    let outer: SlotSubscript
    let index: Operand
    let position: Position
    let interpreter: Interpreter

    init(outer: SlotSubscript, index: Operand, position: Position, interpreter: Interpreter) {
        self.outer = outer
        self.index = index
        self.position = position
        self.interpreter = interpreter
    }

    @inline(__always)
    func run(_ frame: Frame) throws -> RuntimeValue {
        if case .int(let k) = try outer.index.value(frame), case .int(let m) = try index.value(frame),
           let element = NestedSlotSubscript.element(outer.base(frame), k, m)
        {
            return element
        }
        return try interpreter.subscriptValue(try outer.run(frame), index: try index.value(frame), at: position)
    }

    /// Element `m` of row `k` of the array of arrays in `slot`, or nil when that is not one or either index is out
    /// of range.
    private static func element(_ slot: UnsafeMutablePointer<RuntimeValue>, _ k: Int, _ m: Int) -> RuntimeValue? {
        guard case .array(let rows) = slot.pointee, k >= 0, k < rows.count,
              case .array(let row) = rows[k], m >= 0, m < row.count
        else { return nil }
        return row[m]
    }
}
