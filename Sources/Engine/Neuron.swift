// A multi-layer perceptron on scalar `Value`s, as in micrograd: a neuron is act(w·x + b), a layer
// is neurons side by side, a network is layers in a row. Every weight is its own Value, so a
// lesson can inspect any of them; a neuron's w·x + b is one `dot` node rather than micrograd's
// chain of 2n multiplications and additions, which makes a training step about ten times faster.

/// One neuron: act(w·x + b). Weights start uniform in [−1, 1) from `state`, the bias at 0.
public struct Neuron {
    public var weights: [Value] { weightList.values }
    public let bias: Value
    public let activation: Activation
    /// The weights as every `dot` node of this neuron shares them.
    let weightList: ValueList

    public init(inputs: Int, activation: Activation = .relu, using state: RandomState) {
        weightList = ValueList(state.uniform(-1, 1, count: inputs).map(Value.init))
        bias = Value(0)
        self.activation = activation
    }

    /// A neuron with the given weights and bias (the lecture's hand-built perceptrons).
    public init(weights: [Double], bias: Double, activation: Activation) {
        weightList = ValueList(weights.map(Value.init))
        self.bias = Value(bias)
        self.activation = activation
    }

    public func callAsFunction(_ x: [Value]) -> Value { self(ValueList(x)) }

    func callAsFunction(_ x: ValueList) -> Value {
        activation(Value.dot(weightList, x, plus: bias))
    }

    public func parameters() -> [Value] { weights + [bias] }
}

/// Neurons that all see the same inputs.
public struct Layer {
    public let neurons: [Neuron]

    public init(inputs: Int, outputs: Int, activation: Activation = .relu, using state: RandomState) {
        neurons = (0..<outputs).map { _ in Neuron(inputs: inputs, activation: activation, using: state) }
    }

    public func callAsFunction(_ x: [Value]) -> [Value] {
        let inputs = ValueList(x)
        return neurons.map { $0(inputs) }
    }

    public func parameters() -> [Value] { neurons.flatMap { $0.parameters() } }
}

/// Layers in a row: `MLP(inputs: 2, sizes: [16, 16, 1])` is micrograd's demo network. By
/// default hidden layers use ReLU and the last layer is linear; `activations` sets each layer's.
public struct MLP {
    public let layers: [Layer]

    public init(inputs: Int, sizes: [Int], activations: [Activation]? = nil, using state: RandomState) {
        let chosen = activations ?? sizes.indices.map { $0 == sizes.count - 1 ? .linear : .relu }
        precondition(chosen.count == sizes.count, "one activation per layer")
        let widths = [inputs] + sizes
        layers = sizes.indices.map { Layer(inputs: widths[$0], outputs: sizes[$0], activation: chosen[$0], using: state) }
    }

    public func callAsFunction(_ x: [Value]) -> [Value] {
        layers.reduce(x) { $1($0) }
    }

    public func callAsFunction(_ x: [Double]) -> [Value] { self(x.map(Value.init)) }

    public func parameters() -> [Value] { layers.flatMap { $0.parameters() } }

    public func zeroGrad() {
        for p in parameters() { p.grad = 0 }
    }
}
