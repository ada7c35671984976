import Foundation

/// Seed 001's logistic regression: ŷ = σ(w·x + b), the error E = −(1/m)Σ[y ln ŷ + (1 − y) ln(1 − ŷ)],
/// and the gradient-descent update w ← w + α(y − ŷ)x, b ← b + α(y − ŷ), applied point by point.
public struct LogisticRegression: Sendable, Equatable {
    public var weights: [Double]
    public var bias: Double

    public init(weights: [Double], bias: Double = 0) {
        (self.weights, self.bias) = (weights, bias)
    }

    /// Starts with weights drawn as numpy's `np.random.normal(scale=1/n**.5, size=n)` would.
    public init(features n: Int, using state: RandomState) {
        self.init(weights: state.normal(0, 1 / Double(n).squareRoot(), count: n))
    }

    /// ŷ = σ(w·x + b), the probability that x has label 1.
    public func probability(_ x: [Double]) -> Double {
        StableMath.sigmoid(zip(weights, x).reduce(bias) { $0 + $1.0 * $1.1 })
    }

    /// The mean binary cross-entropy over the points.
    public func error(points: [[Double]], labels: [Double]) -> Double {
        let total = zip(points, labels).reduce(0.0) { sum, sample in
            let p = probability(sample.0)
            return sum - (sample.1 * Foundation.log(p) + (1 - sample.1) * Foundation.log(1 - p))
        }
        return total / Double(points.count)
    }

    /// One update from one point: w ← w + α(y − ŷ)x, b ← b + α(y − ŷ).
    public mutating func update(_ x: [Double], label y: Double, rate α: Double) {
        let difference = y - probability(x)
        for i in weights.indices { weights[i] += α * difference * x[i] }
        bias += α * difference
    }

    /// `epochs` passes over the points in order; returns the error before training and after each pass.
    public mutating func train(points: [[Double]], labels: [Double], rate: Double, epochs: Int) -> [Double] {
        var errors = [error(points: points, labels: labels)]
        for _ in 0..<epochs {
            for (x, y) in zip(points, labels) { update(x, label: y, rate: rate) }
            errors.append(error(points: points, labels: labels))
        }
        return errors
    }
}
