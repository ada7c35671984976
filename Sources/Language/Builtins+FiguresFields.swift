import Foundation
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
             .labeled("vmax", .void), .labeled("alpha", .void), .labeled("norm", .string("linear"))],
            doc: "A heat map: one cell per value of Z, centred on (xs[j], ys[i]); vmin/vmax fix the colour range; "
                + "norm: \"log\" spaces the colours by powers of ten (Z must then be positive)."
        ) { args, interpreter, position in
            let grid = try FigureArguments.grid([args["xs"], args["ys"], args["Z"]], count: 0, "pcolormesh", interpreter, position)
            interpreter.draw(.heatmap(try heatmap(grid, args, "pcolormesh", at: position)))
            return .void
        },
        Builtin(
            "imshow",
            [.positional("Z"), .labeled("cmap", .void), .labeled("vmin", .void), .labeled("vmax", .void),
             .labeled("alpha", .void), .labeled("norm", .string("linear"))],
            doc: "matplotlib's imshow of a 2-d array (at least 2 × 2): one square cell per value, row 0 at the top, the "
                + "axes counting columns and rows; cmap, vmin, vmax, alpha and norm as `pcolormesh` takes them."
        ) { args, interpreter, position in
            guard let z = TensorConversion.tensor(args["Z"]), z.rank == 2, z.shape[0] >= 2, z.shape[1] >= 2 else {
                throw args.error("Z", "`imshow` takes a 2-d array of numbers, at least 2 × 2")
            }
            let (rows, columns) = (z.shape[0], z.shape[1])
            // Row 0 goes at the top: the rows are laid in from the last, and the y ticks count from the top.
            var upward: [Double] = []
            upward.reserveCapacity(z.count)
            for row in stride(from: rows - 1, through: 0, by: -1) {
                upward.append(contentsOf: z.data[(row * columns)..<((row + 1) * columns)])
            }
            guard let grid = GridValues(
                xs: (0..<columns).map(Double.init), ys: (0..<rows).map(Double.init), values: upward)
            else { throw args.error("Z", "`imshow` takes a 2-d array of numbers, at least 2 × 2") }
            interpreter.draw(.heatmap(try heatmap(grid, args, "imshow", at: position)))
            interpreter.withAxes { axes in
                axes.aspect = .equalBox
                axes.xlim = -0.5...(Double(columns) - 0.5)
                axes.ylim = -0.5...(Double(rows) - 0.5)
                axes.xticks = indexTicks(columns).map { Tick(Double($0), String($0)) }
                axes.yticks = indexTicks(rows).map { Tick(Double(rows - 1 - $0), String($0)) }
            }
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

    /// Nice whole-number ticks for `count` rows or columns, 0 to count − 1: an image's cells have no halves.
    private static func indexTicks(_ count: Int) -> [Int] {
        NiceTicks.ticks(in: 0...Double(count - 1), maxCount: min(8, count)).values
            .filter { $0 == $0.rounded() }.map { Int($0) }
    }

    /// A heat map of `grid` with the colour options `pcolormesh` and `imshow` share.
    private static func heatmap(_ grid: GridValues, _ args: Arguments, _ name: String, at position: Position) throws
        -> HeatmapMark
    {
        var mark = HeatmapMark(grid: grid)
        let scale = try norm(args, grid, name)
        if scale == .log { mark.norm = .log }
        if args.has("cmap") { mark.colormap = try FigureArguments.colormap(args) }
        if args.has("vmin") || args.has("vmax") {
            let data = grid.range ?? 0...1
            let low = args.has("vmin") ? try args.double("vmin") : data.lowerBound
            let high = args.has("vmax") ? try args.double("vmax") : data.upperBound
            guard low < high else { throw LanguageError(message: "`\(name)` needs vmin < vmax", position: position) }
            if scale == .log, low <= 0 {
                throw args.error("vmin", "a logarithmic colour scale needs a positive vmin, not \(Display.float(low))")
            }
            mark.range = low...high
        }
        if args.has("alpha") { mark.alpha = try FigureArguments.alpha(args) }
        return mark
    }

    private static func contour(_ name: String, filled: Bool, _ doc: String) -> Builtin {
        Builtin(
            name,
            [.labeled("levels", .int(filled ? 8 : 10)), .labeled("n", .int(80)), .labeled("colors", .void),
             .labeled("cmap", .void), .labeled("linewidth", .void), .labeled("alpha", .void), .labeled("label", .void),
             .labeled("norm", .string("linear"))],
            variadic: true, doc: doc + " norm: \"log\" puts the levels and colours at powers of ten (Z must be positive)."
        ) { args, interpreter, position in
            let count = try args.int("n")
            guard (2...400).contains(count) else { throw args.error("n", "`\(name)` samples f on 2 to 400 points a side") }
            let grid = try FigureArguments.grid(args.rest, count: count, name, interpreter, position)
            let scale = try norm(args, grid, name)
            var mark = ContourMark(grid: grid, levels: try levels(args, grid, name, scale), filled: filled)
            if scale == .log { mark.norm = .log }
            if args.has("colors") { mark.colors = try colorList(args) }
            if args.has("cmap") { mark.colormap = try FigureArguments.colormap(args) }
            if args.has("linewidth") { mark.lineWidth = try args.double("linewidth") }
            if args.has("alpha") { mark.alpha = try FigureArguments.alpha(args) }
            if args.has("label") { mark.label = Display.text(args["label"]) }
            interpreter.draw(.contour(mark))
            return .void
        }
    }

    private static func levels(_ args: Arguments, _ grid: GridValues, _ name: String, _ scale: AxisScale) throws
        -> [Double]
    {
        if case .int(let count) = args["levels"] {
            guard (1...100).contains(count) else { throw args.error("levels", "`\(name)` takes 1 to 100 levels") }
            if scale == .log, let range = grid.range { return logLevels(covering: range, count: count) }
            return NiceTicks.levels(covering: grid.range ?? 0...1, count: count)
        }
        let given = try args.doubles("levels").filter(\.isFinite).sorted()
        guard !given.isEmpty else { throw args.error("levels", "`\(name)` needs at least one finite level") }
        if scale == .log, let first = given.first, first <= 0 {
            throw args.error("levels", "a logarithmic colour scale needs positive levels, not \(Display.float(first))")
        }
        return given
    }

    /// Levels for a log scale, as matplotlib's LogLocator picks them: the powers of ten around the data, or, when
    /// it spans less than two decades, `count` levels evenly spaced in the logarithm.
    private static func logLevels(covering range: ClosedRange<Double>, count: Int) -> [Double] {
        let low = Foundation.log10(range.lowerBound).rounded(.down), high = Foundation.log10(range.upperBound).rounded(.up)
        if high - low >= 2 {
            return stride(from: low, through: high, by: 1).map { Foundation.pow(10, $0) }
        }
        let (a, b) = (Foundation.log10(range.lowerBound), Foundation.log10(range.upperBound))
        guard b > a, count > 1 else { return [range.lowerBound, range.upperBound] }
        return (0..<count).map { Foundation.pow(10, a + (b - a) * Double($0) / Double(count - 1)) }
    }

    /// `norm: "linear"` or `"log"`; a log scale needs every value of Z to be positive.
    private static func norm(_ args: Arguments, _ grid: GridValues, _ name: String) throws -> AxisScale {
        let text = try args.string("norm")
        guard let scale = AxisScale(rawValue: text) else {
            throw args.error("norm", "`\(name)` takes norm: \"linear\" or \"log\", not \(StringLiteral.quoted(text))")
        }
        if scale == .log {
            guard let smallest = grid.values.filter(\.isFinite).min() else { return scale }
            guard smallest > 0 else {
                throw args.error("norm", "a logarithmic colour scale needs positive values; the smallest value of the "
                                 + "grid is \(Display.float(smallest)) (use `where(Z > 0, Z, …)` or shift Z)")
            }
        }
        return scale
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
