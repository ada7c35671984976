import Engine

extension Builtins {
    static let calculus: [Builtin] = [
        Builtin(
            "grad", [.positional("f")],
            doc: "The derivative of f: a number for one scalar, the array of partials for several, a tensor for a tensor."
        ) { args, _, _ in
            let (f, arity) = try differentiable(args)
            return .function(FunctionValue(name: "grad(\(f.name))", body: .native { values, interpreter, position in
                try differentiate(f, arity: arity, at: values, interpreter, position).gradient
            }, arity: arity))
        },
        Builtin(
            "valueAndGrad", [.positional("f")],
            doc: "Like grad, but the function it makes returns (value, gradient) from one forward and one backward pass."
        ) { args, _, _ in
            let (f, arity) = try differentiable(args)
            return .function(FunctionValue(name: "valueAndGrad(\(f.name))", body: .native { values, interpreter, position in
                let (value, gradient) = try differentiate(f, arity: arity, at: values, interpreter, position)
                return .tuple([.double(value), gradient])
            }, arity: arity))
        },
    ]

    private static func differentiable(_ args: Arguments) throws -> (FunctionValue, Int) {
        let f = try args.function("f")
        guard let arity = f.parameterCount, arity > 0 else {
            throw args.error("f", "`grad` needs a function with a fixed number of parameters")
        }
        return (f, arity)
    }

    /// One forward pass recording the graph and one backward pass: reverse mode, whatever the number of inputs.
    /// Numbers go through the scalar `Value` engine; tensors (or numeric arrays) through `Tensor`'s.
    private static func differentiate(
        _ f: FunctionValue, arity: Int, at values: [RuntimeValue], _ interpreter: Interpreter, _ position: Position
    ) throws -> (value: Double, gradient: RuntimeValue) {
        guard values.count == arity else {
            throw LanguageError(
                message: "`grad(\(f.name))` takes \(arity) argument\(arity == 1 ? "" : "s"), got \(values.count)",
                position: position)
        }
        if values.contains(where: { if case .autodiff = $0 { true } else if case .tensor(let t) = $0 { t.requiresGrad } else { false } }) {
            throw LanguageError(
                message: "`grad` of a derivative (a second derivative) is not supported yet; differentiate by hand once",
                position: position)
        }
        // An element of a tensor (a 0-d tensor without a gradient) is a number here as everywhere: the scalar
        // path records a few Values where the tensor path would build a graph of tensors.
        if values.allSatisfy({
            switch $0 {
            case .int, .double: true
            case .tensor(let t): t.rank == 0
            default: false
            }
        }) {
            return try scalarGradient(f, values.map { $0.number ?? .nan }, interpreter, position)
        }
        return try tensorGradient(f, values, interpreter, position)
    }

    private static func scalarGradient(
        _ f: FunctionValue, _ point: [Double], _ interpreter: Interpreter, _ position: Position
    ) throws -> (value: Double, gradient: RuntimeValue) {
        func output(_ inputs: [RuntimeValue]) throws -> Value {
            let result = try interpreter.callFunction(f, inputs, at: position)
            guard result.isNumeric else {
                throw LanguageError(
                    message: "`grad` needs `\(f.name)` to return a number, but it returned \(result.typeName)",
                    position: position)
            }
            return Operators.value(result)
        }
        if point.count == 1 {
            let (value, derivative) = try Gradient.valueAndDerivative(at: point[0]) { try output([.autodiff($0)]) }
            return (value, .double(derivative))
        }
        let (value, partials) = try Gradient.valueAndGradient(at: point) { try output($0.map(RuntimeValue.autodiff)) }
        return (value, .array(partials.map(RuntimeValue.double)))
    }

    private static func tensorGradient(
        _ f: FunctionValue, _ values: [RuntimeValue], _ interpreter: Interpreter, _ position: Position
    ) throws -> (value: Double, gradient: RuntimeValue) {
        let inputs = try values.map { value -> Tensor in
            guard let t = TensorConversion.tensor(value) else {
                throw LanguageError(message: "`grad` needs numbers or tensors, not \(value.typeName)", position: position)
            }
            return Tensor(t.data, shape: t.shape, requiresGrad: true)
        }
        let result = try interpreter.callFunction(f, inputs.map(RuntimeValue.tensor), at: position)
        guard let output = TensorConversion.tensor(result), output.count == 1 else {
            throw LanguageError(
                message: "`grad` needs `\(f.name)` to return one number, but it returned \(Display.repr(result).prefix(60))",
                position: position)
        }
        output.backward()
        let gradients = inputs.map { RuntimeValue.tensor($0.gradient) }
        return (output.data[0], gradients.count == 1 ? gradients[0] : .array(gradients))
    }
}
