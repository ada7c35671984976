import Figures

/// matplotlib's pyplot vocabulary: calls draw into the cell's current figure, which is shown at `show()`
/// or when the cell ends. The interpreter only describes figures; the Figures module draws them.
extension Builtins {
    static let figures: [Builtin] = [
        Builtin(
            "plot",
            [.labeled("label", .void), .labeled("color", .void), .labeled("linewidth", .void), .labeled("markersize", .void)],
            variadic: true,
            doc: "Draws a line: plot(ys), plot(xs, ys), plot(xs, ys, \"r--\"), or plot(f, -5...5) for a function."
        ) { args, interpreter, position in
            var mark = try lineMark(args, interpreter, position)
            if args.has("label") { mark.label = Display.text(args["label"]) }
            if args.has("color") { mark.color = try color(args, "color") }
            if args.has("linewidth") { mark.lineWidth = try args.double("linewidth") }
            if args.has("markersize") { mark.markerSize = try args.double("markersize") }
            interpreter.draw(.line(mark))
            return .void
        },
        Builtin(
            "scatter",
            [.positional("xs"), .positional("ys"), .labeled("color", .void), .labeled("s", .void), .labeled("label", .void)],
            doc: "Draws points at (xs[i], ys[i]); `s:` is the marker area in points², as in matplotlib."
        ) { args, interpreter, position in
            let xs = try args.doubles("xs"), ys = try args.doubles("ys")
            guard xs.count == ys.count else {
                throw LanguageError(message: "`scatter` needs as many xs as ys (\(xs.count) and \(ys.count))", position: position)
            }
            var mark = ScatterMark(xs: xs, ys: ys)
            if args.has("color") { mark.color = try color(args, "color") }
            if args.has("s") { mark.size = try args.double("s") }
            if args.has("label") { mark.label = Display.text(args["label"]) }
            interpreter.draw(.scatter(mark))
            return .void
        },
        Builtin("figure", [.labeled("figsize", .void)], doc: "Starts a new figure; figsize: (width, height) in inches.") {
            args, interpreter, position in
            interpreter.flushFigure()
            var figure = Figure()
            if args.has("figsize") {
                guard case .tuple(let size) = args["figsize"], size.count == 2,
                      let w = size[0].number, let h = size[1].number, w > 0, h > 0, w <= 40, h <= 40 else {
                    throw args.error("figsize", "`figsize` must be a (width, height) tuple of inches between 0 and 40")
                }
                figure.width = w
                figure.height = h
            }
            interpreter.currentFigure = figure
            return .void
        },
        text("title", "Sets the figure's title; TeX between $…$ is allowed.") { $0.title = $1 },
        text("xlabel", "Labels the x axis; TeX between $…$ is allowed.") { $0.xlabel = $1 },
        text("ylabel", "Labels the y axis; TeX between $…$ is allowed.") { $0.ylabel = $1 },
        Builtin("legend", doc: "Shows a legend of the labelled marks.") { _, interpreter, _ in
            interpreter.withFigure { $0.legend = true }
            return .void
        },
        Builtin("grid", [BuiltinParameter(label: nil, name: "on", defaultValue: .bool(true))], doc: "Draws grid lines.") {
            args, interpreter, _ in
            let on = try args.bool("on")
            interpreter.withFigure { $0.grid = on }
            return .void
        },
        limits("xlim", "Sets the x range shown.") { $0.xlim = $1 },
        limits("ylim", "Sets the y range shown.") { $0.ylim = $1 },
        Builtin("show", doc: "Shows the current figure now; later plotting starts a new one.") { _, interpreter, _ in
            interpreter.flushFigure()
            return .void
        },
    ]

    private static func text(_ name: String, _ doc: String, _ set: @escaping (inout Figure, String) -> Void) -> Builtin {
        Builtin(name, [.positional("text")], doc: doc) { args, interpreter, _ in
            let text = Display.text(args["text"])
            interpreter.withFigure { set(&$0, text) }
            return .void
        }
    }

    private static func limits(
        _ name: String, _ doc: String, _ set: @escaping (inout Figure, ClosedRange<Double>) -> Void
    ) -> Builtin {
        Builtin(name, [.positional("low"), .positional("high")], doc: doc) { args, interpreter, position in
            let low = try args.double("low"), high = try args.double("high")
            guard low < high, low.isFinite, high.isFinite else {
                throw LanguageError(message: "`\(name)` needs finite limits with low < high", position: position)
            }
            interpreter.withFigure { set(&$0, low...high) }
            return .void
        }
    }

    private static func color(_ args: Arguments, _ parameter: String) throws -> String {
        let name = try args.string(parameter)
        guard let hex = Colors.hex(name) else { throw args.error(parameter, "unknown colour `\(name)`") }
        return hex
    }

    /// The line of a `plot` call from its positional arguments.
    private static func lineMark(_ args: Arguments, _ interpreter: Interpreter, _ position: Position) throws -> LineMark {
        var positional = args.rest
        var format: String?
        if case .string(let f)? = positional.last {
            format = f
            positional.removeLast()
        }
        var mark: LineMark
        switch positional.count {
        case 1:
            let ys = try numbers(positional[0], "plot", position)
            mark = LineMark(xs: ys.indices.map(Double.init), ys: ys)
        case 2:
            if case .function(let f) = positional[0] {
                let (xs, ys) = try sample(f, over: positional[1], interpreter, position)
                mark = LineMark(xs: xs, ys: ys)
            } else {
                let xs = try numbers(positional[0], "plot", position), ys = try numbers(positional[1], "plot", position)
                guard xs.count == ys.count else {
                    throw LanguageError(message: "`plot` needs as many xs as ys (\(xs.count) and \(ys.count))", position: position)
                }
                mark = LineMark(xs: xs, ys: ys)
            }
        default:
            throw LanguageError(
                message: "`plot` takes (ys), (xs, ys) or (f, range), each optionally followed by a format string",
                position: position)
        }
        if let format {
            do {
                let parsed = try PlotFormat.parse(format)
                mark.color = parsed.color
                mark.marker = parsed.marker
                mark.lineStyle = parsed.lineStyle ?? (parsed.marker == nil ? .solid : .none)
            } catch let error as PlotFormatError {
                throw LanguageError(message: error.message, position: position)
            }
        }
        return mark
    }

    private static func numbers(_ value: RuntimeValue, _ name: String, _ position: Position) throws -> [Double] {
        guard let numbers = TensorConversion.numbers(value) else {
            throw LanguageError(message: "`\(name)` needs a 1-d array of numbers, not \(value.typeName)", position: position)
        }
        return numbers
    }

    /// Samples a function evenly over a range; a value that is not a finite number breaks the line there.
    private static func sample(
        _ f: FunctionValue, over range: RuntimeValue, _ interpreter: Interpreter, _ position: Position
    ) throws -> ([Double], [Double]) {
        guard case .range(let lo, let hi, _) = range, let a = lo.number, let b = hi.number, a < b else {
            throw LanguageError(message: "`plot(f, …)` needs a range such as -5...5 after the function", position: position)
        }
        let count = 201
        var xs: [Double] = [], ys: [Double] = []
        for i in 0..<count {
            let x = a + (b - a) * Double(i) / Double(count - 1)
            let y = try interpreter.callFunction(f, [.double(x)], at: position)
            guard y.isNumeric, let value = y.number else {
                throw LanguageError(
                    message: "`plot(\(f.name), …)` needs `\(f.name)` to return numbers, but it returned \(y.typeName)",
                    position: position)
            }
            xs.append(x)
            ys.append(value)
        }
        return (xs, ys)
    }
}

extension Interpreter {
    func withFigure(_ change: (inout Figure) -> Void) {
        var figure = currentFigure ?? Figure()
        change(&figure)
        currentFigure = figure
    }

    func draw(_ mark: Mark) {
        withFigure { $0.marks.append(mark) }
    }
}
