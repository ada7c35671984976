/// `xs.append(x)` for a variable `xs`: an element that holds no other values goes onto the array in its slot,
/// moved out while it grows so that its storage stays uniquely referenced. The general method call binds its
/// arguments, looks each up by name and allocates the receiver's box: about 2 700 instructions an append.
/// Anything else (a nested element, a receiver that is not an array) takes the general call with the element
/// as evaluated, once.
final class ArrayAppend {
    let target: SlotAddress
    let element: Operand
    let general: (Frame, RuntimeValue) throws -> RuntimeValue

    init(target: SlotAddress, element: Operand, general: @escaping (Frame, RuntimeValue) throws -> RuntimeValue) {
        self.target = target
        self.element = element
        self.general = general
    }

    @inline(__always)
    func run(_ frame: Frame) throws -> RuntimeValue {
        let value = try element.value(frame)
        let slot = target(frame)
        guard !Nesting.isContainer(value), case .array = slot.pointee else { return try general(frame, value) }
        guard case .array(var items) = slot.move() else { preconditionFailure("checked above") }
        items.append(value)
        slot.initialize(to: .array(items))
        return .void
    }
}
