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
}
