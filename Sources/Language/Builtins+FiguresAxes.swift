import Figures

/// Panels and what surrounds the data: subplots, reference lines, text, scales, aspect and frame, ticks.
extension Builtins {
    static let figureAxes: [Builtin] = [
        Builtin(
            "subplot", [.positional("rows"), .positional("columns"), .positional("index")],
            doc: "Makes panel `index` (from 1, row by row) of a rows × columns grid current, as matplotlib's subplot."
        ) { args, interpreter, position in
            let rows = try args.int("rows"), columns = try args.int("columns"), index = try args.int("index")
            guard (1...6).contains(rows), (1...6).contains(columns) else {
                throw LanguageError(message: "`subplot` takes 1 to 6 rows and columns", position: position)
            }
            guard (1...(rows * columns)).contains(index) else {
                throw args.error("index", "`subplot(\(rows), \(columns), …)` needs an index from 1 to \(rows * columns)")
            }
            interpreter.withFigure { $0.select(rows: rows, columns: columns, cell: index - 1) }
            return .void
        },
        Builtin("suptitle", [.positional("text")], doc: "Sets a title over all the panels of the figure.") {
            args, interpreter, _ in
            let text = Display.text(args["text"])
            interpreter.withFigure { $0.suptitle = text }
            return .void
        },
        rule("axhline", .horizontal, "Draws a horizontal line across the panel at y (default 0)."),
        rule("axvline", .vertical, "Draws a vertical line across the panel at x (default 0)."),
        Builtin(
            "text",
            [.positional("x"), .positional("y"), .positional("text"), .labeled("fontsize", .void),
             .labeled("color", .void), .labeled("ha", .void)],
            doc: "Writes text at (x, y) in data coordinates; ha: \"left\", \"center\" or \"right\"; TeX is allowed."
        ) { args, interpreter, _ in
            var mark = TextMark(x: try args.double("x"), y: try args.double("y"), text: Display.text(args["text"]))
            try styleText(&mark, args)
            interpreter.draw(.text(mark))
            return .void
        },
        Builtin(
            "annotate",
            [.positional("text"), .labeled("xy"), .labeled("xytext", .void), .labeled("fontsize", .void),
             .labeled("color", .void), .labeled("ha", .void)],
            doc: "Writes text at xytext with an arrow to the point xy (both (x, y) tuples), or at xy without one."
        ) { args, interpreter, _ in
            let target = try point(args, "xy")
            let at = args.has("xytext") ? try point(args, "xytext") : target
            var mark = TextMark(x: at.x, y: at.y, text: Display.text(args["text"]))
            if args.has("xytext") { mark.arrowTo = target }
            try styleText(&mark, args)
            interpreter.draw(.text(mark))
            return .void
        },
        scale("xscale") { $0.xscale = $1 },
        scale("yscale") { $0.yscale = $1 },
        Builtin(
            "axis", [.positional("option")],
            doc: "axis(\"equal\") makes units equal on both axes; axis(\"off\") hides the axes; axis(\"on\") shows them."
        ) { args, interpreter, _ in
            let option = try args.string("option")
            switch option {
            case "equal", "scaled", "square": interpreter.withAxes { $0.aspect = .equal }
            case "off": interpreter.withAxes { $0.frame = .none }
            case "on": interpreter.withAxes { $0.frame = .box }
            default: throw args.error("option", "unknown axis option `\(option)`; use \"equal\", \"off\" or \"on\"")
            }
            return .void
        },
        Builtin("centerAxes", doc: "Draws the axes through the origin, as the lecture's centerAxes helper does.") {
            _, interpreter, _ in
            interpreter.withAxes { $0.frame = .centered }
            return .void
        },
        ticks("xticks") { $0.xticks = $1 },
        ticks("yticks") { $0.yticks = $1 },
    ]

    private static func rule(_ name: String, _ orientation: RuleMark.Orientation, _ doc: String) -> Builtin {
        Builtin(
            name,
            [BuiltinParameter(label: nil, name: "at", defaultValue: .double(0)), .labeled("color", .void),
             .labeled("linestyle", .void), .labeled("linewidth", .void), .labeled("label", .void)],
            doc: doc
        ) { args, interpreter, _ in
            var mark = RuleMark(orientation, at: try args.double("at"))
            if args.has("color") { mark.color = try FigureArguments.color(args, "color") }
            if args.has("linestyle") { mark.lineStyle = try FigureArguments.lineStyle(args) }
            if args.has("linewidth") { mark.lineWidth = try args.double("linewidth") }
            if args.has("label") { mark.label = Display.text(args["label"]) }
            interpreter.draw(.rule(mark))
            return .void
        }
    }

    private static func styleText(_ mark: inout TextMark, _ args: Arguments) throws {
        if args.has("fontsize") {
            let size = try args.double("fontsize")
            guard size > 0, size <= 72 else { throw args.error("fontsize", "`fontsize` must be between 0 and 72 points") }
            mark.fontSize = size
        }
        if args.has("color") { mark.color = try FigureArguments.color(args, "color") }
        if args.has("ha") {
            switch try args.string("ha") {
            case "left": mark.anchor = .start
            case "center": mark.anchor = .middle
            case "right": mark.anchor = .end
            case let other: throw args.error("ha", "unknown alignment `\(other)`; use \"left\", \"center\" or \"right\"")
            }
        }
    }

    private static func point(_ args: Arguments, _ parameter: String) throws -> DataPoint {
        guard case .tuple(let items) = args[parameter], items.count == 2,
              let x = items[0].number, let y = items[1].number, x.isFinite, y.isFinite else {
            throw args.error(parameter, "`\(parameter)` must be an (x, y) tuple of numbers")
        }
        return DataPoint(x, y)
    }

    private static func scale(_ name: String, _ set: @escaping (inout Axes, AxisScale) -> Void) -> Builtin {
        Builtin(name, [.positional("scale")], doc: "Sets the axis scale: \"linear\" or \"log\".") { args, interpreter, _ in
            let text = try args.string("scale")
            guard let scale = AxisScale(rawValue: text) else {
                throw args.error("scale", "unknown scale `\(text)`; use \"linear\" or \"log\"")
            }
            interpreter.withAxes { set(&$0, scale) }
            return .void
        }
    }

    private static func ticks(_ name: String, _ set: @escaping (inout Axes, [Tick]) -> Void) -> Builtin {
        Builtin(
            name, [.positional("values"), BuiltinParameter(label: nil, name: "labels", defaultValue: .void)],
            doc: "Puts ticks at the given values, labelled by the numbers or by the given labels (TeX allowed)."
        ) { args, interpreter, position in
            let values = try args.doubles("values")
            var labels = values.map { $0.rounded() == $0 && abs($0) < 1e15 ? String(Int($0)) : Display.float($0) }
            if args.has("labels") {
                guard case .array(let items) = args["labels"], items.count == values.count else {
                    throw args.error("labels", "`\(name)` needs one label per value (\(values.count))")
                }
                labels = items.map(Display.text)
            }
            interpreter.withAxes { set(&$0, zip(values, labels).map { Tick($0, $1) }) }
            return .void
        }
    }
}
