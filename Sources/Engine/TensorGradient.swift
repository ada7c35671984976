/// Gradients of functions of a tensor, computed with `Tensor`'s reverse mode.
public enum TensorGradient {
    /// The value of f at a point and its gradient there, a tensor of the point's shape. For an
    /// f with several output elements, the value and gradient are those of their sum.
    public static func valueAndGradient(
        at point: Tensor,
        of f: (Tensor) throws -> Tensor
    ) rethrows -> (value: Double, gradient: Tensor) {
        let input = Tensor(point.data, shape: point.shape, requiresGrad: true)
        let output = try f(input)
        output.backward()
        return (output.data.reduce(0, +), input.gradient)
    }
}
