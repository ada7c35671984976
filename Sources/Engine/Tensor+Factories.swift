import Foundation

// Tensors made from a shape or a range, as numpy's constructors make them: `linspace` and
// `arange` compute each element the way numpy does, so they agree to the last bit.

extension Tensor {
    /// A tensor of one repeated value.
    public static func full(_ shape: [Int], _ value: Double) -> Tensor {
        Tensor(Array(repeating: value, count: shape.reduce(1, *)), shape: shape)
    }

    public static func zeros(_ shape: [Int]) -> Tensor { full(shape, 0) }
    public static func ones(_ shape: [Int]) -> Tensor { full(shape, 1) }

    /// The n×n identity matrix.
    public static func eye(_ n: Int) -> Tensor {
        Tensor((0..<(n * n)).map { $0 / n == $0 % n ? 1 : 0 }, shape: [n, n])
    }

    /// `count` evenly spaced numbers from `start` to `stop`, both included: start + i·step with
    /// step = (stop − start)/(count − 1), and the last set to `stop` exactly, as numpy does.
    public static func linspace(_ start: Double, _ stop: Double, _ count: Int = 50) -> Tensor {
        let step = (stop - start) / Double(Swift.max(count - 1, 1))
        var values = (0..<count).map { Double($0) * step + start }
        if count > 1 { values[count - 1] = stop }
        return Tensor(values)
    }

    /// start, start + step, … up to but excluding `stop`. numpy writes start and start + step,
    /// then start + i·((start + step) − start), and the count is ⌈(stop − start)/step⌉; so does this.
    public static func arange(_ start: Double, _ stop: Double, _ step: Double = 1) throws -> Tensor {
        guard step != 0 else { throw EngineError("arange: step must not be zero") }
        let length = ((stop - start) / step).rounded(.up)
        guard !length.isNaN else { throw EngineError("arange: cannot compute length") }
        guard length <= Double(maximumCount) else {
            throw EngineError("arange: \(length) elements would be more than \(maximumCount)")
        }
        // A negative length (stop far below start) can be beyond Int's range, so it is never converted.
        let count = length > 0 ? Int(length) : 0
        let delta = (start + step) - start
        return Tensor((0..<count).map { i in
            i == 0 ? start : i == 1 ? start + step : start + Double(i) * delta
        })
    }

    /// Uniform draws in [0, 1) from a numpy-exact stream, in row-major order (`np.random.random(shape)`).
    public static func random(_ shape: [Int], using state: RandomState) -> Tensor {
        Tensor(state.random(shape.reduce(1, *)), shape: shape)
    }

    /// Standard normal draws from a numpy-exact stream (`np.random.randn(*shape)`).
    public static func randn(_ shape: [Int], using state: RandomState) -> Tensor {
        Tensor(state.randn(shape.reduce(1, *)), shape: shape)
    }
}
