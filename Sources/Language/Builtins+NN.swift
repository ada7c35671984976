import Engine

/// micrograd's building blocks: `Value` scalars, and `Neuron`, `Layer` and `MLP` networks of them; their tensor
/// counterpart `TensorMLP`; `parameter` for tensors an optimizer trains. Weights are drawn uniformly in [−1, 1)
/// from the global random stream, or from a fresh `RandomState(seed)` with `seed:`.
extension Builtins {
    static let nn: [Builtin] = [
        Builtin("Value", [.positional("data")], doc: "A scalar that records its computation, for `backward()` (micrograd's Value).") {
            args, _, _ in
            .autodiff(Value(try args.double("data")))
        },
        Builtin("parameter", [.positional("x")], doc: "A copy of x as a tensor that records gradients, for an optimizer to train.") {
            args, _, _ in
            let t = try args.tensor("x")
            return .tensor(Tensor(t.data, shape: t.shape, requiresGrad: true))
        },
        Builtin(
            "Neuron",
            [BuiltinParameter(label: nil, name: "inputs", defaultValue: .void), .labeled("weights", .void),
             .labeled("bias", .double(0)), .labeled("activation", .string("relu")), .labeled("seed", .void)],
            doc: "One neuron, act(w·x + b): Neuron(2) with random weights, or Neuron(weights: [1, 1], bias: -1.5, activation: \"step\")."
        ) { args, interpreter, position in
            let activation = try NNConversion.activation(args["activation"], at: args.position(of: "activation"))
            if args.has("weights") {
                return .object(NeuronObject(Neuron(weights: try args.doubles("weights"), bias: try args.double("bias"),
                                                   activation: activation)))
            }
            guard args.has("inputs") else {
                throw LanguageError(message: "`Neuron` needs a number of inputs or `weights:`", position: position)
            }
            let inputs = try size(args, "inputs")
            return .object(NeuronObject(Neuron(inputs: inputs, activation: activation,
                                               using: try NNConversion.randomState(args, interpreter))))
        },
        Builtin(
            "Layer", [.positional("inputs"), .positional("outputs"), .labeled("activation", .string("relu")), .labeled("seed", .void)],
            doc: "`outputs` neurons that all see the same `inputs`."
        ) { args, interpreter, position in
            let activation = try NNConversion.activation(args["activation"], at: args.position(of: "activation"))
            return .object(LayerObject(Layer(
                inputs: try size(args, "inputs"), outputs: try size(args, "outputs"), activation: activation,
                using: try NNConversion.randomState(args, interpreter))))
        },
        network("MLP", "Layers of Values in a row: MLP(2, [16, 16, 1]); relu inside and a linear output unless `activations:` says.") {
            inputs, sizes, activations, state in .object(MLPObject(MLP(inputs: inputs, sizes: sizes, activations: activations, using: state)))
        },
        network("TensorMLP", "The MLP on tensors: called with a batch (one row per sample), it returns a tensor.") {
            inputs, sizes, activations, state in
            .object(TensorMLPObject(TensorMLP(inputs: inputs, sizes: sizes, activations: activations, using: state)))
        },
    ]

    /// A network constructor: inputs, layer sizes, and either one activation per layer or one for all of them.
    private static func network(
        _ name: String, _ doc: String,
        _ make: @escaping (Int, [Int], [Activation]?, RandomState) -> RuntimeValue
    ) -> Builtin {
        Builtin(name, [.positional("inputs"), .positional("sizes"), .labeled("activations", .void), .labeled("seed", .void)],
                doc: doc) { args, interpreter, position in
            let inputs = try size(args, "inputs")
            guard let sizes = NNConversion.labels(args["sizes"]), !sizes.isEmpty, sizes.allSatisfy({ (1...100_000).contains($0) }) else {
                throw args.error("sizes", "`\(name)` needs the layer sizes as an array of positive Ints, such as [16, 16, 1]")
            }
            let widths = [inputs] + sizes
            guard zip(widths, widths.dropFirst()).reduce(0, { $0 + ($1.0 + 1) * $1.1 }) <= 10_000_000 else {
                throw LanguageError(message: "`\(name)` would have over 10 million parameters", position: position)
            }
            return make(inputs, sizes, try activations(args, layers: sizes.count), try NNConversion.randomState(args, interpreter))
        }
    }

    private static func activations(_ args: Arguments, layers: Int) throws -> [Activation]? {
        let at = args.position(of: "activations")
        switch args["activations"] {
        case .void: return nil
        case .array(let names):
            guard names.count == layers else {
                throw args.error("activations", "`activations:` needs one activation per layer (\(layers)), got \(names.count)")
            }
            return try names.map { try NNConversion.activation($0, at: at) }
        case let one: return Array(repeating: try NNConversion.activation(one, at: at), count: layers)
        }
    }

    private static func size(_ args: Arguments, _ parameter: String) throws -> Int {
        let n = try args.int(parameter)
        guard (1...100_000).contains(n) else { throw args.error(parameter, "`\(parameter)` must be in 1...100000") }
        return n
    }
}
