import Figures

/// `decisionBoundary(model, X, y)`: the regions a classifier gives each class over its data, the boundary
/// between them, and the data coloured by class.
extension Builtins {
    static let decisionBoundary = Builtin(
        "decisionBoundary",
        [.positional("model"), .positional("X"), .positional("y"), .labeled("threshold", .void), .labeled("n", .int(50))],
        doc: "Shades the region of each class a classifier (a model or a closure of (x1, x2) or of a point) predicts "
            + "over the data, draws the boundary and the points, and returns the fraction of points it classifies right."
    ) { args, interpreter, position in
        let points = try args.tensor("X")
        guard points.rank == 2, points.shape[1] == 2, points.shape[0] >= 1 else {
            throw args.error("X", "`decisionBoundary` needs X with two columns, one row per point")
        }
        let labels = try args.doubles("y")
        guard labels.count == points.shape[0] else {
            throw args.error("y", "`decisionBoundary` needs one label per row of X (\(labels.count) for \(points.shape[0]))")
        }
        let classes = Array(Set(labels)).sorted()
        guard classes.count >= 2, classes.count <= 10 else {
            throw args.error("y", "`decisionBoundary` needs 2 to 10 classes, found \(classes.count)")
        }
        let n = try args.int("n")
        guard (5...200).contains(n) else { throw args.error("n", "`n` must be between 5 and 200") }
        let threshold = args.has("threshold") ? try args.double("threshold") : (classes[0] + classes[1]) / 2
        let classify = try classifier(args["model"], classes: classes, threshold: threshold, interpreter, position)
        let xs = (0..<labels.count).map { points.data[2 * $0] }, ys = (0..<labels.count).map { points.data[2 * $0 + 1] }
        let margins = try classMargins(classify, x: padded(xs), y: padded(ys), n: n, classes: classes.count)
        for (index, grid) in margins.enumerated() {
            interpreter.draw(.contour(ContourMark(grid: grid, levels: [0], filled: true,
                                                  colors: [Colors.tab10[index]], alpha: 0.22)))
        }
        for grid in (classes.count == 2 ? [margins[1]] : margins) {
            interpreter.draw(.contour(ContourMark(grid: grid, levels: [0], colors: ["currentColor"], lineWidth: 1.2)))
        }
        var correct = 0
        var colors: [String] = []
        for (index, label) in labels.enumerated() {
            let scores = try classify(xs[index], ys[index])
            let predicted = scores.indices.max { scores[$0] < scores[$1] } ?? 0
            if classes[predicted] == label { correct += 1 }
            colors.append(Colors.tab10[classes.firstIndex(of: label)!])
        }
        interpreter.draw(.scatter(ScatterMark(xs: xs, ys: ys, colors: colors, size: 25)))
        return .double(Double(correct) / Double(labels.count))
    }

    /// A range 10% wider than the values on each side.
    private static func padded(_ values: [Double]) -> ClosedRange<Double> {
        let low = values.min() ?? 0, high = values.max() ?? 1
        let pad = high > low ? (high - low) * 0.1 : 1
        return (low - pad)...(high + pad)
    }

    /// For each class, how far a point is inside its region: ≥ 0 exactly where the classifier picks it.
    private static func classMargins(
        _ classify: (Double, Double) throws -> [Double], x: ClosedRange<Double>, y: ClosedRange<Double>, n: Int,
        classes: Int
    ) throws -> [GridValues] {
        var scores: [[Double]] = []
        let shape = try GridValues(x: x, y: y, count: n) { x, y in
            scores.append(try classify(x, y))
            return 0
        }
        return (0..<classes).map { k in
            var grid = shape
            grid.values = scores.map { s in s[k] - (s.indices.filter { $0 != k }.map { s[$0] }.max() ?? 0) }
            return grid
        }
    }

    /// Turns the model into per-class scores at a point: a number is compared with the threshold (two classes)
    /// or with the class labels (more), several numbers are the classes' scores.
    private static func classifier(
        _ model: RuntimeValue, classes: [Double], threshold: Double, _ interpreter: Interpreter, _ position: Position
    ) throws -> (Double, Double) throws -> [Double] {
        let call: (Double, Double) throws -> RuntimeValue
        switch model {
        case .function(let f) where f.parameterCount == 2:
            call = { try interpreter.callFunction(f, [.double($0), .double($1)], at: position) }
        case .function(let f):
            call = { try interpreter.callFunction(f, [.array([.double($0), .double($1)])], at: position) }
        case .object(let object):
            guard let method = Builtins.methods[object.methodType]?["callAsFunction"] else {
                throw LanguageError(message: "`decisionBoundary` cannot call a \(object.typeName)", position: position)
            }
            call = { x, y in
                let argument = CallArgument(label: nil, value: .array([.double(x), .double(y)]), position: position)
                return try method.call([argument], interpreter, position, receiver: model)
            }
        default:
            throw LanguageError(message: "`decisionBoundary` needs a model or a function, not \(model.typeName)",
                                position: position)
        }
        return { x, y in
            let result = try call(x, y)
            if result.isNumeric, let score = result.number {
                if classes.count == 2 { return [threshold - score, score - threshold] }
                return classes.map { -abs(score - $0) }
            }
            if let scores = TensorConversion.numbers(result) ?? arrayNumbers(result), scores.count == classes.count {
                return scores
            }
            throw LanguageError(
                message: "`decisionBoundary` needs the model to return a number or one score per class (\(classes.count)), "
                    + "not \(result.typeName)", position: position)
        }
    }

    private static func arrayNumbers(_ value: RuntimeValue) -> [Double]? {
        guard case .array(let items) = value else { return nil }
        let numbers = items.compactMap(\.number)
        return numbers.count == items.count ? numbers : nil
    }
}
