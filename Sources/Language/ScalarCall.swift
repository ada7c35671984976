/// A call of a builtin with a scalar form (`sqrt(x)`, `Double(i)`) and one unlabeled argument: a Double (or an Int,
/// when the form takes them) goes straight through the form's function. A general call builds the argument
/// array and `Arguments`, binds, dispatches on the value and looks at the clock: about 1 400 instructions, for
/// a function that takes a few dozen. Any other argument goes to the general call as it was evaluated.
final class ScalarCall {
    let function: (Double) -> Double
    let takesInts: Bool
    let operand: Operand
    let general: (RuntimeValue) throws -> RuntimeValue

    init(_ form: ScalarForm, _ operand: Operand, general: @escaping (RuntimeValue) throws -> RuntimeValue) {
        function = form.function
        takesInts = form.takesInts
        self.operand = operand
        self.general = general
    }

    @inline(__always)
    func evaluate(_ frame: Frame) throws -> RuntimeValue {
        let argument = try operand.value(frame)
        switch argument {
        case .double(let x): return .double(function(x))
        case .int(let i) where takesInts: return .double(function(Double(i)))
        default: return try general(argument)
        }
    }
}
