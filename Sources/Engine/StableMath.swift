import Foundation

/// Scalar formulas written so that they never overflow, shared by `Value`, `Tensor` and the
/// activations.
enum StableMath {
    /// 1 / (1 + e⁻ˣ) from e^(−|x|), which is at most 1.
    static func sigmoid(_ x: Double) -> Double {
        let e = Foundation.exp(-Swift.abs(x))
        return x >= 0 ? 1 / (1 + e) : e / (1 + e)
    }

    /// ln(1 + eˣ) = max(x, 0) + ln(1 + e^(−|x|)).
    static func softplus(_ x: Double) -> Double {
        Swift.max(x, 0) + Foundation.log1p(Foundation.exp(-Swift.abs(x)))
    }
}
