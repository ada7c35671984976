import Engine

/// Toy data sets as (X, y) — X one row per sample, y the labels — drawn as scikit-learn draws them with
/// `random_state=seed` (or from the global stream without `seed:`); seed 001's perceptron and logistic
/// regression; and `csv`, which reads a table from the lesson's own folder.
extension Builtins {
    static let data: [Builtin] = [
        Builtin("moons", [count(100), .labeled("noise", .void), .labeled("shuffle", .bool(true)), .labeled("seed", .void)],
                doc: "Two interleaving half circles (scikit-learn's make_moons).") { args, interpreter, _ in
            let noise = args.has("noise") ? try args.double("noise") : nil
            return pair(Datasets.moons(try sampleCount(args), noise: noise, shuffle: try args.bool("shuffle"),
                                       using: try NNConversion.randomState(args, interpreter)))
        },
        Builtin("circles", [count(100), .labeled("noise", .void), .labeled("factor", .double(0.8)), .labeled("shuffle", .bool(true)),
                            .labeled("seed", .void)],
                doc: "A large circle around a smaller one of radius `factor` (scikit-learn's make_circles).") { args, interpreter, _ in
            let noise = args.has("noise") ? try args.double("noise") : nil
            return pair(Datasets.circles(try sampleCount(args), noise: noise, factor: try args.double("factor"),
                                         shuffle: try args.bool("shuffle"), using: try NNConversion.randomState(args, interpreter)))
        },
        Builtin("blobs", [count(100), .labeled("centers", .int(3)), .labeled("features", .int(2)), .labeled("std", .double(1)),
                          .labeled("box", .void), .labeled("shuffle", .bool(true)), .labeled("seed", .void)],
                doc: "Gaussian clusters around random centres in `box:` (default -10...10), as scikit-learn's make_blobs.") {
            args, interpreter, _ in
            let centers = try args.int("centers"), features = try args.int("features")
            guard (1...1000).contains(centers) else { throw args.error("centers", "`centers:` must be in 1...1000") }
            guard (1...1000).contains(features) else { throw args.error("features", "`features:` must be in 1...1000") }
            let count = try sampleCount(args)
            guard count * features <= Tensor.maximumCount else {
                throw args.error("features", "`blobs` makes at most \(Tensor.maximumCount) numbers, not \(count) × \(features)")
            }
            return pair(Datasets.blobs(
                count, centers: centers, features: features, std: try args.double("std"), box: try box(args),
                shuffle: try args.bool("shuffle"), using: try NNConversion.randomState(args, interpreter)))
        },
        Builtin("xor", [count(200), .labeled("seed", .void)],
                doc: "Standard normal points labelled 1 where exactly one coordinate is positive.") { args, interpreter, _ in
            pair(Datasets.xor(try sampleCount(args), using: try NNConversion.randomState(args, interpreter)))
        },
        Builtin("truthTable", [.positional("gate")], doc: "A logic gate's truth table as (X, y): \"AND\", \"OR\", \"NOT\", \"NAND\", \"NOR\", \"XOR\".") {
            args, _, _ in
            let name = try args.string("gate")
            if name.lowercased() == "not" { return .tuple([.tensor(Tensor([0, 1], shape: [2, 1])), .tensor(Tensor([1, 0]))]) }
            guard let gate = LogicGate(rawValue: name.lowercased()) else {
                throw args.error("gate", "unknown gate \"\(name)\"; use AND, OR, NOT, NAND, NOR or XOR")
            }
            return pair(Datasets.truthTable(gate))
        },
        Builtin(
            "noisyLinear",
            [count(10), .labeled("slope", .double(0.5)), .labeled("intercept", .double(1)), .labeled("range", .void),
             .labeled("noise", .double(1)), .labeled("seed", .void)],
            doc: "x uniform in `range:` (default -10...10) and y = intercept + slope·x + noise·N(0, 1), as seed 000 draws them."
        ) { args, interpreter, _ in
            let (x, y) = Datasets.noisyLinear(
                try sampleCount(args), slope: try args.double("slope"), intercept: try args.double("intercept"),
                range: try interval(args, "range", default: -10...10), noise: try args.double("noise"),
                using: try NNConversion.randomState(args, interpreter))
            return .tuple([.tensor(Tensor(x)), .tensor(Tensor(y))])
        },
        Builtin("take", [.positional("x"), .positional("indices")],
                doc: "The rows of x at the given indices, repeats allowed (numpy's x[[i, j, …]]): how a minibatch is taken.") {
            args, _, position in
            guard let indices = NNConversion.labels(args["indices"]) else {
                throw args.error("indices", "`take` needs an array of Int indices")
            }
            let x = try args.tensor("x")
            return .tensor(try TensorOperators.engine(position) { try x.rows(indices) })
        },
        Builtin("Perceptron", [.labeled("weights"), .labeled("bias", .double(0))],
                doc: "A line w·x + b = 0 predicting 1 where w·x + b ≥ 0, with the perceptron trick.") { args, _, _ in
            .object(PerceptronObject(Perceptron(weights: try args.doubles("weights"), bias: try args.double("bias"))))
        },
        Builtin("LogisticRegression", [.labeled("weights", .void), .labeled("bias", .double(0)), .labeled("features", .void)],
                doc: "ŷ = σ(w·x + b): from `weights:`, or `features: n` with weights drawn as numpy's normal(scale: 1/√n).") {
            args, interpreter, position in
            if args.has("weights") {
                return .object(LogisticRegressionObject(LogisticRegression(weights: try args.doubles("weights"), bias: try args.double("bias"))))
            }
            guard args.has("features") else {
                throw LanguageError(message: "`LogisticRegression` needs `weights:` or `features:`", position: position)
            }
            let n = try args.int("features")
            guard (1...100_000).contains(n) else { throw args.error("features", "`features:` must be in 1...100000") }
            return .object(LogisticRegressionObject(LogisticRegression(features: n, using: interpreter.randomState)))
        },
        Builtin(
            "csv", [.positional("path")],
            doc: "Reads a table from a CSV file in the lesson's own folder: numeric columns as tensors, text columns as "
                + "arrays of strings (`column`), any column as written (`text`)."
        ) { args, interpreter, position in
            let path = try args.string("path")
            let text = try LessonFiles.read(path, lesson: interpreter.origin.file) { message in
                args.error("path", message)
            }
            do throws(CSVError) {
                return .object(CSVObject(try CSVTable.parse(text) { (try? interpreter.checkClock(position)) == nil }))
            } catch {
                // Stopped by the cell's limits: the limit's own error says which.
                try interpreter.checkClock(position)
                throw args.error("path", "\(path):\(error.line): \(error.message)")
            }
        },
    ]

    private static func count(_ fallback: Int) -> BuiltinParameter {
        BuiltinParameter(label: nil, name: "count", defaultValue: .int(fallback))
    }

    private static func sampleCount(_ args: Arguments) throws -> Int {
        let n = try args.int("count")
        guard (1...1_000_000).contains(n) else { throw args.error("count", "a data set has 1...1000000 samples") }
        return n
    }

    /// A data set as numpy users hold it: a (samples, features) tensor and a tensor of labels.
    private static func pair(_ data: Dataset) -> RuntimeValue {
        .tuple([.tensor(data.features), .tensor(data.targets)])
    }

    private static func box(_ args: Arguments) throws -> ClosedRange<Double> {
        try interval(args, "box", default: -10...10)
    }

    private static func interval(_ args: Arguments, _ parameter: String, default fallback: ClosedRange<Double>) throws
        -> ClosedRange<Double>
    {
        guard args.has(parameter) else { return fallback }
        guard case .range(let lo, let hi, _) = args[parameter], let a = lo.number, let b = hi.number, a.isFinite, b.isFinite, a < b else {
            throw args.error(parameter, "`\(parameter):` needs a range such as -10...10")
        }
        return a...b
    }
}
