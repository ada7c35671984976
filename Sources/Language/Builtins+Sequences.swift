import Engine
import Foundation

extension Builtins {
    static let sequences: [Builtin] = [
        Builtin(
            "Array",
            [BuiltinParameter(label: nil, name: "elements", defaultValue: .void), .labeled("repeating", .void),
             .labeled("count", .void)],
            doc: "The elements of a sequence (`Array(1...3)`, `Array(xs.reversed())`, the characters of a string), or "
                + "an array of `count` copies of `repeating`; `[Double](repeating: 0, count: n)` is the same with "
                + "the element type checked."
        ) { args, interpreter, position in
            if args.has("elements") {
                guard !args.has("repeating"), !args.has("count") else {
                    throw LanguageError(
                        message: "`Array` takes a sequence, or `repeating:` and `count:`, not both", position: position)
                }
                let elements = try interpreter.elements(of: args["elements"], at: args.position(of: "elements"))
                try Nesting.check(elements, at: position)
                return .array(elements)
            }
            guard args.has("repeating"), args.has("count") else {
                throw LanguageError(
                    message: "`Array` takes a sequence, or `repeating:` and `count:`; usage: Array(1...3), "
                        + "Array(repeating: 0, count: 3)",
                    position: position)
            }
            let count = try args.int("count")
            guard count >= 0 else { throw args.error("count", "`Array(repeating:count:)` needs a count of 0 or more") }
            guard count <= maximumValues else { throw tooMany("Array(repeating:count:)", at: position) }
            let element = args["repeating"]
            try Nesting.check(element, at: args.position(of: "repeating"))
            return .array(Array(repeatingValue: element, count: count))
        },
        Builtin(
            "zip", [.positional("a"), .positional("b")],
            doc: "(a[i], b[i]) pairs of two arrays, ranges, tensors or strings, as long as the shorter one: "
                + "`for (x, y) in zip(xs, ys)`."
        ) { args, interpreter, position in
            let count = min(try length(args, "a", interpreter), try length(args, "b", interpreter))
            let a = try interpreter.elements(of: args["a"], at: args.position(of: "a"), upTo: count)
            let b = try interpreter.elements(of: args["b"], at: args.position(of: "b"), upTo: count)
            return .array(zip(a, b).map { .tuple([$0, $1]) })
        },
        Builtin(
            "stride", [.labeled("from"), .labeled("to", .void), .labeled("through", .void), .labeled("by")],
            doc: "Numbers from `from` by steps of `by`, up to (`to:`) or including (`through:`) the end."
        ) { args, _, position in
            guard args.has("to") != args.has("through") else {
                throw LanguageError(message: "`stride` needs exactly one of `to:` and `through:`", position: position)
            }
            let endName = args.has("to") ? "to" : "through"
            let start = try args.double("from"), end = try args.double(endName), step = try args.double("by")
            guard step != 0, step.isFinite else { throw args.error("by", "`stride` needs a non-zero finite step") }
            if case .int(let a) = args["from"], case .int(let b) = args[endName], case .int(let s) = args["by"] {
                return .array(try integerStride("stride", a, b, s, through: endName == "through", at: position))
            }
            var values: [RuntimeValue] = []
            var i = 0
            while true {
                let x = start + Double(i) * step
                let inside = step > 0 ? (endName == "to" ? x < end : x <= end) : (endName == "to" ? x > end : x >= end)
                guard inside else { break }
                values.append(.double(x))
                i += 1
                if values.count > maximumValues { throw tooMany("stride", at: position) }
            }
            return .array(values)
        },
        Builtin(
            "linspace", [.positional("start"), .positional("stop"), BuiltinParameter(label: nil, name: "count", defaultValue: .int(50))],
            doc: "`count` evenly spaced numbers from start to stop, both included (numpy's linspace)."
        ) { args, _, position in
            let start = try args.double("start"), stop = try args.double("stop"), count = try args.int("count")
            guard count >= 0, count <= 10_000_000 else { throw args.error("count", "`linspace` needs a count in 0...10000000") }
            return .tensor(Tensor.linspace(start, stop, count))
        },
        Builtin(
            "arange",
            [.positional("start"), BuiltinParameter(label: nil, name: "stop", defaultValue: .void),
             BuiltinParameter(label: nil, name: "step", defaultValue: .int(1))],
            doc: "Numbers from start (default 0) up to but excluding stop, by step (numpy's arange): Ints when all are Ints, else a tensor."
        ) { args, _, position in
            let start = args.has("stop") ? try args.double("start") : 0
            let stop = args.has("stop") ? try args.double("stop") : try args.double("start")
            let step = try args.double("step")
            guard step != 0, step.isFinite else { throw args.error("step", "`arange` needs a non-zero finite step") }
            let integer = { (value: RuntimeValue, fallback: Int) -> Int? in
                switch value {
                case .int(let i): i
                case .void: fallback
                default: nil
                }
            }
            if let a = integer(args["start"], 0), let b = integer(args["stop"], 0), let s = integer(args["step"], 1) {
                let (from, to) = args.has("stop") ? (a, b) : (0, a)
                return .array(try integerStride("arange", from, to, s, through: false, at: position))
            }
            guard start.isFinite, stop.isFinite else {
                throw LanguageError(message: "`arange` needs finite bounds, not \(Display.float(start)) and \(Display.float(stop))",
                                    position: position)
            }
            guard Foundation.ceil((stop - start) / step) <= Double(maximumValues) else { throw tooMany("arange", at: position) }
            return .tensor(try TensorOperators.engine(position) { try Tensor.arange(start, stop, step) })
        },
    ]

    /// How many elements `zip` may take from an argument: a range counts without making its elements.
    private static func length(_ args: Arguments, _ parameter: String, _ interpreter: Interpreter) throws -> Int {
        if case .range(.int(let lo), .int(let hi), let closed) = args[parameter], lo <= hi {
            return TensorConversion.count(lo, hi, closed: closed) ?? Int.max
        }
        return try interpreter.elements(of: args[parameter], at: args.position(of: parameter)).count
    }

    /// The most values `stride`, `arange` and `Array(repeating:count:)` make.
    private static let maximumValues = 10_000_000

    private static func tooMany(_ name: String, at position: Position) -> LanguageError {
        LanguageError(message: "`\(name)` would make over \(maximumValues) values", position: position)
    }

    /// Ints from `start` by `step` up to `end` (included when `through`), in exact integer arithmetic: near
    /// Int.max, Doubles could not tell neighbouring values apart.
    private static func integerStride(
        _ name: String, _ start: Int, _ end: Int, _ step: Int, through: Bool, at position: Position
    ) throws -> [RuntimeValue] {
        var values: [RuntimeValue] = []
        var x = start
        while step > 0 ? (through ? x <= end : x < end) : (through ? x >= end : x > end) {
            values.append(.int(x))
            if values.count > maximumValues { throw tooMany(name, at: position) }
            let (next, overflow) = x.addingReportingOverflow(step)
            if overflow { break }
            x = next
        }
        return values
    }
}
