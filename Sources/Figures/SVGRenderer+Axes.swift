/// The frame, ticks, tick labels and grid.
extension SVGRenderer {
    static func writeGrid(_ layout: FigureLayout, into svg: inout SVGWriter) {
        let plot = layout.plot
        let vertical = layout.xTicks.values.map { "M\(layout.xScale($0).svg) \(plot.y.svg)V\(plot.maxY.svg)" }
        let horizontal = layout.yTicks.values.map { "M\(plot.x.svg) \(layout.yScale($0).svg)H\(plot.maxX.svg)" }
        svg.leaf("path", [
            ("class", "lr-grid"), ("fill", "none"), ("stroke", "currentColor"), ("stroke-opacity", "0.2"),
            ("stroke-width", "0.8"), ("d", (vertical + horizontal).joined()),
        ])
    }

    static func writeAxes(_ layout: FigureLayout, into svg: inout SVGWriter) {
        let plot = layout.plot
        svg.open("g", [
            ("class", "lr-axes"), ("fill", "none"), ("stroke", "currentColor"),
            ("stroke-width", Style.spineWidth.svg),
        ])
        svg.leaf("rect", [
            ("x", plot.x.svg), ("y", plot.y.svg), ("width", plot.width.svg), ("height", plot.height.svg),
        ])
        let length = Style.tickLength.svg
        let xTicks = layout.xTicks.values.map { "M\(layout.xScale($0).svg) \(plot.maxY.svg)v\(length)" }
        let yTicks = layout.yTicks.values.map { "M\(plot.x.svg) \(layout.yScale($0).svg)h-\(length)" }
        svg.leaf("path", [("d", (xTicks + yTicks).joined())])
        svg.close()
        writeTickLabels(layout, into: &svg)
    }

    private static func writeTickLabels(_ layout: FigureLayout, into svg: inout SVGWriter) {
        let plot = layout.plot
        let xBaseline = plot.maxY + Style.tickLength + Style.tickPad + Style.ascent * Style.tickFontSize
        svg.open("g", [("class", "lr-ticks"), ("text-anchor", "middle")])
        for (value, label) in zip(layout.xTicks.values, layout.xTicks.labels) {
            svg.element("text", [("x", layout.xScale(value).svg), ("y", xBaseline.svg)],
                        text: FigureLayout.display(label))
        }
        svg.close()
        let yRight = plot.x - Style.tickLength - Style.tickPad
        let centering = (Style.ascent - Style.descent) / 2 * Style.tickFontSize
        svg.open("g", [("class", "lr-ticks"), ("text-anchor", "end")])
        for (value, label) in zip(layout.yTicks.values, layout.yTicks.labels) {
            svg.element("text", [("x", yRight.svg), ("y", (layout.yScale(value) + centering).svg)],
                        text: FigureLayout.display(label))
        }
        svg.close()
    }
}
