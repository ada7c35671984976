/// Draws a `Figure` as one standalone, deterministic `<svg>` element.
///
/// Axes, ticks and text use `currentColor` and CSS classes (`lr-figure`, `lr-grid`, `lr-data`,
/// `lr-axes`, `lr-title`, `lr-legend`) so a page's light or dark theme applies; data colours are
/// explicit. The only id, a clip path when xlim/ylim are set, comes from a hash of the content.
public enum SVGRenderer {
    typealias Style = FigureStyle

    public static func render(_ figure: Figure) -> String {
        let layout = FigureLayout(figure)
        let marks = colored(figure.marks)
        var svg = SVGWriter()
        svg.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", "0 0 \(layout.width.svg) \(layout.height.svg)"),
            ("width", layout.width.svg), ("height", layout.height.svg),
            ("role", "img"), ("class", "lr-figure"),
            ("font-family", Style.fontFamily), ("font-size", Style.tickFontSize.svg), ("fill", "currentColor"),
        ])
        svg.element("title", text: figure.title.map(TeXText.plainText) ?? "Figure")
        svg.element("desc", text: FigureDescription.text(for: figure))
        let clipID = figure.xlim != nil || figure.ylim != nil ? figure.contentID + "-clip" : nil
        if let clipID { writeClipPath(clipID, layout, into: &svg) }
        if figure.grid { writeGrid(layout, into: &svg) }
        writeMarks(marks, layout, clipID: clipID, into: &svg)
        writeAxes(layout, into: &svg)
        writeText(figure, layout, into: &svg)
        if figure.legend { writeLegend(marks, layout, into: &svg) }
        svg.close()
        return svg.output
    }

    /// A mark with the colour it is drawn in.
    struct ColoredMark {
        var mark: Mark
        var color: String
    }

    /// Gives each mark its colour: its own, or the next of the tab10 cycle.
    static func colored(_ marks: [Mark]) -> [ColoredMark] {
        var cycle = ColorCycle()
        return marks.map { ColoredMark(mark: $0, color: cycle.color(for: $0.requestedColor)) }
    }

    private static func writeClipPath(_ id: String, _ layout: FigureLayout, into svg: inout SVGWriter) {
        let plot = layout.plot
        svg.open("defs")
        svg.open("clipPath", [("id", id)])
        svg.leaf("rect", [
            ("x", plot.x.svg), ("y", plot.y.svg), ("width", plot.width.svg), ("height", plot.height.svg),
        ])
        svg.close()
        svg.close()
    }
}
