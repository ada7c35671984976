import Engine

/// The activation functions of seed 004's table beyond sigmoid, tanh and relu, on numbers, autodiff Values,
/// tensors and arrays, as the math builtins are.
extension Builtins {
    static let activations: [Builtin] = [
        Builtin("step", [.positional("x"), .labeled("atZero", .double(0.5))],
                doc: "The unit step: 0 below 0, 1 above, `atZero:` (½, Heaviside's) at 0.") { args, _, position in
            let atZero = try args.double("atZero")
            return try activate(args["x"], "step", at: position) { $0.step(atZero: atZero) } tensor: { $0.step(atZero: atZero) }
        },
        unit("sign", "The sign: −1, 0 or 1.", .sign),
        unit("linear", "The identity, φ(z) = z.", .linear),
        unit("piecewiseLinear", "0 up to −½, then z + ½, then 1 from ½.", .piecewiseLinear),
        unit("softplus", "ln(1 + eᶻ), a smooth relu.", .softplus),
        unit("swish", "z·σ(z).", .swish),
        Builtin("leakyRelu", [.positional("x"), .labeled("slope", .double(0.1))],
                doc: "max(slope·z, z): relu with a small slope below 0.") { args, _, position in
            let activation = Activation.leakyRelu(slope: try args.double("slope"))
            return try activate(args["x"], "leakyRelu", at: position) { activation($0) } tensor: { activation($0) }
        },
        Builtin("elu", [.positional("x"), .labeled("alpha", .double(1))],
                doc: "z for z ≥ 0, α(eᶻ − 1) below.") { args, _, position in
            let activation = Activation.elu(alpha: try args.double("alpha"))
            return try activate(args["x"], "elu", at: position) { activation($0) } tensor: { activation($0) }
        },
        Builtin("maxout", variadic: true, doc: "The largest of its pieces, element-wise: maxout(a, b) or maxout([a, b]).") {
            args, _, position in
            var pieces = args.rest
            if pieces.count == 1, case .array(let items) = pieces[0] { pieces = items }
            return try maxout(pieces, at: position)
        },
    ]

    private static func unit(_ name: String, _ doc: String, _ activation: Activation) -> Builtin {
        Builtin(name, [.positional("x")], doc: doc) { args, _, position in
            try activate(args["x"], name, at: position) { activation($0) } tensor: { activation($0) }
        }
    }

    /// One activation over whatever it is given: a number gives a Double, a Value a Value, a tensor or a
    /// numeric array a tensor, and an array holding Values an array of Values.
    static func activate(
        _ value: RuntimeValue, _ name: String, at position: Position,
        _ scalar: @escaping (Value) -> Value, tensor: @escaping (Tensor) -> Tensor
    ) throws -> RuntimeValue {
        if Nesting.isContainer(value) { try Nesting.checkSize(value, at: position) }
        return try activateEach(value, name, at: position, scalar, tensor: tensor)
    }

    private static func activateEach(
        _ value: RuntimeValue, _ name: String, at position: Position,
        _ scalar: @escaping (Value) -> Value, tensor: @escaping (Tensor) -> Tensor
    ) throws -> RuntimeValue {
        switch value {
        case .int, .double: return .double(scalar(Value(value.number ?? .nan)).data)
        case .autodiff(let v): return .autodiff(scalar(v))
        case .tensor(let t): return .tensor(tensor(t))
        case .array(let items):
            if let t = TensorConversion.tensor(value) { return .tensor(tensor(t)) }
            return .array(try items.map { try activateEach($0, name, at: position, scalar, tensor: tensor) })
        case .range:
            if let t = TensorConversion.tensor(value) { return .tensor(tensor(t)) }
        default: break
        }
        throw LanguageError(message: "`\(name)` needs a number, a Value or an array of them, not \(value.typeName)",
                            position: position)
    }

    /// Numbers give a Double, Values a Value (the gradient goes to the larger piece), tensors the element-wise maximum.
    private static func maxout(_ pieces: [RuntimeValue], at position: Position) throws -> RuntimeValue {
        guard !pieces.isEmpty else { throw LanguageError(message: "`maxout` needs at least one piece", position: position) }
        if pieces.allSatisfy({ $0.isNumeric }) {
            if pieces.contains(where: { if case .autodiff = $0 { true } else { false } }) {
                return .autodiff(Engine.maxout(pieces.map(Operators.value)))
            }
            if pieces.allSatisfy({ if case .tensor = $0 { false } else { true } }) {
                return .double(pieces.compactMap(\.number).max() ?? .nan)
            }
        }
        let tensors = try pieces.map { piece in
            guard let t = TensorConversion.tensor(piece) else {
                throw LanguageError(message: "`maxout` needs numbers, Values or tensors, not \(piece.typeName)", position: position)
            }
            return t
        }
        return .tensor(try TensorOperators.engine(position) { try Engine.maxout(tensors) })
    }
}
