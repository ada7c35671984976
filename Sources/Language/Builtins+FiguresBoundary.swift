import Engine
import Figures

/// `decisionBoundary(model, X, y)`: the regions a classifier gives each class over its data, the boundary
/// between them (smooth: see `DecisionGrid`), and the data coloured by class. A `TensorMLP` is evaluated a
/// whole batch of points per call; other models and closures point by point.
extension Builtins {
    static let decisionBoundary = Builtin(
        "decisionBoundary",
        [.positional("model"), .positional("X"), .positional("y"), .labeled("threshold", .void), .labeled("n", .int(60))],
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
        guard (5...300).contains(n) else { throw args.error("n", "`n` must be between 5 and 300") }
        let threshold = args.has("threshold") ? try args.double("threshold") : (classes[0] + classes[1]) / 2
        let classify = try classifier(args["model"], classes: classes, threshold: threshold, interpreter, position)
        let xs = (0..<labels.count).map { points.data[2 * $0] }, ys = (0..<labels.count).map { points.data[2 * $0 + 1] }
        let margins = try DecisionGrid.margins(x: padded(xs), y: padded(ys), n: n, classes: classes.count) { points in
            try classify(points).map { scores in scores.indices.max { scores[$0] < scores[$1] } ?? 0 }
        }
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
            colors.append(Colors.tab10[classes.firstIndex(of: label)!])
        }
        for (scores, label) in zip(try classify(Array(zip(xs, ys))), labels) {
            let predicted = scores.indices.max { scores[$0] < scores[$1] } ?? 0
            if classes[predicted] == label { correct += 1 }
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

    /// Rows of points a `TensorMLP` takes per call, so a fine grid does not build one huge batch.
    private static let batchRows = 4096

    /// Turns the model into per-class scores at points: a number (or a Bool, as 1 or 0, or a one-element array or tensor) is
    /// compared with the threshold (two classes) or with the class labels (more), several numbers are the
    /// classes' scores.
    private static func classifier(
        _ model: RuntimeValue, classes: [Double], threshold: Double, _ interpreter: Interpreter, _ position: Position
    ) throws -> ([(x: Double, y: Double)]) throws -> [[Double]] {
        func scores(_ numbers: [Double]) -> [Double]? {
            if numbers.count == 1 {
                let score = numbers[0]
                return classes.count == 2 ? [threshold - score, score - threshold] : classes.map { -abs(score - $0) }
            }
            return numbers.count == classes.count ? numbers : nil
        }
        if case .object(let object) = model, let network = object as? TensorMLPObject {
            return { points in
                var all: [[Double]] = []
                for start in stride(from: 0, to: points.count, by: batchRows) {
                    let batch = points[start..<min(start + batchRows, points.count)]
                    let input = Tensor(batch.flatMap { [$0.x, $0.y] }, shape: [batch.count, 2])
                    let output = try TensorOperators.engine(position) { try network.mlp(input) }
                    let width = output.data.count / batch.count
                    for row in 0..<batch.count {
                        guard width >= 1, output.data.count == width * batch.count,
                              let row = scores(Array(output.data[(row * width)..<((row + 1) * width)])) else {
                            throw LanguageError(
                                message: "`decisionBoundary` needs the model to return one score, or one per class "
                                    + "(\(classes.count)), per point, not \(width)", position: position)
                        }
                        all.append(row)
                    }
                }
                return all
            }
        }
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
        return { points in
            try points.map { point in
                let result = try call(point.x, point.y)
                let numbers: [Double]? = if case .bool(let inClass) = result { [inClass ? 1 : 0] } else if result.isNumeric {
                    result.number.map { [$0] }
                } else {
                    TensorConversion.numbers(result) ?? arrayNumbers(result)
                }
                if let numbers, let scores = scores(numbers) { return scores }
                throw LanguageError(
                    message: "`decisionBoundary` needs the model to return a number or one score per class (\(classes.count)), "
                        + "not \(result.typeName)", position: position)
            }
        }
    }

    private static func arrayNumbers(_ value: RuntimeValue) -> [Double]? {
        guard case .array(let items) = value else { return nil }
        let numbers = items.compactMap(\.number)
        return numbers.count == items.count ? numbers : nil
    }
}
