import Engine

// The engine's micrograd-style networks as swift-nn objects: callable like functions, with `parameters()`
// and `zeroGrad()`. The objects share the engine's `Value`s, so an optimizer stepping `model.parameters()`
// moves the model.

extension ParameterOwner {
    /// `parameters()` and `zeroGrad()`, which every network has; nil for other names.
    func parameterMethod(_ name: String, _ args: [CallArgument], _ interpreter: Interpreter, _ position: Position) throws
        -> RuntimeValue?
    {
        switch name {
        case "parameters":
            return try bound(name, [], args, interpreter, position) { _ in
                switch self.engineParameters {
                case .values(let values): .array(values.map(RuntimeValue.autodiff))
                case .tensors(let tensors): .array(tensors.map(RuntimeValue.tensor))
                }
            }
        case "zeroGrad":
            return try bound(name, [], args, interpreter, position) { _ in
                self.engineParameters.zeroGrad()
                return .void
            }
        default: return nil
        }
    }

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
    var memberNames: [String] { ["weights", "bias", "activation", "parameters", "zeroGrad"] }
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

    func method(_ name: String, _ args: [CallArgument], _ interpreter: Interpreter, at position: Position) throws
        -> RuntimeValue?
    {
        guard name == "callAsFunction" else { return try parameterMethod(name, args, interpreter, position) }
        return try bound(name, [.positional("x")], args, interpreter, position) { args in
            .autodiff(self.neuron(try self.sample(args["x"], inputs: self.neuron.weights.count, at: position)))
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
    var memberNames: [String] { ["neurons", "parameters", "zeroGrad"] }
    var display: String {
        "Layer(\(layer.neurons.first?.weights.count ?? 0) → \(layer.neurons.count), \(layer.neurons.first?.activation.name ?? ""))"
    }
    var engineParameters: Parameters { .values(layer.parameters()) }

    func property(_ name: String, at position: Position) throws -> RuntimeValue? {
        name == "neurons" ? .array(layer.neurons.map { .object(NeuronObject($0)) }) : nil
    }

    func method(_ name: String, _ args: [CallArgument], _ interpreter: Interpreter, at position: Position) throws
        -> RuntimeValue?
    {
        guard name == "callAsFunction" else { return try parameterMethod(name, args, interpreter, position) }
        let inputs = layer.neurons.first?.weights.count ?? 0
        return try bound(name, [.positional("x")], args, interpreter, position) { args in
            outputs(self.layer(try self.sample(args["x"], inputs: inputs, at: position)))
        }
    }
}

/// `MLP(2, [16, 16, 1])`: layers in a row, one scalar `Value` per weight (micrograd's network).
final class MLPObject: ParameterOwner {
    let mlp: MLP

    init(_ mlp: MLP) {
        self.mlp = mlp
    }

    var typeName: String { "MLP" }
    var memberNames: [String] { ["layers", "parameters", "zeroGrad"] }
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

    func method(_ name: String, _ args: [CallArgument], _ interpreter: Interpreter, at position: Position) throws
        -> RuntimeValue?
    {
        guard name == "callAsFunction" else { return try parameterMethod(name, args, interpreter, position) }
        let inputs = mlp.layers.first?.neurons.first?.weights.count ?? 0
        return try bound(name, [.positional("x")], args, interpreter, position) { args in
            outputs(self.mlp(try self.sample(args["x"], inputs: inputs, at: position)))
        }
    }
}

/// `TensorMLP(2, [16, 16, 1])`: the same network on tensors, a whole batch (one row per sample) per call.
final class TensorMLPObject: ParameterOwner {
    let mlp: TensorMLP

    init(_ mlp: TensorMLP) {
        self.mlp = mlp
    }

    var typeName: String { "TensorMLP" }
    var memberNames: [String] { ["parameters", "zeroGrad"] }
    var display: String {
        let widths = [mlp.layers.first?.weight.shape[0] ?? 0] + mlp.layers.map { $0.weight.shape[1] }
        let names = mlp.layers.map(\.activation.name)
        return "TensorMLP(\(widths.map(String.init).joined(separator: " → ")); \(names.joined(separator: ", ")))"
    }
    var engineParameters: Parameters { .tensors(mlp.parameters()) }

    func property(_ name: String, at position: Position) throws -> RuntimeValue? { nil }

    func method(_ name: String, _ args: [CallArgument], _ interpreter: Interpreter, at position: Position) throws
        -> RuntimeValue?
    {
        guard name == "callAsFunction" else { return try parameterMethod(name, args, interpreter, position) }
        return try bound(name, [.positional("x")], args, interpreter, position) { args in
            let x = try args.tensor("x")
            return .tensor(try TensorOperators.engine(position) { try self.mlp(x) })
        }
    }
}
