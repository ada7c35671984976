/// Seed 001's perceptron: the boundary w·x + b = 0, predicting 1 where w·x + b ≥ 0 and 0
/// elsewhere, and the perceptron trick that moves the line toward a misclassified point.
public struct Perceptron: Sendable, Equatable {
    public var weights: [Double]
    public var bias: Double

    public init(weights: [Double], bias: Double) {
        (self.weights, self.bias) = (weights, bias)
    }

    /// w·x + b.
    public func score(_ x: [Double]) -> Double {
        zip(weights, x).reduce(bias) { $0 + $1.0 * $1.1 }
    }

    /// 1 when the score is at least 0, else 0.
    public func predict(_ x: [Double]) -> Int {
        score(x) >= 0 ? 1 : 0
    }

    /// The perceptron trick: when x with `label` is misclassified, move the line toward it —
    /// w ← w + a·x, b ← b + a if it was predicted 0, and w ← w − a·x, b ← b − a if predicted 1.
    /// Returns whether the line moved.
    @discardableResult
    public mutating func trick(_ x: [Double], label: Int, rate a: Double) -> Bool {
        let predicted = predict(x)
        guard predicted != label else { return false }
        let sign: Double = predicted == 0 ? 1 : -1
        for i in weights.indices { weights[i] += sign * a * x[i] }
        bias += sign * a
        return true
    }

    /// The perceptron algorithm: `epochs` passes over the points in order, applying the trick at
    /// each; returns the line after every pass (the start first), for plotting.
    public mutating func train(points: [[Double]], labels: [Int], rate: Double, epochs: Int) -> [Perceptron] {
        var history = [self]
        for _ in 0..<epochs {
            for (x, label) in zip(points, labels) { trick(x, label: label, rate: rate) }
            history.append(self)
        }
        return history
    }
}
