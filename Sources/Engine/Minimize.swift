import Foundation

/// Which optimizer `minimize` runs, with its settings (the learning rate is given separately).
public enum Method: Sendable, Equatable {
    case gd
    case momentum(beta: Double = 0.9)
    case nesterov(beta: Double = 0.9)
    case adagrad(epsilon: Double = 1e-10)
    case rmsprop(rho: Double = 0.9, epsilon: Double = 1e-8)
    case adam(beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8)

    /// The optimizer this method names, over `parameters`.
    public func optimizer(_ parameters: Parameters, lr: Schedule, maximize: Bool = false) -> Optimizer {
        switch self {
        case .gd: GD(parameters, lr: lr, maximize: maximize)
        case .momentum(let beta): Momentum(parameters, lr: lr, beta: beta, maximize: maximize)
        case .nesterov(let beta): Nesterov(parameters, lr: lr, beta: beta, maximize: maximize)
        case .adagrad(let epsilon): Adagrad(parameters, lr: lr, epsilon: epsilon, maximize: maximize)
        case .rmsprop(let rho, let epsilon): RMSProp(parameters, lr: lr, rho: rho, epsilon: epsilon, maximize: maximize)
        case .adam(let beta1, let beta2, let epsilon):
            Adam(parameters, lr: lr, beta1: beta1, beta2: beta2, epsilon: epsilon, maximize: maximize)
        }
    }
}

/// The path of an optimization, for plotting: the points visited, starting with the start, and
/// the loss at each; `validationLosses` when early stopping watched one.
public struct Trajectory: Sendable, Equatable {
    /// Every point visited, the start first; each is the point's elements in row-major order.
    public var points: [[Double]]
    /// The loss at each point of `points`.
    public var losses: [Double]
    /// The validation loss at each point, when one was given.
    public var validationLosses: [Double]
    /// Whether early stopping ended the run before its step count.
    public var stoppedEarly: Bool

    /// The last point.
    public var final: [Double] { points[points.count - 1] }
    /// The loss at the last point.
    public var finalLoss: Double { losses[losses.count - 1] }
}

/// Follows the gradient of f from `start` for `steps` steps with the given method and learning
/// rate (uphill when `maximize`), and returns every point and loss on the way. With `validation`,
/// the run stops early once the validation loss has not improved for `patience` steps.
public func minimize(
    _ f: (Tensor) throws -> Tensor, from start: Tensor, method: Method = .gd, lr: Schedule = 0.01,
    steps: Int = 100, maximize: Bool = false,
    validation: ((Tensor) throws -> Double)? = nil, patience: Int = 10
) throws -> Trajectory {
    try descend(from: start, method: method, lr: lr, steps: steps, maximize: maximize,
                validation: validation, patience: patience) { x in
        let loss = try f(x).sum()
        loss.backward()
        return (loss.data[0], x.grad ?? Array(repeating: 0, count: x.count))
    }
}

/// `minimize` for a function of several scalars written with `Value`s; the point is a 1-d array.
public func minimize(
    _ f: ([Value]) throws -> Value, from start: [Double], method: Method = .gd, lr: Schedule = 0.01,
    steps: Int = 100, maximize: Bool = false
) throws -> Trajectory {
    try descend(from: Tensor(start), method: method, lr: lr, steps: steps, maximize: maximize,
                validation: nil, patience: 0) { x in
        try Gradient.valueAndGradient(at: x.data, of: f)
    }
}

/// The loop behind both `minimize`s: evaluate, record, maybe stop, step.
private func descend(
    from start: Tensor, method: Method, lr: Schedule, steps: Int, maximize: Bool,
    validation: ((Tensor) throws -> Double)?, patience: Int,
    valueAndGradient: (Tensor) throws -> (Double, [Double])
) throws -> Trajectory {
    let x = Tensor(start.data, shape: start.shape, requiresGrad: true)
    let optimizer = method.optimizer(.tensors([x]), lr: lr, maximize: maximize)
    var trajectory = Trajectory(points: [], losses: [], validationLosses: [], stoppedEarly: false)
    var stopping = EarlyStopping(patience: patience)
    for step in 0...steps {
        x.zeroGrad()
        let (loss, gradient) = try valueAndGradient(x)
        trajectory.points.append(x.data)
        trajectory.losses.append(loss)
        if let validation {
            let score = try validation(x.detached())
            trajectory.validationLosses.append(score)
            if stopping.shouldStop(after: score) {
                trajectory.stoppedEarly = step < steps
                break
            }
        }
        guard step < steps else { break }
        x.grad = gradient
        optimizer.step()
    }
    return trajectory
}

/// Watches a validation loss and says when it has stopped improving: after `patience` checks
/// in a row without a new best (by more than `minDelta`).
public struct EarlyStopping: Sendable, Equatable {
    public let patience: Int
    public let minDelta: Double
    /// The lowest loss seen so far, and when.
    public private(set) var best: Double = .infinity
    public private(set) var bestCheck: Int = 0
    private var checks = 0

    public init(patience: Int, minDelta: Double = 0) {
        (self.patience, self.minDelta) = (patience, minDelta)
    }

    /// Records one validation loss; true when training should stop.
    public mutating func shouldStop(after loss: Double) -> Bool {
        defer { checks += 1 }
        if loss < best - minDelta {
            (best, bestCheck) = (loss, checks)
            return false
        }
        return checks - bestCheck >= patience
    }
}

/// Runs `run` from `count` starting points drawn uniformly in the box low...high, and keeps
/// every trajectory and the index of the one that ended lowest.
public func randomRestarts(
    _ count: Int, low: [Double], high: [Double], using state: RandomState,
    run: (Tensor) throws -> Trajectory
) rethrows -> (best: Int, trajectories: [Trajectory]) {
    var trajectories: [Trajectory] = []
    for _ in 0..<count {
        let start = zip(low, high).map { $0 + ($1 - $0) * state.random() }
        trajectories.append(try run(Tensor(start)))
    }
    let best = trajectories.indices.min { trajectories[$0].finalLoss < trajectories[$1].finalLoss } ?? 0
    return (best, trajectories)
}
