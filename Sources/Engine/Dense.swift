// The same networks on tensors: a layer is act(X·W + b) for a whole batch X at once, so a graph
// has a handful of nodes per layer instead of one per weight.

/// A fully connected layer, act(X·W + b), with W of shape (inputs, outputs). Initialised like
/// `Layer` with the same `state`: neuron j's weights are column j, drawn in the same order, so a
/// `TensorMLP` and an `MLP` made from equal seeds compute the same function.
public struct Dense {
    public let weight: Tensor
    public let bias: Tensor
    public let activation: Activation

    public init(inputs: Int, outputs: Int, activation: Activation = .relu, using state: RandomState) {
        let byNeuron = state.uniform(-1, 1, count: inputs * outputs)
        let columns = (0..<(inputs * outputs)).map { byNeuron[($0 % outputs) * inputs + $0 / outputs] }
        weight = Tensor(columns, shape: [inputs, outputs], requiresGrad: true)
        bias = Tensor(Array(repeating: 0, count: outputs), shape: [outputs], requiresGrad: true)
        self.activation = activation
    }

    /// A layer starting from copies of the given weights (shape (inputs, outputs)) and biases.
    public init(weight: Tensor, bias: Tensor, activation: Activation) {
        self.weight = Tensor(weight.data, shape: weight.shape, requiresGrad: true)
        self.bias = Tensor(bias.data, shape: bias.shape, requiresGrad: true)
        self.activation = activation
    }

    /// The layer applied to a batch (one row per sample) or to one sample (1-d).
    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        activation(try matmul(x, weight) + bias)
    }

    public func parameters() -> [Tensor] { [weight, bias] }
}

/// Dense layers in a row; the tensor counterpart of `MLP`, with the same defaults.
public struct TensorMLP {
    public let layers: [Dense]

    public init(inputs: Int, sizes: [Int], activations: [Activation]? = nil, using state: RandomState) {
        let chosen = activations ?? sizes.indices.map { $0 == sizes.count - 1 ? .linear : .relu }
        precondition(chosen.count == sizes.count, "one activation per layer")
        let widths = [inputs] + sizes
        layers = sizes.indices.map { Dense(inputs: widths[$0], outputs: sizes[$0], activation: chosen[$0], using: state) }
    }

    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        try layers.reduce(x) { try $1($0) }
    }

    public func parameters() -> [Tensor] { layers.flatMap { $0.parameters() } }

    public func zeroGrad() {
        for p in parameters() { p.zeroGrad() }
    }
}
