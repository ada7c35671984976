import Engine

/// Training: the optimizers as objects (PyTorch's `step()`/`zeroGrad()` loop), learning-rate schedules, and
/// `train` for minibatch SGD with early stopping. `minimize` and `randomRestarts` are in Builtins+Minimize.
extension Builtins {
    static let training: [Builtin] = [
        optimizer("GD", "Gradient descent, x ← x − η·g.", []) { p, lr, _, up in GD(p, lr: lr, maximize: up) },
        optimizer("SGD", "Gradient descent (stochastic when each step sees a minibatch), x ← x − η·g.", []) {
            p, lr, _, up in GD(p, lr: lr, maximize: up)
        },
        optimizer("Momentum", "v ← β·v − η·g, x ← x + v.", [.labeled("beta", .double(0.9))]) { p, lr, args, up in
            Momentum(p, lr: lr, beta: try args.double("beta"), maximize: up)
        },
        optimizer("Nesterov", "Momentum that looks ahead: v ← β·v − η·g, x ← x + β·v − η·g.", [.labeled("beta", .double(0.9))]) {
            p, lr, args, up in Nesterov(p, lr: lr, beta: try args.double("beta"), maximize: up)
        },
        optimizer("Adagrad", "Per-coordinate rates shrinking with the summed squared gradients.", [.labeled("epsilon", .double(1e-10))]) {
            p, lr, args, up in Adagrad(p, lr: lr, epsilon: try args.double("epsilon"), maximize: up)
        },
        optimizer("RMSProp", "Adagrad with a moving average of squared gradients.",
                  [.labeled("rho", .double(0.9)), .labeled("epsilon", .double(1e-8))]) { p, lr, args, up in
            RMSProp(p, lr: lr, rho: try args.double("rho"), epsilon: try args.double("epsilon"), maximize: up)
        },
        optimizer("Adam", "Momentum on the gradient and RMSProp on its square, bias-corrected.",
                  [.labeled("beta1", .double(0.9)), .labeled("beta2", .double(0.999)), .labeled("epsilon", .double(1e-8))],
                  lr: 0.001) { p, lr, args, up in
            Adam(p, lr: lr, beta1: try args.double("beta1"), beta2: try args.double("beta2"),
                 epsilon: try args.double("epsilon"), maximize: up)
        },
        Builtin("timeDecay", [.positional("lr"), .labeled("decay")], doc: "The rate η₀ / (1 + decay·t) at step t.") { args, _, _ in
            .object(ScheduleObject(.timeDecay(try args.double("lr"), decay: try args.double("decay"))))
        },
        Builtin("stepDecay", [.positional("lr"), .labeled("factor"), .labeled("every")],
                doc: "The rate η₀·factor^⌊t / every⌋ at step t.") { args, _, _ in
            let every = try args.int("every")
            guard every > 0 else { throw args.error("every", "`every:` must be a positive number of steps") }
            return .object(ScheduleObject(.step(try args.double("lr"), factor: try args.double("factor"), every: every)))
        },
        Builtin("gradientScaled", [.positional("lr")], doc: "The rate η₀·‖g‖: large far from a minimum, small near it.") {
            args, _, _ in
            .object(ScheduleObject(.gradientScaled(try args.double("lr"))))
        },
        Builtin("linearDecay", [.positional("lr"), .labeled("steps")], doc: "The rate η₀·(1 − (t + 1)/steps), reaching 0 at the end.") {
            args, _, _ in
            let steps = try args.int("steps")
            guard steps > 0 else { throw args.error("steps", "`steps:` must be positive") }
            return .object(ScheduleObject(.linear(try args.double("lr"), steps: steps)))
        },
        Builtin("EarlyStopping", [.labeled("patience", .int(10)), .labeled("minDelta", .double(0))],
                doc: "Watches a validation loss: `shouldStop(loss)` is true once it has not improved for `patience` checks.") {
            args, _, _ in
            let patience = try args.int("patience")
            guard patience >= 0 else { throw args.error("patience", "`patience:` cannot be negative") }
            return .object(EarlyStoppingObject(EarlyStopping(patience: patience, minDelta: try args.double("minDelta"))))
        },
        Builtin("minibatches", [.positional("count"), .labeled("size"), .labeled("shuffle", .bool(true))],
                doc: "The index batches of one epoch: 0..<count, shuffled as numpy's permutation(count), cut into runs of `size`.") {
            args, interpreter, _ in
            let count = try args.int("count"), size = try args.int("size")
            guard (0...10_000_000).contains(count) else { throw args.error("count", "`count` must be in 0...10000000") }
            guard size > 0 else { throw args.error("size", "a minibatch needs at least one sample") }
            let batches = try Engine.minibatches(count: count, size: size,
                                                 shuffledBy: try args.bool("shuffle") ? interpreter.randomState : nil)
            return .array(batches.map { .array($0.map(RuntimeValue.int)) })
        },
        train,
    ]

    /// An optimizer constructor: the parameters, `lr:` (a number or a schedule), its own settings, `maximize:`.
    private static func optimizer(
        _ name: String, _ doc: String, _ settings: [BuiltinParameter], lr: Double = 0.01,
        _ make: @escaping (Parameters, Schedule, Arguments, Bool) throws -> Optimizer
    ) -> Builtin {
        Builtin(name, [.positional("parameters"), .labeled("lr", .double(lr))] + settings + [.labeled("maximize", .bool(false))],
                doc: doc + " Call step() after backward() and zeroGrad() before the next.") { args, _, position in
            let parameters = try NNConversion.parameters(args["parameters"], at: args.position(of: "parameters"))
            let optimizer = try make(parameters, try schedule(args, "lr"), args, try args.bool("maximize"))
            return .object(OptimizerObject(optimizer, name: name))
        }
    }

    /// A learning rate: a number is constant; a schedule object changes with the step.
    static func schedule(_ args: Arguments, _ parameter: String) throws -> Schedule {
        if case .object(let o as ScheduleObject) = args[parameter] { return o.schedule }
        return .constant(try args.double(parameter))
    }

    /// Minibatch SGD: each epoch visits every sample once in batches, one optimizer step per batch.
    private static let train = Builtin(
        "train",
        [.positional("optimizer"), .labeled("samples"), .labeled("batchSize"), .labeled("epochs"),
         .labeled("shuffle", .bool(true)), .labeled("validation", .void), .labeled("patience", .int(10)),
         .labeled("loss", .void), BuiltinParameter(label: nil, name: "trailing", defaultValue: .void)],
        doc: "Trains with minibatches: `loss` gets each batch's sample indices and returns its loss; returns the history."
    ) { args, interpreter, position in
        guard case .object(let o as OptimizerObject) = args["optimizer"] else {
            throw args.error("optimizer", "`train` needs an optimizer such as SGD(model, lr: 0.1)")
        }
        let lossName = args.has("loss") ? "loss" : "trailing"
        let loss = try args.function(lossName)
        let samples = try args.int("samples"), batchSize = try args.int("batchSize"), epochs = try args.int("epochs")
        guard (1...10_000_000).contains(samples), batchSize > 0, (0...1_000_000).contains(epochs) else {
            throw LanguageError(
                message: "`train` needs samples in 1...10000000, a positive batchSize, and epochs in 0...1000000",
                position: position)
        }
        let validation: (() throws -> Double)? = args.has("validation") ? { [interpreter] in
            try number(try interpreter.callFunction(try args.function("validation"), [RuntimeValue](), at: position), "validation", position)
        } : nil
        let history = try Engine.train(
            o.optimizer, samples: samples, batchSize: batchSize, epochs: epochs,
            shuffledBy: try args.bool("shuffle") ? interpreter.randomState : nil, validation: validation,
            patience: try args.int("patience")
        ) { batch in
            try BatchLoss(interpreter.callFunction(loss, [.array(batch.map(RuntimeValue.int))], at: position), at: position)
        }
        return .object(HistoryObject(history))
    }

    /// A function's result as a number, or an error naming what should have returned one.
    static func number(_ value: RuntimeValue, _ what: String, _ position: Position) throws -> Double {
        guard value.isNumeric, let d = value.number else {
            throw LanguageError(message: "`\(what)` must return a number, not \(value.typeName)", position: position)
        }
        return d
    }
}

/// A batch's loss as the engine's training loop sees it: a `Value` or a one-element tensor.
private final class BatchLoss: Loss {
    let lossValue: Double
    private let node: RuntimeValue

    init(_ value: RuntimeValue, at position: Position) throws {
        switch value {
        case .autodiff(let v): lossValue = v.data
        case .tensor(let t) where t.count == 1: lossValue = t.data[0]
        default:
            throw LanguageError(message: "a training loss must be a Value or a one-number tensor, not \(value.typeName)",
                                position: position)
        }
        node = value
    }

    func backward() {
        switch node {
        case .autodiff(let v): v.backward()
        case .tensor(let t): t.backward()
        default: break
        }
    }
}
