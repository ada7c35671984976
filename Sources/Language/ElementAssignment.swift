/// `xs[i] = v` and `xs[i] op= v` for an array variable and a literal or variable index: the element changes in the
/// array in its slot, moved out while it changes so that its storage stays uniquely referenced. The general path
/// collects the index into an array and threads the change through two closures: about 1 200 instructions an
/// assignment. `assign` says false, having changed nothing, for anything else (another container, an index out
/// of range), and the caller takes the general path with the value as evaluated.
final class ElementAssignment {
    let array: SlotAddress
    let index: Operand
    let op: ArithmeticOperator?
    let position: Position
    let interpreter: Interpreter

    init(array: SlotAddress, index: Operand, op: ArithmeticOperator?, position: Position, interpreter: Interpreter) {
        self.array = array
        self.index = index
        self.op = op
        self.position = position
        self.interpreter = interpreter
    }

    @inline(__always)
    func assign(_ value: RuntimeValue, _ frame: Frame) throws -> Bool {
        let slot = array(frame)
        guard case .int(let k) = try index.value(frame), let count = ElementAssignment.count(slot), k >= 0, k < count
        else { return false }
        guard case .array(var items) = slot.move() else { preconditionFailure("checked above") }
        defer { slot.initialize(to: .array(items)) }
        if let op {
            items[k] = try interpreter.arithmetic(op, items[k], value, at: position)
        } else {
            items[k] = value
        }
        return true
    }

    /// The count of the array in `slot`, or nil for anything else. A function of its own, so that the copy of the
    /// array its pattern binds is gone before `assign` moves the array out (a second reference would make the
    /// change copy all of it).
    private static func count(_ slot: UnsafeMutablePointer<RuntimeValue>) -> Int? {
        guard case .array(let items) = slot.pointee else { return nil }
        return items.count
    }
}
