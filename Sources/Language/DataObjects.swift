import Engine

// Seed 001's perceptron and logistic regression, and CSV tables, as swift-nn objects.

extension Builtins {
    static let dataMethods: [Builtin] = [
        perceptron("score", [.positional("x")], doc: "w·x + b for one sample.") { p, args, position in
            .double(p.perceptron.score(try p.features(args, at: position)))
        },
        perceptron("predict", [.positional("x")], doc: "1 where w·x + b ≥ 0, else 0.") { p, args, position in
            .int(p.perceptron.predict(try p.features(args, at: position)))
        },
        perceptron("callAsFunction", [.positional("x")], doc: "`p(x)`: the prediction, as `predict(x)`.") { p, args, position in
            .int(p.perceptron.predict(try p.features(args, at: position)))
        },
        perceptron("trick", [.positional("x"), .labeled("label"), .labeled("rate")],
                   doc: "The perceptron trick: when x is misclassified, moves the line toward it; true when it moved.") {
            p, args, position in
            let label = try args.int("label")
            guard label == 0 || label == 1 else { throw args.error("label", "a perceptron's label is 0 or 1, not \(label)") }
            return .bool(p.perceptron.trick(try p.features(args, at: position), label: label, rate: try args.double("rate")))
        },
        perceptron("train", [.positional("points"), .positional("labels"), .labeled("rate"), .labeled("epochs")],
                   doc: "Applies the trick to every point, `epochs` times; the perceptron after each epoch.") { p, args, _ in
            let (points, labels) = try samples(args, width: p.perceptron.weights.count)
            guard labels.allSatisfy({ $0 == 0 || $0 == 1 }) else { throw args.error("labels", "a perceptron's labels are 0 or 1") }
            let epochs = try trainingEpochs(args)
            let history = p.perceptron.train(points: points, labels: labels.map { Int($0) }, rate: try args.double("rate"),
                                             epochs: epochs)
            return .array(history.map { .object(PerceptronObject($0)) })
        },
        logistic("probability", [.positional("x")], doc: "ŷ = σ(w·x + b) for one sample.") { m, args, position in
            .double(m.model.probability(try m.features(args, at: position)))
        },
        logistic("callAsFunction", [.positional("x")], doc: "`model(x)`: the probability, as `probability(x)`.") {
            m, args, position in .double(m.model.probability(try m.features(args, at: position)))
        },
        logistic("predict", [.positional("x")], doc: "1 where the probability is at least 0.5, else 0.") { m, args, position in
            .int(m.model.probability(try m.features(args, at: position)) >= 0.5 ? 1 : 0)
        },
        logistic("error", [.positional("points"), .positional("labels")], doc: "The mean log loss over the samples.") {
            m, args, _ in
            let (points, labels) = try samples(args, width: m.model.weights.count)
            return .double(m.model.error(points: points, labels: labels))
        },
        logistic("update", [.positional("x"), .labeled("label"), .labeled("rate")],
                 doc: "One step for one sample: w ← w + rate·(y − ŷ)·x, b ← b + rate·(y − ŷ).") { m, args, position in
            m.model.update(try m.features(args, at: position), label: try args.double("label"), rate: try args.double("rate"))
            return .void
        },
        logistic("train", [.positional("points"), .positional("labels"), .labeled("rate"), .labeled("epochs")],
                 doc: "`update` on every sample, `epochs` times; the error after each epoch, as a tensor.") { m, args, _ in
            let (points, labels) = try samples(args, width: m.model.weights.count)
            let epochs = try trainingEpochs(args)
            return .tensor(Tensor(m.model.train(points: points, labels: labels, rate: try args.double("rate"), epochs: epochs)))
        },
        csvColumn("column", doc: "One column by its index, or by its header with `named:`: a tensor when it holds "
                  + "numbers, else an array of strings.") { object, j in object.column(j) },
        csvColumn("text", doc: "One column as the strings the file holds, numbers included, by index or `named:`.") {
            object, j in .array(object.table.text(column: j).map(RuntimeValue.string))
        },
    ]

    /// A CSV method that picks one column, by index or `named:` header.
    private static func csvColumn(
        _ name: String, doc: String, _ body: @escaping (CSVObject, Int) -> RuntimeValue
    ) -> Builtin {
        Builtin(name, on: "CSV", [BuiltinParameter(label: nil, name: "index", defaultValue: .void), .labeled("named", .void)],
                doc: doc) { args, _, _ in
            let object = try args.receiver(CSVObject.self)
            let table = object.table
            if args.has("named") {
                let header = try args.string("named")
                guard let index = table.index(named: header) else {
                    throw args.error("named", "no column named \"\(header)\"; the columns are \(table.header ?? [])")
                }
                return body(object, index)
            }
            let j = try args.int("index")
            guard (0..<table.width).contains(j) else { throw args.error("index", "the table has columns 0..<\(table.width)") }
            return body(object, j)
        }
    }

    private static func perceptron(
        _ name: String, _ parameters: [BuiltinParameter], doc: String,
        _ body: @escaping (PerceptronObject, Arguments, Position) throws -> RuntimeValue
    ) -> Builtin {
        Builtin(name, on: "Perceptron", parameters, doc: doc) { args, _, position in
            try body(try args.receiver(PerceptronObject.self), args, position)
        }
    }

    private static func logistic(
        _ name: String, _ parameters: [BuiltinParameter], doc: String,
        _ body: @escaping (LogisticRegressionObject, Arguments, Position) throws -> RuntimeValue
    ) -> Builtin {
        Builtin(name, on: "LogisticRegression", parameters, doc: doc) { args, _, position in
            try body(try args.receiver(LogisticRegressionObject.self), args, position)
        }
    }

    private static func trainingEpochs(_ args: Arguments) throws -> Int {
        let epochs = try args.int("epochs")
        guard (0...100_000).contains(epochs) else { throw args.error("epochs", "`epochs:` must be in 0...100000") }
        return epochs
    }
}

/// One sample's features, checked against the number of weights.
private func sampleFeatures(_ value: RuntimeValue, count: Int, _ typeName: String, at position: Position) throws -> [Double] {
    guard let x = TensorConversion.numbers(value), x.count == count else {
        throw LanguageError(message: "\(typeName) needs one sample of \(count) numbers, not \(Display.repr(value).prefix(40))",
                            position: position)
    }
    return x
}

/// Samples and their labels for training: a matrix (one row per sample) and as many numbers.
private func samples(_ args: Arguments, width: Int) throws -> ([[Double]], [Double]) {
    guard let points = NNConversion.rows(args["points"]), points.allSatisfy({ $0.count == width }) else {
        throw args.error("points", "`\(args.name)` needs a matrix with one row of \(width) numbers per sample")
    }
    let labels = try args.doubles("labels")
    guard labels.count == points.count else {
        throw args.error("labels", "`\(args.name)` needs one label per sample (\(points.count)), got \(labels.count)")
    }
    return (points, labels)
}

/// `Perceptron(weights: [3, 4], bias: -10)`: predicts 1 where w·x + b ≥ 0; `trick` moves the line toward a
/// misclassified point.
final class PerceptronObject: NativeObject {
    var perceptron: Perceptron

    init(_ perceptron: Perceptron) {
        self.perceptron = perceptron
    }

    var typeName: String { "Perceptron" }

    func features(_ args: Arguments, at position: Position) throws -> [Double] {
        try sampleFeatures(args["x"], count: perceptron.weights.count, typeName, at: position)
    }
    static let propertyNames: [String] = ["weights", "bias"]
    var display: String {
        "Perceptron(weights: \(Display.repr(NNConversion.array(perceptron.weights))), bias: \(Display.float(perceptron.bias)))"
    }

    func property(_ name: String, at position: Position) throws -> RuntimeValue? {
        switch name {
        case "weights": NNConversion.array(perceptron.weights)
        case "bias": .double(perceptron.bias)
        default: nil
        }
    }

}

/// `LogisticRegression(weights: [1, 1], bias: 0)`: ŷ = σ(w·x + b), trained point by point with w ← w + α(y − ŷ)x.
final class LogisticRegressionObject: NativeObject {
    var model: LogisticRegression

    init(_ model: LogisticRegression) {
        self.model = model
    }

    var typeName: String { "LogisticRegression" }

    func features(_ args: Arguments, at position: Position) throws -> [Double] {
        try sampleFeatures(args["x"], count: model.weights.count, typeName, at: position)
    }
    static let propertyNames: [String] = ["weights", "bias"]
    var display: String {
        "LogisticRegression(weights: \(Display.repr(NNConversion.array(model.weights))), bias: \(Display.float(model.bias)))"
    }

    func property(_ name: String, at position: Position) throws -> RuntimeValue? {
        switch name {
        case "weights": NNConversion.array(model.weights)
        case "bias": .double(model.bias)
        default: nil
        }
    }

}

/// A table read by `csv`: `header`, `rows` as a matrix, `columns`, and `column(named:)`.
final class CSVObject: NativeObject {
    let table: CSVTable

    init(_ table: CSVTable) {
        self.table = table
    }

    var typeName: String { "CSV" }
    static let propertyNames: [String] = ["header", "numericHeader", "rows", "columns", "count"]
    var display: String { "CSV(\(table.fields.count) rows × \(table.width) columns)" }

    func property(_ name: String, at position: Position) throws -> RuntimeValue? {
        switch name {
        case "header": .array((table.header ?? []).map(RuntimeValue.string))
        case "numericHeader": .array((table.numericHeader ?? []).map(RuntimeValue.string))
        case "rows":
            .tensor(Tensor(table.rows.flatMap { $0 }, shape: [table.fields.count, table.isNumeric.filter { $0 }.count]))
        case "columns": .array((0..<table.width).map(column))
        case "count": .int(table.fields.count)
        default: nil
        }
    }

    /// A numeric column as a tensor, a text column as an array of strings.
    func column(_ j: Int) -> RuntimeValue {
        table.numbers(column: j).map { .tensor(Tensor($0)) } ?? .array(table.text(column: j).map(RuntimeValue.string))
    }
}
