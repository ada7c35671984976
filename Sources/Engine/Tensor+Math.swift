import Foundation

// Elementwise functions, each a `UnaryFunction` run by `map`, with its derivative written in
// terms of the input x or the output y, whichever is simpler — the same formulas as `Value`'s.

struct Exponential: UnaryFunction {
    func value(_ x: Double) -> Double { Foundation.exp(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { y }
}

struct Logarithm: UnaryFunction {
    func value(_ x: Double) -> Double { Foundation.log(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { 1 / x }
}

struct SquareRoot: UnaryFunction {
    func value(_ x: Double) -> Double { Foundation.sqrt(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { 0.5 / y }
}

struct Sine: UnaryFunction {
    func value(_ x: Double) -> Double { Foundation.sin(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { Foundation.cos(x) }
}

struct Cosine: UnaryFunction {
    func value(_ x: Double) -> Double { Foundation.cos(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { -Foundation.sin(x) }
}

struct HyperbolicTangent: UnaryFunction {
    func value(_ x: Double) -> Double { Tanh.value(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { 1 - y * y }
    func values(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        Tanh.values(x, into: y)
    }
}

struct AbsoluteValue: UnaryFunction {
    func value(_ x: Double) -> Double { Swift.abs(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { x > 0 ? 1 : x < 0 ? -1 : 0 }
}

struct Sigmoid: UnaryFunction {
    func value(_ x: Double) -> Double { StableMath.sigmoid(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { y * (1 - y) }
}

struct Rectifier: UnaryFunction {
    func value(_ x: Double) -> Double { Swift.max(0, x) }
    func derivative(_ x: Double, _ y: Double) -> Double { x > 0 ? 1 : 0 }
}

struct LeakyRectifier: UnaryFunction {
    let slope: Double
    func value(_ x: Double) -> Double { x > 0 ? x : slope * x }
    func derivative(_ x: Double, _ y: Double) -> Double { x > 0 ? 1 : slope }
}

struct ExponentialLinear: UnaryFunction {
    let alpha: Double
    func value(_ x: Double) -> Double { x > 0 ? x : alpha * Foundation.expm1(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { x > 0 ? 1 : y + alpha }
}

struct Softplus: UnaryFunction {
    func value(_ x: Double) -> Double { StableMath.softplus(x) }
    func derivative(_ x: Double, _ y: Double) -> Double { StableMath.sigmoid(x) }
}

struct Swish: UnaryFunction {
    func value(_ x: Double) -> Double { x * StableMath.sigmoid(x) }
    func derivative(_ x: Double, _ y: Double) -> Double {
        let s = StableMath.sigmoid(x)
        return s + y * (1 - s)
    }
}

/// A function that is constant between its jumps (step, sign): derivative 0 wherever it exists.
struct StepFunction: UnaryFunction {
    let below: Double, atZero: Double, above: Double
    func value(_ x: Double) -> Double { x > 0 ? above : x < 0 ? below : atZero }
    func derivative(_ x: Double, _ y: Double) -> Double { 0 }
}

struct Clip: UnaryFunction {
    let low: Double, high: Double
    func value(_ x: Double) -> Double { Swift.min(Swift.max(x, low), high) }
    func derivative(_ x: Double, _ y: Double) -> Double { x > low && x < high ? 1 : 0 }
}

struct Maximum: DifferentiableBinaryFunction {
    func value(_ x: Double, _ y: Double) -> Double { Swift.max(x, y) }
    func partials(_ x: Double, _ y: Double, _ z: Double) -> (Double, Double) { x >= y ? (1, 0) : (0, 1) }
}

extension Tensor {
    /// f applied to every element; backward multiplies the gradient by f′ at each element.
    func map<F: UnaryFunction>(_ op: String, _ f: F) -> Tensor {
        let x = data
        let y = x.withUnsafeBufferPointer { x in
            [Double](count: x.count) { y in f.values(x, into: y) }
        }
        guard requiresGrad else { return Tensor(y, shape: shape) }
        return Tensor.result(y, shape: shape, op: op, parents: [self]) { gradient in
            [x.withUnsafeBufferPointer { x in
                y.withUnsafeBufferPointer { y in
                    gradient.withUnsafeBufferPointer { gradient in
                        [Double](count: x.count) { dx in
                            for i in x.indices { dx[i] = f.derivative(x[i], y[i]) * gradient[i] }
                        }
                    }
                }
            }]
        }
    }

    public func exp() -> Tensor { map("exp", Exponential()) }
    public func log() -> Tensor { map("log", Logarithm()) }
    public func sqrt() -> Tensor { map("sqrt", SquareRoot()) }
    public func sin() -> Tensor { map("sin", Sine()) }
    public func cos() -> Tensor { map("cos", Cosine()) }
    public func tanh() -> Tensor { map("tanh", HyperbolicTangent()) }

    /// |x|; the derivative at 0 is taken as 0, as numpy's sign and PyTorch do.
    public func abs() -> Tensor { map("abs", AbsoluteValue()) }

    /// 1 / (1 + e⁻ˣ), computed from e^(−|x|) so that it never overflows.
    public func sigmoid() -> Tensor { map("sigmoid", Sigmoid()) }

    /// max(0, x); the derivative at 0 is taken as 0.
    public func relu() -> Tensor { map("relu", Rectifier()) }

    /// x for x > 0, slope·x otherwise (seed 004's max(0.1x, x) by default).
    public func leakyRelu(slope: Double = 0.1) -> Tensor { map("leakyRelu", LeakyRectifier(slope: slope)) }

    /// x for x > 0, α(eˣ − 1) otherwise.
    public func elu(alpha: Double = 1) -> Tensor { map("elu", ExponentialLinear(alpha: alpha)) }

    /// ln(1 + eˣ), whose derivative is σ(x); computed without overflow for large x.
    public func softplus() -> Tensor { map("softplus", Softplus()) }

    /// x·σ(x) (also called SiLU).
    public func swish() -> Tensor { map("swish", Swish()) }

    /// The unit step: 0 for x < 0, 1 for x > 0 and `atZero` at 0 (seed 004's table takes ½;
    /// seed 001's perceptron, 1). Its derivative is 0 wherever it exists.
    public func step(atZero: Double = 0.5) -> Tensor { map("step", StepFunction(below: 0, atZero: atZero, above: 1)) }

    /// The sign: −1, 0 or 1; derivative 0.
    public func sign() -> Tensor { map("sign", StepFunction(below: -1, atZero: 0, above: 1)) }

    /// Clamped to [low, high]; slope 1 inside, 0 outside.
    public func clip(_ low: Double, _ high: Double) -> Tensor { map("clip", Clip(low: low, high: high)) }

    /// Seed 004's piecewise-linear unit: 0 up to −½, then x + ½, then 1 from ½ on.
    public func piecewiseLinear() -> Tensor {
        (self + 0.5).clip(0, 1)
    }
}

/// The larger of a and b elementwise, with broadcasting; the gradient goes to the larger
/// (to `a` on a tie). With several pieces this is the maxout unit.
public func maximum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try Tensor.combine("maximum", a, b, Maximum())
}

/// Maxout: the elementwise maximum of several linear pieces, max(w₁ᵀx + b₁, w₂ᵀx + b₂, …).
public func maxout(_ pieces: [Tensor]) throws -> Tensor {
    guard var result = pieces.first else { throw EngineError("maxout needs at least one piece") }
    for piece in pieces.dropFirst() { result = try maximum(result, piece) }
    return result
}
