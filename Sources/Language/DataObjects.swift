import Engine

// Seed 001's perceptron and logistic regression, and CSV tables, as swift-nn objects.

/// One sample's features, checked against the number of weights.
private func features(_ value: RuntimeValue, count: Int, _ typeName: String, at position: Position) throws -> [Double] {
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
    var memberNames: [String] { ["weights", "bias", "score", "predict", "trick", "train"] }
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

    func method(_ name: String, _ args: [CallArgument], _ interpreter: Interpreter, at position: Position) throws
        -> RuntimeValue?
    {
        let width = perceptron.weights.count
        func x(_ args: Arguments) throws -> [Double] { try features(args["x"], count: width, typeName, at: position) }
        switch name {
        case "score":
            return try bound(name, [.positional("x")], args, interpreter, position) { .double(self.perceptron.score(try x($0))) }
        case "predict", "callAsFunction":
            return try bound(name, [.positional("x")], args, interpreter, position) { .int(self.perceptron.predict(try x($0))) }
        case "trick":
            return try bound(name, [.positional("x"), .labeled("label"), .labeled("rate")], args, interpreter, position) { args in
                let label = try args.int("label")
                guard label == 0 || label == 1 else { throw args.error("label", "a perceptron's label is 0 or 1, not \(label)") }
                return .bool(self.perceptron.trick(try x(args), label: label, rate: try args.double("rate")))
            }
        case "train":
            let parameters: [BuiltinParameter] = [.positional("points"), .positional("labels"), .labeled("rate"), .labeled("epochs")]
            return try bound(name, parameters, args, interpreter, position) { args in
                let (points, labels) = try samples(args, width: width)
                guard labels.allSatisfy({ $0 == 0 || $0 == 1 }) else {
                    throw args.error("labels", "a perceptron's labels are 0 or 1")
                }
                let epochs = try args.int("epochs")
                guard (0...100_000).contains(epochs) else { throw args.error("epochs", "`epochs:` must be in 0...100000") }
                let history = self.perceptron.train(points: points, labels: labels.map { Int($0) }, rate: try args.double("rate"),
                                                    epochs: epochs)
                return .array(history.map { .object(PerceptronObject($0)) })
            }
        default: return nil
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
    var memberNames: [String] { ["weights", "bias", "probability", "predict", "error", "update", "train"] }
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

    func method(_ name: String, _ args: [CallArgument], _ interpreter: Interpreter, at position: Position) throws
        -> RuntimeValue?
    {
        let width = model.weights.count
        func x(_ args: Arguments) throws -> [Double] { try features(args["x"], count: width, typeName, at: position) }
        let training: [BuiltinParameter] = [.positional("points"), .positional("labels")]
        switch name {
        case "probability", "callAsFunction":
            return try bound(name, [.positional("x")], args, interpreter, position) { .double(self.model.probability(try x($0))) }
        case "predict":
            return try bound(name, [.positional("x")], args, interpreter, position) { .int(self.model.probability(try x($0)) >= 0.5 ? 1 : 0) }
        case "error":
            return try bound(name, training, args, interpreter, position) { args in
                let (points, labels) = try samples(args, width: width)
                return .double(self.model.error(points: points, labels: labels))
            }
        case "update":
            return try bound(name, [.positional("x"), .labeled("label"), .labeled("rate")], args, interpreter, position) { args in
                self.model.update(try x(args), label: try args.double("label"), rate: try args.double("rate"))
                return .void
            }
        case "train":
            return try bound(name, training + [.labeled("rate"), .labeled("epochs")], args, interpreter, position) { args in
                let (points, labels) = try samples(args, width: width)
                let epochs = try args.int("epochs")
                guard (0...100_000).contains(epochs) else { throw args.error("epochs", "`epochs:` must be in 0...100000") }
                let errors = self.model.train(points: points, labels: labels, rate: try args.double("rate"), epochs: epochs)
                return .tensor(Tensor(errors))
            }
        default: return nil
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
    var memberNames: [String] { ["header", "numericHeader", "rows", "columns", "count", "column", "text"] }
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
    private func column(_ j: Int) -> RuntimeValue {
        table.numbers(column: j).map { .tensor(Tensor($0)) } ?? .array(table.text(column: j).map(RuntimeValue.string))
    }

    func method(_ name: String, _ args: [CallArgument], _ interpreter: Interpreter, at position: Position) throws
        -> RuntimeValue?
    {
        guard name == "column" || name == "text" else { return nil }
        let parameters = [BuiltinParameter(label: nil, name: "index", defaultValue: .void), .labeled("named", .void)]
        return try bound(name, parameters, args, interpreter, position) { args in
            let j: Int
            if args.has("named") {
                let header = try args.string("named")
                guard let index = self.table.index(named: header) else {
                    throw args.error("named", "no column named \"\(header)\"; the columns are \(self.table.header ?? [])")
                }
                j = index
            } else {
                j = try args.int("index")
                guard (0..<self.table.width).contains(j) else {
                    throw args.error("index", "the table has columns 0..<\(self.table.width)")
                }
            }
            return name == "text" ? .array(self.table.text(column: j).map(RuntimeValue.string)) : self.column(j)
        }
    }
}
