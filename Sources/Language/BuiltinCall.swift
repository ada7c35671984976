/// A call of a builtin by name whose labels were bound at compile time, collecting its arguments into an
/// `ArgumentArray`.
final class BuiltinCall {
    let builtin: Builtin
    let binding: BuiltinBinding
    let arguments: [ExprCode]
    let positions: [Position]
    let position: Position
    let interpreter: Interpreter
    let values = ArgumentArray()

    init(
        _ builtin: Builtin, _ binding: BuiltinBinding, arguments: [ExprCode], positions: [Position], position: Position,
        interpreter: Interpreter
    ) {
        self.builtin = builtin
        self.binding = binding
        self.arguments = arguments
        self.positions = positions
        self.position = position
        self.interpreter = interpreter
    }

    @inline(__always)
    func run(_ frame: Frame) throws -> RuntimeValue {
        var collected = try values.collect(arguments, frame)
        let result = try builtin.call(collected, binding, positions: positions, interpreter, position)
        values.recycle(&collected)
        return result
    }
}
