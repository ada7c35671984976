/// Gradients of ordinary functions of several variables, computed with `Value`.
public enum Gradient {
    /// Value and gradient of f at a point (reverse mode, one backward pass).
    public static func valueAndGradient(
        at point: [Double],
        of f: ([Value]) throws -> Value
    ) rethrows -> (value: Double, gradient: [Double]) {
        let inputs = point.map(Value.init)
        let output = try f(inputs)
        output.backward()
        return (output.data, inputs.map(\.grad))
    }

    /// Value and derivative of a function of one variable: `valueAndGradient` without the arrays, which were a
    /// fifth of the allocations of a call.
    public static func valueAndDerivative(at x: Double, of f: (Value) throws -> Value) rethrows
        -> (value: Double, derivative: Double)
    {
        let input = Value(x)
        let output = try f(input)
        output.backward()
        return (output.data, input.grad)
    }
}
