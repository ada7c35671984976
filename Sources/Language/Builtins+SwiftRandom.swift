import Engine

// Swift's own spellings of random draws, `Double.random(in:)`, `Int.random(in:)` and `Bool.random()`, on the
// session's global stream, so they follow `seed` as numpy's functions do. Registered under their dotted names and
// called as `Type.name(…)` (see `Compiler.compileCall`).

extension Builtins {
    static let swiftRandom: [Builtin] = [
        Builtin(
            "Double.random", [.labeled("in")],
            doc: "A uniform Double in the range, `0..<1` or `-1...1`: numpy's uniform(low, high) on the global stream."
        ) { args, interpreter, position in
            guard case .range(let lo, let hi, let closed) = args["in"], let low = lo.number, let high = hi.number,
                  lo.isNumeric, hi.isNumeric, (high - low).isFinite, closed ? low <= high : low < high
            else {
                throw args.error(
                    "in", "`Double.random(in:)` needs a non-empty range of finite numbers whose width is finite, such as 0..<1")
            }
            let value = interpreter.randomState.uniform(low, high, count: 1)[0]
            // low + (high − low)·u can round up to `high`, which a half-open range excludes.
            return .double(!closed && value >= high ? high.nextDown : value)
        },
        Builtin(
            "Int.random", [.labeled("in")], doc: "A random Int in the range, `1...6` or `0..<n`: numpy's randint on the global stream."
        ) { args, interpreter, position in
            guard case .range(.int(let low), .int(let bound), let closed) = args["in"],
                  closed ? low <= bound : low < bound
            else { throw args.error("in", "`Int.random(in:)` needs a non-empty range of Ints, such as 1...6") }
            let (high, overflow) = closed ? bound.addingReportingOverflow(1) : (bound, false)
            guard !overflow else { throw args.error("in", "`Int.random(in:)` draws below Int.max; end the range there") }
            return try TensorOperators.engine(position) { .int(try interpreter.randomState.randint(low, high)) }
        },
        Builtin("Bool.random", doc: "true or false, each half the time: randint(0, 2) == 1 on the global stream.") {
            _, interpreter, position in
            try TensorOperators.engine(position) { .bool(try interpreter.randomState.randint(0, 2) == 1) }
        },
    ]

    /// `xs.randomElement()` and `xs.shuffled()`, on the global stream.
    static let arrayRandomMethods: [Builtin] = [
        Builtin("randomElement", on: "Array", doc: "A random element, or nil for an empty array: randint(0, count).") {
            args, interpreter, position in
            let items = args.receiverItems
            guard !items.isEmpty else { return .optional(nil) }
            return .optional(items[try TensorOperators.engine(position) { try interpreter.randomState.randint(0, items.count) }])
        },
        delegating("shuffled", on: "Array", doc: "The elements in random order, like `shuffled(xs)`."),
    ]
}
