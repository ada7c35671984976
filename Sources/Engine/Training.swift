/// A scalar that a training loop can differentiate: a `Value`, or a `Tensor` (its elements summed).
public protocol Loss: AnyObject {
    /// The number the loss stands for.
    var lossValue: Double { get }
    /// Fills in the gradients of everything the loss depends on.
    func backward()
}

extension Value: Loss {
    public var lossValue: Double { data }
}

extension Tensor: Loss {
    public var lossValue: Double { data.reduce(0, +) }
}

/// The index batches of one epoch: 0..<count, shuffled by `state` exactly as numpy's
/// `permutation(count)` would (or in order when `state` is nil), cut into runs of `size`;
/// the last run may be shorter.
public func minibatches(count: Int, size: Int, shuffledBy state: RandomState?) throws -> [[Int]] {
    guard size > 0 else { throw EngineError("a minibatch needs at least one sample, got a batch size of \(size)") }
    guard (0...Tensor.maximumCount).contains(count) else {
        throw EngineError("minibatches need a sample count in 0...\(Tensor.maximumCount), got \(count)")
    }
    let order = state?.permutation(count) ?? Array(0..<count)
    return stride(from: 0, to: count, by: size).map { Array(order[$0..<Swift.min($0 + size, count)]) }
}

/// What a training run recorded, epoch by epoch.
public struct TrainingHistory: Sendable, Equatable {
    /// The mean minibatch loss of each epoch.
    public var losses: [Double] = []
    /// The validation loss after each epoch, when one was given.
    public var validationLosses: [Double] = []
    /// Whether early stopping ended the run before its epoch count.
    public var stoppedEarly = false
}

/// Minibatch stochastic gradient descent: each epoch visits every sample once, in batches of
/// `batchSize` (all of them: batch gradient descent; one: stochastic), taking one optimizer step
/// per batch. `loss` receives a batch's sample indices. With `validation`, training stops once
/// the validation loss has not improved for `patience` epochs.
public func train<L: Loss>(
    _ optimizer: Optimizer, samples: Int, batchSize: Int, epochs: Int, shuffledBy state: RandomState?,
    validation: (() throws -> Double)? = nil, patience: Int = 10,
    loss: ([Int]) throws -> L
) throws -> TrainingHistory {
    var history = TrainingHistory()
    var stopping = EarlyStopping(patience: patience)
    for epoch in 0..<epochs {
        var total = 0.0
        let batches = try minibatches(count: samples, size: batchSize, shuffledBy: state)
        for batch in batches {
            optimizer.zeroGrad()
            let value = try loss(batch)
            value.backward()
            optimizer.step()
            total += value.lossValue
        }
        history.losses.append(total / Double(batches.count))
        if let validation {
            let score = try validation()
            history.validationLosses.append(score)
            if stopping.shouldStop(after: score) {
                history.stoppedEarly = epoch < epochs - 1
                break
            }
        }
    }
    return history
}
