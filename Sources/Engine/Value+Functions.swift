import Foundation

// The elementary functions, each with its derivative written in terms of the input `x`
// or the output `y`, whichever is simpler.

extension Value {
    /// A one-input operation whose derivative at this input is `derivative`.
    func unary(_ op: String, _ y: Double, derivative: Double) -> Value {
        Value(y, op: op, self, derivative)
    }

    public func exp() -> Value {
        let y = Foundation.exp(data)
        return unary("exp", y, derivative: y)
    }

    public func log() -> Value {
        unary("log", Foundation.log(data), derivative: 1 / data)
    }

    public func sqrt() -> Value {
        let y = Foundation.sqrt(data)
        return unary("sqrt", y, derivative: 0.5 / y)
    }

    public func sin() -> Value {
        unary("sin", Foundation.sin(data), derivative: Foundation.cos(data))
    }

    public func cos() -> Value {
        unary("cos", Foundation.cos(data), derivative: -Foundation.sin(data))
    }

    public func tanh() -> Value {
        let y = Tanh.value(data)
        return unary("tanh", y, derivative: 1 - y * y)
    }

    /// 1 / (1 + e⁻ˣ), computed from e^(−|x|) so that it never overflows.
    public func sigmoid() -> Value {
        let y = StableMath.sigmoid(data)
        return unary("sigmoid", y, derivative: y * (1 - y))
    }

    /// max(0, x); the derivative at 0 is taken as 0, as in micrograd and PyTorch.
    public func relu() -> Value {
        unary("relu", max(0, data), derivative: data > 0 ? 1 : 0)
    }
}
