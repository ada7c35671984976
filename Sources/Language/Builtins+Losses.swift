import Engine

/// Loss functions, softmax, penalties and dropout. An array holding autodiff Values goes through the scalar
/// engine (micrograd style) and gives a Value; numbers, numeric arrays and tensors give tensors.
extension Builtins {
    static let losses: [Builtin] = [
        Builtin("mse", [.positional("predictions"), .positional("targets")], doc: "Mean squared error, mean((p − y)²).") {
            args, _, position in
            if NNConversion.holdsValues(args["predictions"]) {
                let (p, y) = try valuesAndTargets(args, "predictions", "targets")
                return .autodiff(Engine.mse(p, y))
            }
            return .tensor(try TensorOperators.engine(position) { try Engine.mse(try args.tensor("predictions"), try args.tensor("targets")) })
        },
        Builtin(
            "binaryCrossEntropy",
            [BuiltinParameter(label: nil, name: "probabilities", defaultValue: .void), .labeled("logits", .void),
             .positional("labels"), .labeled("reduction", .string("mean"))],
            doc: "−[y ln p + (1 − y) ln(1 − p)] per sample, averaged (`reduction: \"sum\"` adds); `logits:` takes scores z with p = σ(z)."
        ) { args, _, position in
            let reduction = try reductionValue(args, fallback: .mean)
            if args.has("logits") {
                return .tensor(try TensorOperators.engine(position) {
                    try Engine.binaryCrossEntropy(logits: try args.tensor("logits"), try args.tensor("labels"), reduction: reduction)
                })
            }
            guard args.has("probabilities") else {
                throw LanguageError(message: "`binaryCrossEntropy` needs probabilities or `logits:`", position: position)
            }
            if NNConversion.holdsValues(args["probabilities"]) {
                let (p, y) = try valuesAndTargets(args, "probabilities", "labels")
                return .autodiff(Engine.binaryCrossEntropy(p, y, reduction: reduction))
            }
            return .tensor(try TensorOperators.engine(position) {
                try Engine.binaryCrossEntropy(try args.tensor("probabilities"), try args.tensor("labels"), reduction: reduction)
            })
        },
        crossEntropy,
        Builtin("softmax", [.positional("scores"), .labeled("axis", .int(-1))],
                doc: "e^zᵢ / Σⱼ e^zⱼ: scores as probabilities that add up to 1 (along `axis:` for a matrix).") { args, _, position in
            if NNConversion.holdsValues(args["scores"]), let z = NNConversion.values(args["scores"]) {
                return .array(Engine.softmax(z).map(RuntimeValue.autodiff))
            }
            let z = try args.tensor("scores"), axis = try args.int("axis")
            return .tensor(try TensorOperators.engine(position) { try Engine.softmax(z, axis: axis) })
        },
        Builtin("hinge", [.positional("scores"), .positional("labels")],
                doc: "The max-margin loss mean(max(0, 1 − y·s)) for labels y ∈ {−1, 1}.") { args, _, position in
            if NNConversion.holdsValues(args["scores"]) {
                let (s, y) = try valuesAndTargets(args, "scores", "labels")
                return .autodiff(Engine.hinge(s, y))
            }
            return .tensor(try TensorOperators.engine(position) { try Engine.hinge(try args.tensor("scores"), try args.tensor("labels")) })
        },
        penalty("l1", "The L1 penalty Σ|w| over a model's parameters (Values or tensors).", Engine.l1, Engine.l1),
        penalty("l2", "The L2 penalty Σw² over a model's parameters (Values or tensors).", Engine.l2, Engine.l2),
        Builtin("dropout", [.positional("x"), .labeled("rate")],
                doc: "Zeroes each element with probability `rate` and scales the rest by 1/(1 − rate), drawing from the global stream.") {
            args, interpreter, position in
            let rate = try args.double("rate")
            guard (0..<1).contains(rate) else { throw args.error("rate", "a dropout rate is in [0, 1)") }
            if NNConversion.holdsValues(args["x"]), let x = NNConversion.values(args["x"]) {
                return .array(try Engine.dropout(x, rate: rate, using: interpreter.randomState).map(RuntimeValue.autodiff))
            }
            let x = try args.tensor("x")
            return .tensor(try TensorOperators.engine(position) { try Engine.dropout(x, rate: rate, using: interpreter.randomState) })
        },
    ]

    /// `crossEntropy(logits: z, labels)` with softmax, or seed 001's `crossEntropy(probabilities: p, oneHot: y)`.
    private static let crossEntropy = Builtin(
        "crossEntropy",
        [.labeled("logits", .void), .labeled("probabilities", .void),
         BuiltinParameter(label: nil, name: "labels", defaultValue: .void), .labeled("oneHot", .void), .labeled("reduction", .void)],
        doc: "Cross-entropy: crossEntropy(logits: scores, labels) applies softmax and averages; "
            + "crossEntropy(probabilities: p, oneHot: y) is −Σ y ln p, summed."
    ) { args, _, position in
        if args.has("probabilities") {
            guard args.has("oneHot") else { throw LanguageError(message: "`probabilities:` goes with `oneHot:` labels", position: position) }
            let reduction = try reductionValue(args, fallback: .sum)
            return .tensor(try TensorOperators.engine(position) {
                try Engine.crossEntropy(probabilities: try args.tensor("probabilities"), oneHot: try args.tensor("oneHot"), reduction: reduction)
            })
        }
        guard args.has("logits"), args.has("labels") else {
            throw LanguageError(message: "`crossEntropy` needs `logits:` and labels, or `probabilities:` and `oneHot:`", position: position)
        }
        if NNConversion.holdsValues(args["logits"]), let z = NNConversion.values(args["logits"]) {
            let label = try args.int("labels")
            guard z.indices.contains(label) else { throw args.error("labels", "the label must be in 0..<\(z.count)") }
            return .autodiff(Engine.crossEntropy(logits: z, label: label))
        }
        guard let labels = NNConversion.labels(args["labels"]) else {
            throw args.error("labels", "`crossEntropy` needs one class index (an Int) per sample")
        }
        let reduction = try reductionValue(args, fallback: .mean)
        return .tensor(try TensorOperators.engine(position) {
            try Engine.crossEntropy(logits: try args.tensor("logits"), labels: labels, reduction: reduction)
        })
    }

    private static func penalty(
        _ name: String, _ doc: String, _ values: @escaping ([Value]) -> Value, _ tensors: @escaping ([Tensor]) throws -> Tensor
    ) -> Builtin {
        Builtin(name, [.positional("parameters")], doc: doc) { args, _, position in
            if !NNConversion.holdsValues(args["parameters"]), let t = TensorConversion.tensor(args["parameters"]) {
                return .tensor(try TensorOperators.engine(position) { try tensors([t]) })
            }
            switch try NNConversion.parameters(args["parameters"], at: position) {
            case .values(let v): return .autodiff(values(v))
            case .tensors(let t): return .tensor(try TensorOperators.engine(position) { try tensors(t) })
            }
        }
    }

    private static func reductionValue(_ args: Arguments, fallback: Reduction) throws -> Reduction {
        guard args.has("reduction") else { return fallback }
        switch try args.string("reduction") {
        case "mean": return .mean
        case "sum": return .sum
        case let other: throw args.error("reduction", "`reduction:` is \"mean\" or \"sum\", not \"\(other)\"")
        }
    }

    /// Values on one side and plain numbers on the other, of equal length.
    private static func valuesAndTargets(_ args: Arguments, _ values: String, _ targets: String) throws -> ([Value], [Double]) {
        guard let v = NNConversion.values(args[values]) else {
            throw args.error(values, "`\(args.name)` needs an array of numbers or Values for `\(values)`")
        }
        let t = try args.doubles(targets)
        guard v.count == t.count else {
            throw args.error(targets, "`\(args.name)` needs as many \(targets) as \(values) (\(v.count) and \(t.count))")
        }
        return (v, t)
    }
}
