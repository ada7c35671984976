import Engine

/// `minimize(f, from: x0, …)`, which returns the whole trajectory for plotting, and `randomRestarts`.
/// A function of one number or of several numbers runs on scalar autodiff Values (so it may branch on
/// its inputs); a function of one array runs on tensors.
extension Builtins {
    static let minimizing: [Builtin] = [
        Builtin(
            "minimize",
            [.positional("f"), .labeled("from"), .labeled("method", .string("gd")), .labeled("lr", .double(0.01)),
             .labeled("steps", .int(100))] + methodSettings.map { .labeled($0, .void) }
                + [.labeled("maximize", .bool(false)), .labeled("validation", .void), .labeled("patience", .int(10))],
            doc: "Follows the gradient of f from `from:` for `steps:` steps with a method (\"gd\", \"momentum\", \"nesterov\", "
                + "\"adagrad\", \"rmsprop\", \"adam\"); returns the Trajectory (points, losses, final)."
        ) { args, interpreter, position in
            let f = try args.function("f")
            let steps = try args.int("steps")
            guard (0...1_000_000).contains(steps) else { throw args.error("steps", "`steps:` must be in 0...1000000") }
            let run = Run(method: try method(args), lr: try schedule(args, "lr"), steps: steps,
                          maximize: try args.bool("maximize"), patience: try args.int("patience"))
            let start = args["from"]
            let arity = f.parameterCount ?? 1
            if start.isNumeric, !args.has("validation") {
                guard arity == 1 else { throw args.error("from", "`\(f.name)` takes \(arity) numbers; start from an array of them") }
                return try scalarRun(f, [try args.double("from")], shape: nil, run, interpreter, position)
            }
            if arity > 1 {
                guard let point = TensorConversion.numbers(start), point.count == arity else {
                    throw args.error("from", "`\(f.name)` takes \(arity) numbers, so `from:` needs an array of \(arity) numbers")
                }
                return try scalarRun(f, point, shape: [arity], run, interpreter, position)
            }
            let validation = args.has("validation") ? try args.function("validation") : nil
            return try tensorRun(f, try args.tensor("from"), numeric: start.isNumeric, validation: validation, run,
                                 interpreter, position)
        },
        Builtin(
            "randomRestarts",
            [.positional("count"), .labeled("low"), .labeled("high"), .labeled("run", .void),
             BuiltinParameter(label: nil, name: "trailing", defaultValue: .void)],
            doc: "Calls `run` from `count` random starts, uniform between `low:` and `high:`; returns (best index, trajectories)."
        ) { args, interpreter, position in
            let count = try args.int("count")
            guard (1...10_000).contains(count) else { throw args.error("count", "`count` must be in 1...10000") }
            let scalar = args["low"].isNumeric
            let low = scalar ? [try args.double("low")] : try args.doubles("low")
            let high = scalar ? [try args.double("high")] : try args.doubles("high")
            guard low.count == high.count else { throw args.error("high", "`low:` and `high:` need the same length") }
            let run = try args.function(args.has("run") ? "run" : "trailing")
            var objects: [RuntimeValue] = []
            let (best, _) = try randomRestarts(count, low: low, high: high, using: interpreter.randomState) { start in
                let from: RuntimeValue = scalar ? .double(start.data[0]) : .tensor(start)
                let result = try interpreter.callFunction(run, [from], at: position)
                guard case .object(let o as TrajectoryObject) = result else {
                    throw LanguageError(message: "`run` must return a Trajectory (from `minimize`), not \(result.typeName)",
                                        position: position)
                }
                objects.append(result)
                return o.trajectory
            }
            return .tuple([.int(best), .array(objects)])
        },
    ]

    /// The settings of a run that do not depend on how the function is evaluated.
    private struct Run {
        let method: Method
        let lr: Schedule
        let steps: Int
        let maximize: Bool
        let patience: Int
    }

    private static let methodSettings = ["beta", "beta1", "beta2", "rho", "epsilon"]

    /// The optimizer a method name stands for, with any settings given; a setting the method lacks is an error.
    private static func method(_ args: Arguments) throws -> Method {
        let name = try args.string("method")
        let allowed: [String: [String]] = [
            "gd": [], "sgd": [], "momentum": ["beta"], "nesterov": ["beta"], "adagrad": ["epsilon"],
            "rmsprop": ["rho", "epsilon"], "adam": ["beta1", "beta2", "epsilon"],
        ]
        guard let settings = allowed[name.lowercased()] else {
            throw args.error("method", "unknown method \"\(name)\"; use one of gd, momentum, nesterov, adagrad, rmsprop, adam")
        }
        if let stray = methodSettings.first(where: { args.has($0) && !settings.contains($0) }) {
            throw args.error(stray, "`\(stray):` is not a setting of \(name)")
        }
        func setting(_ key: String, _ fallback: Double) throws -> Double { args.has(key) ? try args.double(key) : fallback }
        switch name.lowercased() {
        case "momentum": return .momentum(beta: try setting("beta", 0.9))
        case "nesterov": return .nesterov(beta: try setting("beta", 0.9))
        case "adagrad": return .adagrad(epsilon: try setting("epsilon", 1e-10))
        case "rmsprop": return .rmsprop(rho: try setting("rho", 0.9), epsilon: try setting("epsilon", 1e-8))
        case "adam":
            return .adam(beta1: try setting("beta1", 0.9), beta2: try setting("beta2", 0.999), epsilon: try setting("epsilon", 1e-8))
        default: return .gd
        }
    }

    /// A function of one or several numbers, differentiated with scalar Values.
    private static func scalarRun(
        _ f: FunctionValue, _ start: [Double], shape: [Int]?, _ run: Run, _ interpreter: Interpreter, _ position: Position
    ) throws -> RuntimeValue {
        let trajectory = try TensorOperators.engine(position) {
            try Engine.minimize({ inputs in
                let result = try interpreter.callFunction(f, inputs.map(RuntimeValue.autodiff), at: position)
                _ = try number(result, f.name, position)
                return Operators.value(result)
            }, from: start, method: run.method, lr: run.lr, steps: run.steps, maximize: run.maximize)
        }
        return .object(TrajectoryObject(trajectory, shape: shape))
    }

    /// A function of one tensor, differentiated with tensors; `validation` (a function of the point) enables early stopping.
    private static func tensorRun(
        _ f: FunctionValue, _ start: Tensor, numeric: Bool, validation: FunctionValue?, _ run: Run,
        _ interpreter: Interpreter, _ position: Position
    ) throws -> RuntimeValue {
        let check: ((Tensor) throws -> Double)? = validation.map { v in
            { x in try number(try interpreter.callFunction(v, [.tensor(x)], at: position), v.name, position) }
        }
        let trajectory = try TensorOperators.engine(position) {
            try Engine.minimize({ x in
                let result = try interpreter.callFunction(f, [.tensor(x)], at: position)
                guard let loss = TensorConversion.tensor(result), loss.count == 1 else {
                    throw LanguageError(message: "`\(f.name)` must return one number, not \(result.typeName)", position: position)
                }
                return loss
            }, from: start, method: run.method, lr: run.lr, steps: run.steps, maximize: run.maximize,
               validation: check, patience: run.patience)
        }
        return .object(TrajectoryObject(trajectory, shape: numeric ? nil : start.shape))
    }
}
