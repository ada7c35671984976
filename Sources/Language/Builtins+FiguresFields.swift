import Figures

/// Numbers over a plane: contour lines, filled contours, heat maps with a colour bar, decision boundaries.
extension Builtins {
    static let figureFields: [Builtin] = [
        contour("contour", filled: false,
                "Draws contour lines of Z over (xs, ys), or of f(x, y) over two ranges; levels: a count or the levels."),
        contour("contourf", filled: true,
                "Fills the bands between contour levels of Z over (xs, ys), or of f(x, y) over two ranges."),
        Builtin(
            "pcolormesh",
            [.positional("xs"), .positional("ys"), .positional("Z"), .labeled("cmap", .void), .labeled("vmin", .void),
             .labeled("vmax", .void), .labeled("alpha", .void)],
            doc: "A heat map: one cell per value of Z, centred on (xs[j], ys[i]); vmin/vmax fix the colour range."
        ) { args, interpreter, position in
            let grid = try FigureArguments.grid([args["xs"], args["ys"], args["Z"]], count: 0, "pcolormesh", interpreter, position)
            var mark = HeatmapMark(grid: grid)
            if args.has("cmap") { mark.colormap = try FigureArguments.colormap(args) }
            if args.has("vmin") || args.has("vmax") {
                let data = grid.range ?? 0...1
                let low = args.has("vmin") ? try args.double("vmin") : data.lowerBound
                let high = args.has("vmax") ? try args.double("vmax") : data.upperBound
                guard low < high else { throw LanguageError(message: "`pcolormesh` needs vmin < vmax", position: position) }
                mark.range = low...high
            }
            if args.has("alpha") { mark.alpha = try FigureArguments.alpha(args) }
            interpreter.draw(.heatmap(mark))
            return .void
        },
        Builtin("colorbar", [.labeled("label", .void)], doc: "Shows a colour bar for the panel's heat map, contours or surface.") {
            args, interpreter, _ in
            let label = args.has("label") ? Display.text(args["label"]) : nil
            interpreter.withAxes { $0.colorbar = Colorbar(label: label) }
            return .void
        },
        decisionBoundary,
    ]

    private static func contour(_ name: String, filled: Bool, _ doc: String) -> Builtin {
        Builtin(
            name,
            [.labeled("levels", .int(filled ? 8 : 10)), .labeled("n", .int(80)), .labeled("colors", .void),
             .labeled("cmap", .void), .labeled("linewidth", .void), .labeled("alpha", .void), .labeled("label", .void)],
            variadic: true, doc: doc
        ) { args, interpreter, position in
            let count = try args.int("n")
            guard (2...400).contains(count) else { throw args.error("n", "`\(name)` samples f on 2 to 400 points a side") }
            let grid = try FigureArguments.grid(args.rest, count: count, name, interpreter, position)
            var mark = ContourMark(grid: grid, levels: try levels(args, grid, name), filled: filled)
            if args.has("colors") { mark.colors = try colorList(args) }
            if args.has("cmap") { mark.colormap = try FigureArguments.colormap(args) }
            if args.has("linewidth") { mark.lineWidth = try args.double("linewidth") }
            if args.has("alpha") { mark.alpha = try FigureArguments.alpha(args) }
            if args.has("label") { mark.label = Display.text(args["label"]) }
            interpreter.draw(.contour(mark))
            return .void
        }
    }

    private static func levels(_ args: Arguments, _ grid: GridValues, _ name: String) throws -> [Double] {
        if case .int(let count) = args["levels"] {
            guard (1...100).contains(count) else { throw args.error("levels", "`\(name)` takes 1 to 100 levels") }
            return NiceTicks.levels(covering: grid.range ?? 0...1, count: count)
        }
        let given = try args.doubles("levels").filter(\.isFinite).sorted()
        guard !given.isEmpty else { throw args.error("levels", "`\(name)` needs at least one finite level") }
        return given
    }

    /// One colour name, or an array of them.
    private static func colorList(_ args: Arguments) throws -> [String] {
        if case .string = args["colors"] { return [try FigureArguments.color(args, "colors")] }
        guard case .array(let items) = args["colors"], !items.isEmpty else {
            throw args.error("colors", "`colors` must be a colour name or an array of them")
        }
        return try items.map { item in
            let name = Display.text(item)
            guard let hex = Colors.hex(name) else { throw args.error("colors", "unknown colour `\(name)`") }
            return hex
        }
    }
}
