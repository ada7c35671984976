import Engine

// Optimizers, learning-rate schedules, trajectories, early stopping and training histories as swift-nn objects.

extension Builtins {
    static let trainingMethods: [Builtin] = [
        Builtin("step", on: "Optimizer", doc: "Moves every parameter one step against its `grad` (along it with `maximize: true`).") {
            args, _, _ in
            try args.receiver(OptimizerObject.self).optimizer.step()
            return .void
        },
        Builtin("zeroGrad", on: "Optimizer", doc: "Sets the `grad` of every parameter back to 0, before the next `backward()`.") {
            args, _, _ in
            try args.receiver(OptimizerObject.self).optimizer.zeroGrad()
            return .void
        },
        scheduleRate("callAsFunction", doc: "`schedule(t)`: the learning rate at step t."),
        scheduleRate("rate", doc: "The learning rate at step `step` (`gradientNorm:` for a gradient-scaled schedule)."),
        Builtin("shouldStop", on: "EarlyStopping", [.positional("loss")],
                doc: "Records this check's validation loss; true once it has not improved for `patience` checks.") {
            args, _, _ in
            .bool(try args.receiver(EarlyStoppingObject.self).stopping.shouldStop(after: try args.double("loss")))
        },
    ]

    private static func scheduleRate(_ name: String, doc: String) -> Builtin {
        Builtin(name, on: "Schedule", [.positional("step"), .labeled("gradientNorm", .double(1))], doc: doc) { args, _, _ in
            let schedule = try args.receiver(ScheduleObject.self).schedule
            return .double(schedule.rate(at: try args.int("step"), gradientNorm: try args.double("gradientNorm")))
        }
    }
}

/// `GD(model.parameters(), lr: 0.1)` and the other optimizers: `step()` after `backward()`, `zeroGrad()` before it.
final class OptimizerObject: NativeObject {
    let optimizer: Optimizer
    let typeName: String

    init(_ optimizer: Optimizer, name: String) {
        self.optimizer = optimizer
        self.typeName = name
    }

    var methodType: String { "Optimizer" }
    static let propertyNames: [String] = ["steps", "lr"]
    var display: String { "\(typeName)(lr: \(ScheduleObject.describe(optimizer.lr)), \(optimizer.steps) steps)" }

    func property(_ name: String, at position: Position) throws -> RuntimeValue? {
        switch name {
        case "steps": .int(optimizer.steps)
        case "lr": ScheduleObject.value(optimizer.lr)
        default: nil
        }
    }

}

/// A learning rate that changes with the step: `timeDecay(0.1, decay: 0.01)(t)` is the rate at step t.
final class ScheduleObject: NativeObject {
    let schedule: Schedule

    init(_ schedule: Schedule) {
        self.schedule = schedule
    }

    var typeName: String { "Schedule" }
    static let propertyNames: [String] = []
    var display: String { ScheduleObject.describe(schedule) }

    /// A constant rate is just its number; other schedules stay objects.
    static func value(_ schedule: Schedule) -> RuntimeValue {
        if case .constant(let rate) = schedule { return .double(rate) }
        return .object(ScheduleObject(schedule))
    }

    static func describe(_ schedule: Schedule) -> String {
        switch schedule {
        case .constant(let rate): Display.float(rate)
        case .timeDecay(let rate, let decay): "timeDecay(\(Display.float(rate)), decay: \(Display.float(decay)))"
        case .linear(let rate, let steps): "linearDecay(\(Display.float(rate)), steps: \(steps))"
        case .gradientScaled(let rate): "gradientScaled(\(Display.float(rate)))"
        case .step(let rate, let factor, let every):
            "stepDecay(\(Display.float(rate)), factor: \(Display.float(factor)), every: \(every))"
        }
    }

    func property(_ name: String, at position: Position) throws -> RuntimeValue? { nil }

}

/// What `minimize` returns: every point visited (the start first) and the loss at each, for plotting.
final class TrajectoryObject: NativeObject {
    let trajectory: Trajectory
    /// The shape of one point; nil when the point is a single number.
    let shape: [Int]?

    init(_ trajectory: Trajectory, shape: [Int]?) {
        self.trajectory = trajectory
        self.shape = shape
    }

    var typeName: String { "Trajectory" }
    static let propertyNames: [String] = ["points", "losses", "final", "finalLoss", "validationLosses", "stoppedEarly", "steps"]
    var display: String {
        "Trajectory(\(trajectory.points.count - 1) steps, final loss \(Display.float(trajectory.finalLoss)))"
    }

    func property(_ name: String, at position: Position) throws -> RuntimeValue? {
        switch name {
        case "points":
            let points = trajectory.points
            return .tensor(Tensor(points.flatMap { $0 }, shape: [points.count] + (shape ?? [])))
        case "final": return point(trajectory.final)
        case "losses": return .tensor(Tensor(trajectory.losses))
        case "finalLoss": return .double(trajectory.finalLoss)
        case "validationLosses": return .tensor(Tensor(trajectory.validationLosses))
        case "stoppedEarly": return .bool(trajectory.stoppedEarly)
        case "steps": return .int(trajectory.points.count - 1)
        default: return nil
        }
    }

    /// One point as the start was given: a number, or a tensor of the start's shape.
    func point(_ data: [Double]) -> RuntimeValue {
        guard let shape else { return .double(data[0]) }
        return .tensor(Tensor(data, shape: shape))
    }

}

/// `EarlyStopping(patience: 5)`: `shouldStop(loss)` after each epoch says when the validation loss has stopped improving.
final class EarlyStoppingObject: NativeObject {
    var stopping: EarlyStopping

    init(_ stopping: EarlyStopping) {
        self.stopping = stopping
    }

    var typeName: String { "EarlyStopping" }
    static let propertyNames: [String] = ["best", "bestEpoch", "patience"]
    var display: String { "EarlyStopping(patience: \(stopping.patience), best: \(Display.float(stopping.best)))" }

    func property(_ name: String, at position: Position) throws -> RuntimeValue? {
        switch name {
        case "best": .double(stopping.best)
        case "bestEpoch": .int(stopping.bestCheck)
        case "patience": .int(stopping.patience)
        default: nil
        }
    }

}

/// What `train` returns: the mean minibatch loss of each epoch, and the validation loss when one was watched.
final class HistoryObject: NativeObject {
    let history: TrainingHistory

    init(_ history: TrainingHistory) {
        self.history = history
    }

    var typeName: String { "TrainingHistory" }
    static let propertyNames: [String] = ["losses", "validationLosses", "stoppedEarly", "epochs"]
    var display: String {
        "TrainingHistory(\(history.losses.count) epochs, final loss \(Display.float(history.losses.last ?? .nan)))"
    }

    func property(_ name: String, at position: Position) throws -> RuntimeValue? {
        switch name {
        case "losses": .tensor(Tensor(history.losses))
        case "validationLosses": .tensor(Tensor(history.validationLosses))
        case "stoppedEarly": .bool(history.stoppedEarly)
        case "epochs": .int(history.losses.count)
        default: nil
        }
    }

}
