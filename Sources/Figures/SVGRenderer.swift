/// Draws a `Figure` as one standalone, deterministic `<svg>` element (a slider as a small `<div>` holding one
/// `<svg>` and a range input).
///
/// Axes, ticks and text use `currentColor` and CSS classes (`lr-figure`, `lr-grid`, `lr-data`, `lr-axes`,
/// `lr-title`, `lr-legend`) so a page's light or dark theme applies; data colours are explicit. Ids (clip
/// paths, gradients) come from a hash of the content.
public enum SVGRenderer {
    typealias Style = FigureStyle
    typealias Rect = FigureLayout.Rect

    public static func render(_ figure: Figure) -> String {
        if let excess = FigureSize.excess(of: figure) {
            return "<p class=\"lr-figure-error\" role=\"alert\">\(SVGWriter.escape(excess))</p>\n"
        }
        switch figure.content {
        case .slider(let slider): return SliderRenderer.html(slider)
        case .diagram(let diagram): return GraphRenderer.svg(diagram)
        case .panels: break
        }
        var svg = SVGWriter()
        write(figure, into: &svg)
        svg.resolveIDs()
        return svg.output
    }

    /// The figure's `<svg>` with its ids not yet resolved; `describing: false` leaves out its title and
    /// description, for a slider to give one for all its frames.
    static func write(_ figure: Figure, describing: Bool = true, into svg: inout SVGWriter) {
        let layout = FigureLayout(figure)
        svg.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", "0 0 \(layout.width.svg) \(layout.height.svg)"),
            ("width", FigureScale.displayed(layout.width).svg), ("height", FigureScale.displayed(layout.height).svg),
            ("role", "img"), ("class", "lr-figure"),
            ("font-family", Style.fontFamily), ("font-size", Style.tickFontSize.svg), ("fill", "currentColor"),
        ])
        if describing {
            svg.element("title", text: name(of: figure))
            svg.element("desc", text: FigureDescription.text(for: figure))
        }
        if let suptitle = figure.suptitle, let baseline = layout.suptitleBaseline {
            writeSpans(TeXText.spans(suptitle), fontSize: Style.suptitleFontSize, into: &svg, [
                ("class", "lr-title"), ("x", (layout.width / 2).svg), ("y", baseline.svg),
                ("text-anchor", "middle"), ("font-size", Style.suptitleFontSize.svg),
            ])
        }
        for (index, (panel, cell)) in zip(figure.panels, layout.cells).enumerated() {
            if panel.view != nil {
                writePanel3D(panel, in: cell, index: index, into: &svg)
            } else {
                writePanel(panel, in: cell, index: index, into: &svg)
            }
        }
        svg.close()
    }

    /// The figure's title as plain text: its suptitle or its first panel's title.
    static func name(of figure: Figure) -> String {
        (figure.suptitle ?? figure.panels.lazy.compactMap(\.title).first).map(TeXText.plainText) ?? "Figure"
    }

    /// A flat panel: grid, marks, animation, axes, text, legend and colour bar, back to front.
    private static func writePanel(_ axes: Axes, in cell: Rect, index: Int, into svg: inout SVGWriter) {
        let layout = PanelLayout(axes, in: cell)
        let marks = colored(axes.marks)
        let clipID = needsClip(axes) ? "\(SVGWriter.id)-\(index)" : nil
        if let clipID { writeClipPath(clipID, layout.plot, into: &svg) }
        if axes.grid { writeGrid(layout, into: &svg) }
        let project = Projector.flat(layout)
        svg.group("g", [("class", "lr-data"), ("clip-path", clipID.map { "url(#\($0))" })]) { svg in
            writeMarks(marks, project, into: &svg)
            if let animation = axes.animation {
                writeAnimation(animation, after: axes.marks, project, into: &svg)
            }
        }
        writeFrame(axes.frame, layout, into: &svg)
        writeText(axes, layout, into: &svg)
        if axes.legend { writeLegend(marks, layout.plot, project, at: axes.legendLocation ?? .best, into: &svg) }
        if let colorbar = layout.colorbar {
            writeColorbar(colorbar, label: axes.colorbar?.label, id: "\(SVGWriter.id)-\(index)b", into: &svg)
        }
    }

    /// Limits, and animations over a view set by other marks, can leave data outside the plot, which is then
    /// cut at its edges.
    private static func needsClip(_ axes: Axes) -> Bool {
        axes.xlim != nil || axes.ylim != nil || axes.aspect == .equal || axes.animation != nil
    }

    /// A mark with the colour it is drawn in.
    struct ColoredMark {
        var mark: Mark
        var color: String
    }

    /// Gives each mark its colour: its own, or the next of the tab10 cycle for lines, scatters and bars.
    static func colored(_ marks: [Mark], cycle start: ColorCycle = ColorCycle()) -> [ColoredMark] {
        var cycle = start
        return marks.map { mark in
            switch mark {
            case .line(let line): ColoredMark(mark: mark, color: cycle.color(for: line.color))
            case .scatter(let scatter): ColoredMark(mark: mark, color: cycle.color(for: scatter.color))
            case .bars(let bars): ColoredMark(mark: mark, color: cycle.color(for: bars.color))
            case .rule(let rule): ColoredMark(mark: mark, color: rule.color.flatMap(Colors.hex).map(Colors.ink) ?? "currentColor")
            case .text(let text): ColoredMark(mark: mark, color: text.color.flatMap(Colors.hex).map(Colors.ink) ?? "currentColor")
            case .contour, .heatmap, .surface: ColoredMark(mark: mark, color: "currentColor")
            }
        }
    }

    static func writeClipPath(_ id: String, _ plot: Rect, into svg: inout SVGWriter) {
        svg.group("defs", []) { svg in
            svg.group("clipPath", [("id", id)]) { svg in
                svg.leaf("rect", [
                    ("x", plot.x.svg), ("y", plot.y.svg), ("width", plot.width.svg), ("height", plot.height.svg),
                ])
            }
        }
    }
}
