import Engine

// The engine's micrograd-style networks as swift-nn objects: callable like functions, with `parameters()`
// and `zeroGrad()`. The objects share the engine's `Value`s, so an optimizer stepping `model.parameters()`
// moves the model.

extension Builtins {
    static let networkMethods: [Builtin] = [
        Builtin("callAsFunction", on: "Neuron", [.positional("x")], doc: "`neuron(x)`: act(w·x + b) for one sample, as a Value.") {
            args, _, position in
            let neuron = try args.receiver(NeuronObject.self)
            return .autodiff(neuron.neuron(try neuron.sample(args["x"], inputs: neuron.neuron.weights.count, at: position)))
        },
        Builtin("callAsFunction", on: "Layer", [.positional("x")],
                doc: "`layer(x)`: each neuron's output for one sample; a layer of one neuron gives one Value.") {
            args, _, position in
            let layer = try args.receiver(LayerObject.self)
            let inputs = layer.layer.neurons.first?.weights.count ?? 0
            return outputs(layer.layer(try layer.sample(args["x"], inputs: inputs, at: position)))
        },
        Builtin("callAsFunction", on: "MLP", [.positional("x")],
                doc: "`model(x)`: the network's output for one sample; one Value when the last layer has one neuron.") {
            args, _, position in
            let model = try args.receiver(MLPObject.self)
            let inputs = model.mlp.layers.first?.neurons.first?.weights.count ?? 0
            return outputs(model.mlp(try model.sample(args["x"], inputs: inputs, at: position)))
        },
        Builtin("callAsFunction", on: "TensorMLP", [.positional("x")],
                doc: "`model(x)`: the outputs for a batch, one row per sample, as a tensor.") { args, _, position in
            let model = try args.receiver(TensorMLPObject.self)
            let x = try args.tensor("x")
            return .tensor(try TensorOperators.engine(position) { try model.mlp(x) })
        },
    ] + ["Neuron", "Layer", "MLP", "TensorMLP"].flatMap { type in
        [
            Builtin("parameters", on: type, doc: "The weights and biases, the Values (or tensors) an optimizer moves.") {
                args, _, _ in
                switch try owner(args).engineParameters {
                case .values(let values): .array(values.map(RuntimeValue.autodiff))
                case .tensors(let tensors): .array(tensors.map(RuntimeValue.tensor))
                }
            },
            Builtin("zeroGrad", on: type, doc: "Sets the `grad` of every parameter back to 0, before the next `backward()`.") {
                args, _, _ in
                try owner(args).engineParameters.zeroGrad()
                return .void
            },
        ]
    }

    private static func owner(_ args: Arguments) throws -> ParameterOwner {
        guard case .object(let o as ParameterOwner) = args.receiver else {
            throw LanguageError(message: "`\(args.name)` needs a network, not \(args.receiver.typeName)", position: args.position)
        }
        return o
    }
}

extension ParameterOwner {
    /// One sample's inputs as Values, checked against the number of inputs the network takes.
    func sample(_ value: RuntimeValue, inputs: Int, at position: Position) throws -> [Value] {
        guard let x = NNConversion.values(value) else {
            throw LanguageError(message: "\(typeName) needs one sample: an array of numbers or Values, not \(value.typeName)",
                                position: position)
        }
        guard x.count == inputs else {
            throw LanguageError(message: "\(typeName) takes \(inputs) inputs, got \(x.count)", position: position)
        }
        return x
    }
}

/// micrograd returns a layer's only output as itself, not as a list of one.
private func outputs(_ values: [Value]) -> RuntimeValue {
    values.count == 1 ? .autodiff(values[0]) : .array(values.map(RuntimeValue.autodiff))
}

/// `Neuron(2, activation: "tanh")` or a hand-set `Neuron(weights: [1, 1], bias: -1.5, activation: "step")`.
final class NeuronObject: ParameterOwner {
    let neuron: Neuron

    init(_ neuron: Neuron) {
        self.neuron = neuron
    }

    var typeName: String { "Neuron" }
    static let propertyNames: [String] = ["weights", "bias", "activation"]
    var display: String { "Neuron(\(neuron.weights.count) inputs, \(neuron.activation.name))" }
    var engineParameters: Parameters { .values(neuron.parameters()) }

    func property(_ name: String, at position: Position) throws -> RuntimeValue? {
        switch name {
        case "weights": .array(neuron.weights.map(RuntimeValue.autodiff))
        case "bias": .autodiff(neuron.bias)
        case "activation": .string(neuron.activation.name)
        default: nil
        }
    }

}

/// `Layer(2, 3, activation: "relu")`: neurons side by side, all seeing the same inputs.
final class LayerObject: ParameterOwner {
    let layer: Layer

    init(_ layer: Layer) {
        self.layer = layer
    }

    var typeName: String { "Layer" }
    static let propertyNames: [String] = ["neurons"]
    var display: String {
        "Layer(\(layer.neurons.first?.weights.count ?? 0) → \(layer.neurons.count), \(layer.neurons.first?.activation.name ?? ""))"
    }
    var engineParameters: Parameters { .values(layer.parameters()) }

    func property(_ name: String, at position: Position) throws -> RuntimeValue? {
        name == "neurons" ? .array(layer.neurons.map { .object(NeuronObject($0)) }) : nil
    }

}

/// `MLP(2, [16, 16, 1])`: layers in a row, one scalar `Value` per weight (micrograd's network).
final class MLPObject: ParameterOwner {
    let mlp: MLP

    init(_ mlp: MLP) {
        self.mlp = mlp
    }

    var typeName: String { "MLP" }
    static let propertyNames: [String] = ["layers"]
    var display: String {
        let widths = [mlp.layers.first?.neurons.first?.weights.count ?? 0] + mlp.layers.map(\.neurons.count)
        let names = mlp.layers.map { $0.neurons.first?.activation.name ?? "" }
        return "MLP(\(widths.map(String.init).joined(separator: " → ")); \(names.joined(separator: ", ")); "
            + "\(mlp.parameters().count) parameters)"
    }
    var engineParameters: Parameters { .values(mlp.parameters()) }

    func property(_ name: String, at position: Position) throws -> RuntimeValue? {
        name == "layers" ? .array(mlp.layers.map { .object(LayerObject($0)) }) : nil
    }

}

/// `TensorMLP(2, [16, 16, 1])`: the same network on tensors, a whole batch (one row per sample) per call.
final class TensorMLPObject: ParameterOwner {
    let mlp: TensorMLP

    init(_ mlp: TensorMLP) {
        self.mlp = mlp
    }

    var typeName: String { "TensorMLP" }
    static let propertyNames: [String] = []
    var display: String {
        let widths = [mlp.layers.first?.weight.shape[0] ?? 0] + mlp.layers.map { $0.weight.shape[1] }
        let names = mlp.layers.map(\.activation.name)
        return "TensorMLP(\(widths.map(String.init).joined(separator: " → ")); \(names.joined(separator: ", ")))"
    }
    var engineParameters: Parameters { .tensors(mlp.parameters()) }

    func property(_ name: String, at position: Position) throws -> RuntimeValue? { nil }

}
