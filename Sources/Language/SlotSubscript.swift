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
