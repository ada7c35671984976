/// The frame, ticks, tick labels and grid of a flat panel.
extension SVGRenderer {
    static func writeGrid(_ layout: PanelLayout, into svg: inout SVGWriter) {
        let plot = layout.plot
        let vertical = layout.xTicks.values.map { layout.xScale($0) }.filter(\.isFinite)
            .map { "M\($0.svg) \(plot.y.svg)V\(plot.maxY.svg)" }
        let horizontal = layout.yTicks.values.map { layout.yScale($0) }.filter(\.isFinite)
            .map { "M\(plot.x.svg) \($0.svg)H\(plot.maxX.svg)" }
        svg.leaf("path", [
            ("class", "lr-grid"), ("fill", "none"), ("stroke", "currentColor"), ("stroke-opacity", "0.2"),
            ("stroke-width", "0.8"), ("d", (vertical + horizontal).joined()),
        ])
    }

    static func writeFrame(_ frame: Frame, _ layout: PanelLayout, into svg: inout SVGWriter) {
        guard frame != .none else { return }
        let plot = layout.plot, centered = frame == .centered
        let (xAxisY, yAxisX) = centered ? (layout.origin.y, layout.origin.x) : (plot.maxY, plot.x)
        svg.group("g", [
            ("class", "lr-axes"), ("fill", "none"), ("stroke", "currentColor"),
            ("stroke-width", Style.spineWidth.svg),
        ]) { svg in
            if centered {
                svg.leaf("path", [("d", "M\(plot.x.svg) \(xAxisY.svg)H\(plot.maxX.svg)M\(yAxisX.svg) \(plot.y.svg)V\(plot.maxY.svg)")])
            } else {
                svg.leaf("rect", [
                    ("x", plot.x.svg), ("y", plot.y.svg), ("width", plot.width.svg), ("height", plot.height.svg),
                ])
            }
            let length = Style.tickLength.svg
            let xTicks = xTickPixels(layout).map { "M\($0.pixel.svg) \(xAxisY.svg)v\(length)" }
            let yTicks = yTickPixels(layout).map { "M\(yAxisX.svg) \($0.pixel.svg)h-\(length)" }
            if !(xTicks + yTicks).isEmpty { svg.leaf("path", [("d", (xTicks + yTicks).joined())]) }
        }
        writeTickLabels(layout, xAxisY: xAxisY, yAxisX: yAxisX, skipZero: centered, into: &svg)
    }

    private static func xTickPixels(_ layout: PanelLayout) -> [(pixel: Double, value: Double, label: String)] {
        zip(layout.xTicks.values, layout.xTicks.labels).map { (layout.xScale($0), $0, $1) }
            .filter { $0.pixel.isFinite && $0.pixel >= layout.plot.x - 0.5 && $0.pixel <= layout.plot.maxX + 0.5 }
    }

    private static func yTickPixels(_ layout: PanelLayout) -> [(pixel: Double, value: Double, label: String)] {
        zip(layout.yTicks.values, layout.yTicks.labels).map { (layout.yScale($0), $0, $1) }
            .filter { $0.pixel.isFinite && $0.pixel >= layout.plot.y - 0.5 && $0.pixel <= layout.plot.maxY + 0.5 }
    }

    /// Labels below the x axis and left of the y axis; where the axes cross at zero, its label would sit on
    /// the other axis and is left out.
    private static func writeTickLabels(
        _ layout: PanelLayout, xAxisY: Double, yAxisX: Double, skipZero: Bool, into svg: inout SVGWriter
    ) {
        let xBaseline = xAxisY + Style.tickLength + Style.tickPad + Style.ascent * Style.tickFontSize
        let xLabels = xTickPixels(layout).filter { !(skipZero && $0.value == 0) }
        if !xLabels.isEmpty {
            svg.group("g", [("class", "lr-ticks"), ("text-anchor", "middle")]) { svg in
                for tick in xLabels {
                    writeSpans(PanelLayout.spans(tick.label), fontSize: Style.tickFontSize, into: &svg,
                               [("x", tick.pixel.svg), ("y", xBaseline.svg)])
                }
            }
        }
        let yRight = yAxisX - Style.tickLength - Style.tickPad
        let centering = (Style.ascent - Style.descent) / 2 * Style.tickFontSize
        let yLabels = yTickPixels(layout).filter { !(skipZero && $0.value == 0) }
        if !yLabels.isEmpty {
            svg.group("g", [("class", "lr-ticks"), ("text-anchor", "end")]) { svg in
                for tick in yLabels {
                    writeSpans(PanelLayout.spans(tick.label), fontSize: Style.tickFontSize, into: &svg,
                               [("x", yRight.svg), ("y", (tick.pixel + centering).svg)])
                }
            }
        }
    }
}
