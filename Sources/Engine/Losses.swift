import Foundation

// Loss functions on tensors, each a composition of differentiable operations, so that their
// gradients come from the same backward steps as everything else.

/// How a loss combines its per-sample terms.
public enum Reduction: Sendable {
    /// The average (PyTorch's default, and the lectures' E = −(1/m)Σ…).
    case mean
    /// The total (the lectures' cross-entropy examples, 0.69 and 5.12).
    case sum

    func apply(_ terms: Tensor) throws -> Tensor {
        switch self {
        case .mean: try terms.mean()
        case .sum: try terms.sum()
        }
    }
}

/// Mean squared error, mean((p − y)²).
public func mse(_ predictions: Tensor, _ targets: Tensor) throws -> Tensor {
    try pow(predictions - targets, 2).mean()
}

/// Binary cross-entropy of probabilities p against labels y ∈ {0, 1}:
/// −[y·ln p + (1 − y)·ln(1 − p)] per sample.
public func binaryCrossEntropy(_ probabilities: Tensor, _ labels: Tensor, reduction: Reduction = .mean) throws -> Tensor {
    let terms = try labels * probabilities.log() + (1 - labels) * (1 - probabilities).log()
    return try reduction.apply(-terms)
}

/// Binary cross-entropy from scores z, where p = σ(z): softplus(z) − y·z per sample, which stays
/// finite however confident the scores are.
public func binaryCrossEntropy(logits: Tensor, _ labels: Tensor, reduction: Reduction = .mean) throws -> Tensor {
    try reduction.apply(logits.softplus() - labels * logits)
}

/// The softmax along `axis`: e^zᵢ / Σⱼ e^zⱼ, computed after subtracting the largest score (a
/// constant shift that changes nothing but keeps e^z finite).
public func softmax(_ scores: Tensor, axis: Int = -1) throws -> Tensor {
    let shifted = try scores - scores.max(axis: axis, keepDims: true).detached()
    let e = shifted.exp()
    return try e / e.sum(axis: axis, keepDims: true)
}

/// ln softmax along `axis`: z − max − ln Σ e^(z − max).
public func logSoftmax(_ scores: Tensor, axis: Int = -1) throws -> Tensor {
    let shifted = try scores - scores.max(axis: axis, keepDims: true).detached()
    return try shifted - shifted.exp().sum(axis: axis, keepDims: true).log()
}

/// Cross-entropy with softmax: scores of shape (samples, classes) and each sample's class index;
/// −ln softmax(z)[label] per sample.
public func crossEntropy(logits: Tensor, labels: [Int], reduction: Reduction = .mean) throws -> Tensor {
    guard logits.rank == 2, logits.shape[0] == labels.count else {
        throw EngineError("crossEntropy needs scores of shape (samples, classes) and one label per sample")
    }
    let classes = logits.shape[1]
    guard labels.allSatisfy({ (0..<classes).contains($0) }) else {
        throw EngineError("a label is outside 0..<\(classes)")
    }
    let picked = try logSoftmax(logits).flattened().rows(labels.enumerated().map { $0 * classes + $1 })
    return try reduction.apply(-picked)
}

/// Seed 001's multi-class cross-entropy of probabilities against one-hot labels: −Σ yᵢⱼ·ln pᵢⱼ.
public func crossEntropy(probabilities: Tensor, oneHot: Tensor, reduction: Reduction = .sum) throws -> Tensor {
    let terms = try oneHot * probabilities.log()
    return try reduction.apply(-(terms.rank > 1 ? terms.sum(axis: -1) : terms.sum()))
}

/// The max-margin (hinge) loss of scores against labels y ∈ {−1, 1}: mean(relu(1 − y·s)).
public func hinge(_ scores: Tensor, _ labels: Tensor) throws -> Tensor {
    try (1 - labels * scores).relu().mean()
}

/// The L1 penalty Σ|w| over every element of the given tensors.
public func l1(_ parameters: [Tensor]) throws -> Tensor {
    try parameters.reduce(Tensor(scalar: 0)) { try $0 + $1.abs().sum() }
}

/// The L2 penalty Σw² over every element of the given tensors.
public func l2(_ parameters: [Tensor]) throws -> Tensor {
    try parameters.reduce(Tensor(scalar: 0)) { try $0 + pow($1, 2).sum() }
}

/// A dropout rate must leave something to keep: 0 ≤ rate < 1.
func checkDropout(_ rate: Double) throws {
    guard (0..<1).contains(rate) else { throw EngineError("a dropout rate is in [0, 1), got \(rate)") }
}

/// Inverted dropout: each element is kept with probability 1 − rate and scaled by 1/(1 − rate),
/// so the expected value is unchanged; a uniform draw u < 1 − rate keeps it, one draw per element
/// in row-major order (numpy's `np.random.random(x.shape) < 1 - rate`).
public func dropout(_ x: Tensor, rate: Double, using state: RandomState) throws -> Tensor {
    try checkDropout(rate)
    let keep = 1 - rate
    let mask = state.random(x.count).map { $0 < keep ? 1 / keep : 0 }
    return try x * Tensor(mask, shape: x.shape)
}
