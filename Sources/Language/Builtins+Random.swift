import Engine

/// numpy's legacy global random stream (`np.random.seed`, `random`, `randn`, …), bit for bit, and `RandomState`
/// objects with their own streams. A session's global stream starts as after `seed(0)`, so runs are reproducible.
extension Builtins {
    static let random: [Builtin] = [
        Builtin("seed", [.positional("seed")], doc: "Restarts the global random stream, as numpy's np.random.seed.") {
            args, interpreter, _ in
            interpreter.randomState.seed(try seedValue(args))
            return .void
        },
        Builtin("RandomState", [.positional("seed")], doc: "A random stream of its own, as numpy's RandomState.") {
            args, _, _ in
            .object(RandomStateObject(RandomState(seed: try seedValue(args))))
        },
    ] + RandomStateObject.draws.map { draw in
        Builtin(draw.name, draw.parameters, variadic: draw.variadic, doc: draw.doc) { args, interpreter, position in
            try draw.body(interpreter.randomState, args, interpreter, position)
        }
    }

    /// The draws again as `RandomState` methods, on the receiver's own stream, and `seed` to restart it.
    static let randomStateMethods: [Builtin] = [
        Builtin("seed", on: "RandomState", [.positional("seed")], doc: "Restarts this stream.") { args, _, _ in
            try args.receiver(RandomStateObject.self).state.seed(try seedValue(args))
            return .void
        },
    ] + RandomStateObject.draws.map { draw in
        Builtin(draw.name, on: "RandomState", draw.parameters, variadic: draw.variadic, doc: draw.doc) {
            args, interpreter, position in
            try draw.body(try args.receiver(RandomStateObject.self).state, args, interpreter, position)
        }
    }

    static func seedValue(_ args: Arguments) throws -> UInt32 {
        let seed = try args.int("seed")
        guard let value = UInt32(exactly: seed) else { throw args.error("seed", "a seed must be in 0...4294967295") }
        return value
    }
}

/// A `RandomState` in swift-nn: the same draws as the global functions, on its own stream.
final class RandomStateObject: NativeObject {
    let state: RandomState

    init(_ state: RandomState) {
        self.state = state
    }

    var typeName: String { "RandomState" }
    static let propertyNames: [String] = []

    func property(_ name: String, at position: Position) throws -> RuntimeValue? { nil }

    /// One kind of draw, shared by the global functions and `RandomState` methods; unchecked Sendable for the
    /// same reason as `Builtin`: immutable, capturing nothing mutable.
    struct Draw: @unchecked Sendable {
        let name: String
        let parameters: [BuiltinParameter]
        let variadic: Bool
        let doc: String
        let body: (RandomState, Arguments, Interpreter, Position) throws -> RuntimeValue
    }

    static let draws: [Draw] = [
        Draw(name: "random", parameters: [], variadic: true,
             doc: "Uniform numbers in [0, 1): random() is one, random(n) or random(r, c) a tensor.") { state, args, interpreter, position in
            try sized(args, interpreter, position) { count in state.random(count) } single: { state.random() }
        },
        Draw(name: "randn", parameters: [], variadic: true,
             doc: "Standard normal numbers: randn() is one, randn(n) or randn(r, c) a tensor.") { state, args, interpreter, position in
            try sized(args, interpreter, position) { count in state.randn(count) } single: { state.randn() }
        },
        Draw(name: "uniform", parameters: [.positional("low"), .positional("high"), .labeled("count", .void)],
             variadic: false, doc: "Uniform numbers in [low, high).") { state, args, _, _ in
            let low = try args.double("low"), high = try args.double("high")
            guard args.has("count") else { return .double(state.uniform(low, high, count: 1)[0]) }
            return .tensor(Tensor(state.uniform(low, high, count: try count(args))))
        },
        Draw(name: "normal", parameters: [.positional("mean"), .positional("std"), .labeled("count", .void)],
             variadic: false, doc: "Normal numbers with the given mean and standard deviation.") { state, args, _, _ in
            let mean = try args.double("mean"), std = try args.double("std")
            guard std >= 0 else { throw args.error("std", "`normal` needs a standard deviation of at least 0, not \(Display.float(std))") }
            guard args.has("count") else { return .double(state.normal(mean, std, count: 1)[0]) }
            return .tensor(Tensor(state.normal(mean, std, count: try count(args))))
        },
        Draw(name: "randint", parameters: [.positional("low"), .positional("high"), .labeled("count", .void)],
             variadic: false, doc: "Random Ints in low..<high (numpy's randint).") { state, args, _, position in
            let low = try args.int("low"), high = try args.int("high")
            guard low < high else { throw LanguageError(message: "`randint` needs low < high", position: position) }
            let count = args.has("count") ? try count(args) : nil
            return try TensorOperators.engine(position) {
                guard let count else { return .int(try state.randint(low, high)) }
                return .array(try state.randint(low, high, count: count).map(RuntimeValue.int))
            }
        },
        Draw(name: "permutation", parameters: [.positional("n")], variadic: false,
             doc: "The Ints 0..<n in random order.") { state, args, _, _ in
            let n = try args.int("n")
            guard (0...50_000_000).contains(n) else { throw args.error("n", "`permutation` needs n in 0...50000000") }
            return .array(state.permutation(n).map(RuntimeValue.int))
        },
        Draw(name: "shuffled", parameters: [.positional("items")], variadic: false,
             doc: "A copy of an array in random order (numpy's shuffle, without changing the original).") {
            state, args, _, _ in
            guard case .array(var items) = args["items"] else {
                throw args.error("items", "`shuffled` needs an array, not \(args["items"].typeName)")
            }
            state.shuffle(&items)
            return .array(items)
        },
        Draw(name: "choice", parameters: [.positional("n"), .labeled("size", .void), .labeled("replace", .bool(true))],
             variadic: false, doc: "Random Ints from 0..<n (numpy's choice), with or without replacement.") {
            state, args, _, position in
            let n = try args.int("n"), replace = try args.bool("replace")
            let size = args.has("size") ? try args.int("size") : 1
            guard size <= Tensor.maximumCount else { throw args.error("size", "`size:` must be at most \(Tensor.maximumCount)") }
            let picks = try TensorOperators.engine(position) { try state.choice(n, size: size, replace: replace) }
            return args.has("size") ? .array(picks.map(RuntimeValue.int)) : .int(picks[0])
        },
    ]

    private static func count(_ args: Arguments) throws -> Int {
        let n = try args.int("count")
        guard (0...50_000_000).contains(n) else { throw args.error("count", "a count must be in 0...50000000") }
        return n
    }

    /// No size gives one number; sizes give a tensor of that shape filled in numpy's order.
    private static func sized(
        _ args: Arguments, _ interpreter: Interpreter, _ position: Position,
        _ many: (Int) -> [Double], single: () -> Double
    ) throws -> RuntimeValue {
        guard !args.rest.isEmpty else { return .double(single()) }
        let shape = try interpreter.shape(args.rest, at: position)
        let total = try TensorOperators.engine(position) { try Tensor.count(of: shape) }
        return .tensor(Tensor(many(total), shape: shape))
    }
}
