import Figures

/// matplotlib's pyplot vocabulary: calls draw into the cell's current figure, which is shown at `show()`
/// or when the cell ends. The interpreter only describes figures; the Figures module draws them.
extension Builtins {
    static let figures = pyplot + figureAxes + figureCharts + figureFields + figures3D + figureMotion + figureDiagrams

    private static let pyplot: [Builtin] = [
        Builtin(
            "plot",
            [.labeled("zs", .void), .labeled("label", .void), .labeled("color", .void), .labeled("linestyle", .void),
             .labeled("linewidth", .void), .labeled("markersize", .void), .labeled("alpha", .void)],
            variadic: true,
            doc: "Draws a line: plot(ys), plot(xs, ys), plot(xs, ys, \"r--\"), plot(f, -5...5) for a function "
                + "(sampled densely where it bends), plot(xs, ys, zs: zs) in 3-D."
        ) { args, interpreter, position in
            var mark = try lineMark(args, interpreter, position)
            if args.has("zs") {
                let zs = try args.doubles("zs")
                guard zs.count == mark.xs.count else {
                    throw args.error("zs", "`plot` needs as many zs as xs (\(zs.count) and \(mark.xs.count))")
                }
                mark.zs = zs
                interpreter.withAxes { if $0.view == nil { $0.view = View3D() } }
            }
            if args.has("label") { mark.label = Display.text(args["label"]) }
            if args.has("color") { mark.color = try FigureArguments.color(args, "color") }
            if args.has("linestyle") { mark.lineStyle = try FigureArguments.lineStyle(args) }
            if args.has("linewidth") { mark.lineWidth = try args.double("linewidth") }
            if args.has("markersize") { mark.markerSize = try args.double("markersize") }
            if args.has("alpha") { mark.alpha = try FigureArguments.alpha(args) }
            interpreter.draw(.line(mark))
            return .void
        },
        scatter,
        Builtin("figure", [.labeled("figsize", .void)], doc: "Starts a new figure; figsize: (width, height) in inches.") {
            args, interpreter, _ in
            interpreter.flushFigure()
            var figure = Figure()
            if args.has("figsize") { (figure.width, figure.height) = try figureSize(args) }
            interpreter.currentFigure = figure
            return .void
        },
        text("title", "Sets the current panel's title; TeX between $…$ is allowed.") { $0.title = $1 },
        text("xlabel", "Labels the x axis; TeX between $…$ is allowed.") { $0.xlabel = $1 },
        text("ylabel", "Labels the y axis; TeX between $…$ is allowed.") { $0.ylabel = $1 },
        Builtin(
            "legend", [.labeled("loc", .string("best"))],
            doc: "Shows a legend of the labelled marks; `loc:` places it by matplotlib's names (\"upper left\", "
                + "\"lower right\", \"center\", …), by default \"best\": where it covers the least data."
        ) { args, interpreter, _ in
            let name = try args.string("loc")
            guard let location = LegendLocation(rawValue: name) else {
                let names = LegendLocation.allCases.map(\.rawValue)
                throw LanguageError(
                    message: "unknown legend location \(StringLiteral.quoted(name)); use one of "
                        + names.map { StringLiteral.quoted($0) }.joined(separator: ", "),
                    position: args.position(of: "loc"), suggestion: Suggestion.nearest(to: name, in: names))
            }
            interpreter.withAxes {
                $0.legend = true
                $0.legendLocation = location == .best ? nil : location
            }
            return .void
        },
        Builtin("grid", [BuiltinParameter(label: nil, name: "on", defaultValue: .bool(true))], doc: "Draws grid lines.") {
            args, interpreter, _ in
            let on = try args.bool("on")
            interpreter.withAxes { $0.grid = on }
            return .void
        },
        limits("xlim", "Sets the x range shown.") { $0.xlim = $1 },
        limits("ylim", "Sets the y range shown.") { $0.ylim = $1 },
        Builtin(
            "savefig", [.positional("name")],
            doc: "Writes the current figure as the SVG file `name` (such as \"loss.svg\") beside the page in the "
                + "output folder, when the lesson is rendered or built; the figure is still shown."
        ) { args, interpreter, _ in
            let name = try args.string("name")
            if let problem = SavedFigureName.problem(name) { throw args.error("name", problem) }
            guard let figure = interpreter.currentFigure else {
                throw args.error("name", "`savefig` has no figure to save: draw one first (it saves the current figure)")
            }
            interpreter.outputs.append(.savedFigure(name: name, figure))
            return .void
        },
        Builtin("show", doc: "Shows the current figure now; later plotting starts a new one.") { _, interpreter, _ in
            interpreter.flushFigure()
            return .void
        },
    ]

    private static let scatter = Builtin(
        "scatter",
        [.positional("xs"), .positional("ys"), .labeled("zs", .void), .labeled("c", .void), .labeled("color", .void),
         .labeled("s", .void), .labeled("marker", .void), .labeled("label", .void), .labeled("alpha", .void)],
        doc: "Draws points at (xs[i], ys[i]); `c:` colours them by class (or by value), `s:` is the marker area "
            + "in points², one for all or one per point, as in matplotlib."
    ) { args, interpreter, position in
        let xs = try args.doubles("xs"), ys = try args.doubles("ys")
        guard xs.count == ys.count else {
            throw LanguageError(message: "`scatter` needs as many xs as ys (\(xs.count) and \(ys.count))", position: position)
        }
        var mark = ScatterMark(xs: xs, ys: ys)
        if args.has("zs") {
            mark.zs = try args.doubles("zs")
            interpreter.withAxes { if $0.view == nil { $0.view = View3D() } }
        }
        if args.has("c") { mark.colors = try classColors(args, count: xs.count) }
        if args.has("color") { mark.color = try FigureArguments.color(args, "color") }
        if args.has("s") {
            if let sizes = TensorConversion.numbers(args["s"]) { mark.sizes = sizes } else { mark.size = try args.double("s") }
        }
        if args.has("marker") {
            let letter = try args.string("marker")
            guard letter.count == 1, let marker = PlotFormat.marker(letter.first!) else {
                throw args.error("marker", "unknown marker `\(letter)`; use one of o . s ^ v + x * d")
            }
            mark.marker = marker
        }
        if args.has("label") { mark.label = Display.text(args["label"]) }
        if args.has("alpha") { mark.alpha = try FigureArguments.alpha(args) }
        interpreter.draw(.scatter(mark))
        return .void
    }

    /// Colours for `c:`: colour names as given, whole numbers as classes in the tab10 colours (the smallest
    /// class first), other numbers along viridis.
    private static func classColors(_ args: Arguments, count: Int) throws -> [String] {
        if case .array(let items) = args["c"], items.allSatisfy({ if case .string = $0 { true } else { false } }) {
            return try items.map { item in
                let name = Display.text(item)
                guard let hex = Colors.hex(name) else { throw args.error("c", "unknown colour `\(name)`") }
                return hex
            }
        }
        let values = try args.doubles("c")
        guard values.count == count else {
            throw args.error("c", "`scatter` needs one `c` per point (\(values.count) for \(count) points)")
        }
        if values.allSatisfy({ $0.rounded() == $0 }) {
            let classes = Array(Set(values)).sorted()
            return values.map { Colors.tab10[classes.firstIndex(of: $0)! % Colors.tab10.count] }
        }
        let low = values.min() ?? 0, high = values.max() ?? 1
        return values.map { Colormap.viridis.hex(at: high > low ? ($0 - low) / (high - low) : 0.5) }
    }

    private static func figureSize(_ args: Arguments) throws -> (Double, Double) {
        guard case .tuple(let size) = args["figsize"], size.count == 2,
              let w = size[0].number, let h = size[1].number, w > 0, h > 0, w <= 40, h <= 40 else {
            throw args.error("figsize", "`figsize` must be a (width, height) tuple of inches between 0 and 40")
        }
        return (w, h)
    }

    private static func text(_ name: String, _ doc: String, _ set: @escaping (inout Axes, String) -> Void) -> Builtin {
        Builtin(name, [.positional("text")], doc: doc) { args, interpreter, _ in
            let text = Display.text(args["text"])
            interpreter.withAxes { set(&$0, text) }
            return .void
        }
    }

    static func limits(
        _ name: String, _ doc: String, _ set: @escaping (inout Axes, ClosedRange<Double>) -> Void
    ) -> Builtin {
        Builtin(name, [.positional("low"), .positional("high")], doc: doc) { args, interpreter, position in
            let low = try args.double("low"), high = try args.double("high")
            guard low < high, low.isFinite, high.isFinite else {
                throw LanguageError(message: "`\(name)` needs finite limits with low < high", position: position)
            }
            interpreter.withAxes { set(&$0, low...high) }
            return .void
        }
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
            let ys = try FigureArguments.numbers(positional[0], "plot", position)
            mark = LineMark(xs: ys.indices.map(Double.init), ys: ys)
        case 2:
            if case .function(let f) = positional[0] {
                let range = try FigureArguments.bounds(positional[1], "plot(f, …)", position)
                let (xs, ys) = try FunctionSampler.sample(range) { x in
                    try FigureArguments.call(f, [x], "plot(\(f.name), …)", interpreter, position)
                }
                mark = LineMark(xs: xs, ys: ys)
            } else {
                let xs = try FigureArguments.numbers(positional[0], "plot", position)
                let ys = try FigureArguments.numbers(positional[1], "plot", position)
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
        if let format { try apply(format, to: &mark, position) }
        return mark
    }

    private static func apply(_ format: String, to mark: inout LineMark, _ position: Position) throws {
        do {
            let parsed = try PlotFormat.parse(format)
            mark.color = parsed.color
            mark.marker = parsed.marker
            mark.lineStyle = parsed.lineStyle ?? (parsed.marker == nil ? .solid : .none)
        } catch let error as PlotFormatError {
            throw LanguageError(message: error.message, position: position)
        }
    }
}
