/// An activation function from seed 004's table, usable on a Double, a `Value` or a `Tensor`.
/// Each is written once, on `Value`s and `Tensor`s; a Double goes through a `Value`, so its
/// derivative comes from the same autodiff as everything else.
public enum Activation: Sendable, Equatable {
    case linear
    /// The unit step, ½ at 0.
    case step
    case sign
    /// 0 up to −½, x + ½ between, 1 from ½.
    case piecewiseLinear
    case sigmoid
    case tanh
    case relu
    /// max(slope·x, x).
    case leakyRelu(slope: Double = 0.1)
    /// x for x > 0, α(eˣ − 1) otherwise.
    case elu(alpha: Double = 1)
    /// ln(1 + eˣ).
    case softplus
    /// x·σ(x).
    case swish

    /// Every activation, in the order of seed 004's table and its "modern choices".
    public static let all: [Activation] = [
        .step, .sign, .linear, .piecewiseLinear, .sigmoid, .tanh, .relu, .softplus, .leakyRelu(), .elu(), .swish,
    ]

    /// The name a lesson writes: "relu", "leakyRelu", ….
    public var name: String {
        switch self {
        case .linear: "linear"
        case .step: "step"
        case .sign: "sign"
        case .piecewiseLinear: "piecewiseLinear"
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .relu: "relu"
        case .leakyRelu: "leakyRelu"
        case .elu: "elu"
        case .softplus: "softplus"
        case .swish: "swish"
        }
    }

    public func callAsFunction(_ x: Value) -> Value {
        switch self {
        case .linear: x
        case .step: x.step()
        case .sign: x.sign()
        case .piecewiseLinear: x.piecewiseLinear()
        case .sigmoid: x.sigmoid()
        case .tanh: x.tanh()
        case .relu: x.relu()
        case .leakyRelu(let slope): x.leakyRelu(slope: slope)
        case .elu(let alpha): x.elu(alpha: alpha)
        case .softplus: x.softplus()
        case .swish: x.swish()
        }
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        switch self {
        case .linear: x
        case .step: x.step()
        case .sign: x.sign()
        case .piecewiseLinear: x.piecewiseLinear()
        case .sigmoid: x.sigmoid()
        case .tanh: x.tanh()
        case .relu: x.relu()
        case .leakyRelu(let slope): x.leakyRelu(slope: slope)
        case .elu(let alpha): x.elu(alpha: alpha)
        case .softplus: x.softplus()
        case .swish: x.swish()
        }
    }

    public func callAsFunction(_ x: Double) -> Double {
        self(Value(x)).data
    }

    /// The derivative at x (0 at a kink or a jump, as the backward steps take it).
    public func derivative(_ x: Double) -> Double {
        let input = Value(x)
        self(input).backward()
        return input.grad
    }
}
