import Engine
import Foundation

extension Builtins {
    static let sequences: [Builtin] = [
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
            let allInts = [args["from"], args[endName], args["by"]].allSatisfy { if case .int = $0 { true } else { false } }
            var values: [RuntimeValue] = []
            var i = 0
            while true {
                let x = start + Double(i) * step
                let inside = step > 0 ? (endName == "to" ? x < end : x <= end) : (endName == "to" ? x > end : x >= end)
                guard inside else { break }
                values.append(allInts ? .int(Int(x)) : .double(x))
                i += 1
                if values.count > 10_000_000 { throw LanguageError(message: "`stride` would make over 10 million values", position: position) }
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
            let count = Int(Foundation.ceil((stop - start) / step))
            guard count <= 10_000_000 else { throw LanguageError(message: "`arange` would make over 10 million values", position: position) }
            let allInts = [args["start"], args["stop"], args["step"]].allSatisfy {
                switch $0 { case .int, .void: true; default: false }
            }
            guard allInts else { return .tensor(try TensorOperators.engine(position) { try Tensor.arange(start, stop, step) }) }
            return .array((0..<max(0, count)).map { .int(Int(start + Double($0) * step)) })
        },
    ]
}
