/// `xs[i]` for a variable `xs` and a literal or variable index: an array's element is read in the variable's
/// slot. Copying the array out of its slot first cost a retain and a release and two generic copies, about a
/// hundred instructions of a read. The index has no effects, so reading it after the slot changes nothing.
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
        return try interpreter.subscriptValue(slot.pointee, index: i, at: position)
    }
}
