import Engine

extension Builtins {
    static let calculus: [Builtin] = [
        Builtin(
            "grad", [.positional("f")],
            doc: "The derivative of a function of scalars: a number for one variable, the array of partials for several."
        ) { args, _, position in
            let f = try args.function("f")
            guard let arity = f.parameterCount, arity > 0 else {
                throw args.error("f", "`grad` needs a function with a fixed number of scalar parameters")
            }
            return .function(FunctionValue(name: "grad(\(f.name))", body: .native { values, interpreter, callPosition in
                try gradient(of: f, arity: arity, at: values, interpreter, callPosition)
            }, arity: arity))
        },
    ]

    /// Runs `f` once on autodiff leaves and once backward: reverse mode, whatever the number of inputs.
    private static func gradient(
        of f: FunctionValue, arity: Int, at values: [RuntimeValue], _ interpreter: Interpreter, _ position: Position
    ) throws -> RuntimeValue {
        guard values.count == arity else {
            throw LanguageError(
                message: "`grad(\(f.name))` takes \(arity) argument\(arity == 1 ? "" : "s"), got \(values.count)",
                position: position)
        }
        if values.contains(where: { if case .autodiff = $0 { true } else { false } }) {
            throw LanguageError(
                message: "`grad` of a derivative (a second derivative) is not supported yet; differentiate by hand once",
                position: position)
        }
        let point = try values.map { value -> Double in
            guard value.isNumeric, let d = value.number else {
                throw LanguageError(message: "`grad(\(f.name))` needs numbers, not \(value.typeName)", position: position)
            }
            return d
        }
        let (_, partials) = try Gradient.valueAndGradient(at: point) { inputs in
            let result = try interpreter.callFunction(f, inputs.map(RuntimeValue.autodiff), at: position)
            guard result.isNumeric else {
                throw LanguageError(
                    message: "`grad` needs `\(f.name)` to return a number, but it returned \(result.typeName)",
                    position: position)
            }
            return Operators.value(result)
        }
        return arity == 1 ? .double(partials[0]) : .array(partials.map(RuntimeValue.double))
    }
}
