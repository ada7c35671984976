import Foundation

// The losses on scalar `Value`s, for micrograd-style networks and for lecture arithmetic:
// `binaryCrossEntropy([0.8, 0.7, 0.1].map(Value.init), [1, 1, 0], reduction: .sum).data` is 0.69….

extension Reduction {
    func apply(_ terms: [Value]) -> Value {
        let total = Value.sum(terms)
        switch self {
        case .mean: return total / Double(Swift.max(terms.count, 1))
        case .sum: return total
        }
    }
}

/// Mean squared error, mean((p − y)²).
public func mse(_ predictions: [Value], _ targets: [Double]) -> Value {
    Reduction.mean.apply(zip(predictions, targets).map { pow($0 - $1, 2) })
}

/// Binary cross-entropy: −[y·ln p + (1 − y)·ln(1 − p)] per sample.
public func binaryCrossEntropy(_ probabilities: [Value], _ labels: [Double], reduction: Reduction = .mean) -> Value {
    reduction.apply(zip(probabilities, labels).map { p, y in -(y * p.log() + (1 - y) * (1 - p).log()) })
}

/// The softmax of scores: e^zᵢ / Σⱼ e^zⱼ, shifted by the largest score so that e^z stays finite.
public func softmax(_ scores: [Value]) -> [Value] {
    let largest = scores.map(\.data).max() ?? 0
    let e = scores.map { ($0 - largest).exp() }
    let total = Value.sum(e)
    return e.map { $0 / total }
}

/// Cross-entropy with softmax for one sample: −ln softmax(z)[label].
public func crossEntropy(logits: [Value], label: Int) -> Value {
    -softmax(logits)[label].log()
}

/// The max-margin (hinge) loss of scores against labels y ∈ {−1, 1}: mean(relu(1 − y·s)).
public func hinge(_ scores: [Value], _ labels: [Double]) -> Value {
    Reduction.mean.apply(zip(scores, labels).map { (1 - $1 * $0).relu() })
}

/// The L1 penalty Σ|w|.
public func l1(_ parameters: [Value]) -> Value {
    Reduction.sum.apply(parameters.map { $0.abs() })
}

/// The L2 penalty Σw².
public func l2(_ parameters: [Value]) -> Value {
    Reduction.sum.apply(parameters.map { $0 * $0 })
}

/// Inverted dropout on Values, with the same draws and rule as the tensor version.
public func dropout(_ x: [Value], rate: Double, using state: RandomState) throws -> [Value] {
    try checkDropout(rate)
    let keep = 1 - rate
    return zip(x, state.random(x.count)).map { $1 < keep ? $0 * (1 / keep) : $0 * 0 }
}
