import Engine
import Figures

/// Bar charts and histograms.
extension Builtins {
    static let figureCharts: [Builtin] = [
        Builtin(
            "bar",
            [.positional("xs"), .positional("heights"), .labeled("width", .double(0.8)), .labeled("bottom", .void),
             .labeled("color", .void), .labeled("label", .void), .labeled("alpha", .void)],
            doc: "Draws bars of the given heights centred on xs (numbers, or strings naming categories)."
        ) { args, interpreter, position in
            let heights = try args.doubles("heights")
            let (xs, categories) = try barPositions(args)
            guard xs.count == heights.count else {
                throw LanguageError(message: "`bar` needs as many xs as heights (\(xs.count) and \(heights.count))",
                                    position: position)
            }
            var mark = BarMark(xs: xs, heights: heights, width: try args.double("width"))
            if args.has("bottom") {
                let bottoms = try TensorConversion.numbers(args["bottom"]) ?? [args.double("bottom")]
                mark.bottoms = bottoms.count == 1 ? Array(repeating: bottoms[0], count: xs.count) : bottoms
            }
            if args.has("color") { mark.color = try FigureArguments.color(args, "color") }
            if args.has("label") { mark.label = Display.text(args["label"]) }
            if args.has("alpha") { mark.alpha = try FigureArguments.alpha(args) }
            interpreter.draw(.bars(mark))
            if let categories { interpreter.withAxes { $0.xticks = zip(xs, categories).map { Tick($0, $1) } } }
            return .void
        },
        Builtin(
            "hist",
            [.positional("values"), .labeled("bins", .int(10)), .labeled("density", .bool(false)),
             .labeled("color", .void), .labeled("label", .void), .labeled("alpha", .void)],
            doc: "Draws a histogram (bins: a count or the edges) and returns (counts, edges), as numpy's histogram."
        ) { args, interpreter, _ in
            let values = try args.doubles("values")
            let edges = try histogramEdges(args, values)
            let counts = Histogram.counts(values, edges: edges, density: try args.bool("density"))
            var mark = BarMark(xs: zip(edges, edges.dropFirst()).map { ($0 + $1) / 2 }, heights: counts)
            mark.widths = zip(edges, edges.dropFirst()).map { $1 - $0 }
            if args.has("color") { mark.color = try FigureArguments.color(args, "color") }
            if args.has("label") { mark.label = Display.text(args["label"]) }
            if args.has("alpha") { mark.alpha = try FigureArguments.alpha(args) }
            interpreter.draw(.bars(mark))
            return .tuple([.tensor(Tensor(counts)), .tensor(Tensor(edges))])
        },
    ]

    /// Numeric xs as they are; strings as categories at 0, 1, 2, … labelled with them.
    private static func barPositions(_ args: Arguments) throws -> ([Double], [String]?) {
        if case .array(let items) = args["xs"], !items.isEmpty,
           items.allSatisfy({ if case .string = $0 { true } else { false } }) {
            return (items.indices.map(Double.init), items.map(Display.text))
        }
        return (try args.doubles("xs"), nil)
    }

    /// A bin count (equal bins over the values' range) or the bin edges themselves.
    private static func histogramEdges(_ args: Arguments, _ values: [Double]) throws -> [Double] {
        if case .int(let count) = args["bins"] {
            guard (1...1000).contains(count) else { throw args.error("bins", "`hist` takes 1 to 1000 bins") }
            return Histogram.edges(values, count: count)
        }
        guard let edges = TensorConversion.numbers(args["bins"]), edges.count >= 2,
              zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw args.error("bins", "`hist` needs a bin count or at least two increasing bin edges")
        }
        return edges
    }
}
