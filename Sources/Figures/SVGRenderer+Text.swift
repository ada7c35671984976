/// A panel's title and axis labels, and TeX-lite spans as `<tspan>`s.
extension SVGRenderer {
    static func writeText(_ axes: Axes, _ layout: PanelLayout, into svg: inout SVGWriter) {
        let plot = layout.plot, area = layout.area
        let across = area.x...area.maxX
        if let title = axes.title {
            let baseline = plot.y - Style.titlePad - (Style.descent + 0.15) * Style.titleFontSize
            writeTitle(title, center: plot.midX, within: across, baseline: baseline, into: &svg)
        }
        if let xlabel = axes.xlabel {
            let fit = fitted(xlabel, fontSize: Style.labelFontSize, center: plot.midX, within: across)
            let baseline = plot.maxY + layout.xTickBand + Style.labelPad + (Style.ascent + 0.15) * Style.labelFontSize
            writeSpans(fit.spans, fontSize: fit.fontSize, into: &svg, [
                ("class", "lr-xlabel"), ("x", fit.center.svg), ("y", baseline.svg), ("text-anchor", "middle"),
                ("font-size", fit.fontSize == Style.labelFontSize ? nil : fit.fontSize.svg),
            ])
        }
        if let ylabel = axes.ylabel {
            let x = plot.x - layout.yTickBand - Style.labelPad - (Style.descent + 0.15) * Style.labelFontSize
            writeVerticalLabel(ylabel, x: x, center: plot.midY, within: plot.y...area.maxY, class: "lr-ylabel", into: &svg)
        }
    }

    static func writeTitle(
        _ title: String, center: Double, within range: ClosedRange<Double>, baseline: Double, into svg: inout SVGWriter
    ) {
        let fit = fitted(title, fontSize: Style.titleFontSize, center: center, within: range)
        writeSpans(fit.spans, fontSize: fit.fontSize, into: &svg, [
            ("class", "lr-title"), ("x", fit.center.svg), ("y", baseline.svg), ("text-anchor", "middle"),
            ("font-size", fit.fontSize.svg),
        ])
    }

    /// Text turned to read upwards, its baseline at `x`, centred on `center` and kept inside `range` (both in y).
    static func writeVerticalLabel(
        _ label: String, x: Double, center: Double, within range: ClosedRange<Double>, class name: String,
        into svg: inout SVGWriter
    ) {
        let fit = fitted(label, fontSize: Style.labelFontSize, center: center, within: range)
        writeSpans(fit.spans, fontSize: fit.fontSize, into: &svg, [
            ("class", name), ("transform", "translate(\(x.svg) \(fit.center.svg)) rotate(-90)"),
            ("text-anchor", "middle"), ("font-size", fit.fontSize == Style.labelFontSize ? nil : fit.fontSize.svg),
        ])
    }

    /// A centred label kept inside `range`: moved inwards when it would stick out at one end, and set
    /// smaller when it is longer than the range itself.
    static func fitted(
        _ label: String, fontSize: Double, center: Double, within range: ClosedRange<Double>
    ) -> (spans: [TextSpan], fontSize: Double, center: Double) {
        let spans = TeXText.spans(label)
        let available = range.upperBound - range.lowerBound - 2 * Style.outerPad
        let natural = TextMetrics.width(spans, fontSize: fontSize)
        let size = natural > available ? max(fontSize * available / natural, 6) : fontSize
        let half = min(natural * size / fontSize, available) / 2
        let lowest = range.lowerBound + Style.outerPad + half, highest = range.upperBound - Style.outerPad - half
        return (spans, size, min(max(center, lowest), max(lowest, highest)))
    }

    /// A `<text>` whose content is the given spans.
    static func writeSpans(
        _ spans: [TextSpan], fontSize: Double, into svg: inout SVGWriter, _ attributes: SVGWriter.Attributes
    ) {
        svg.element("text", attributes) { svg in writeSpans(spans, fontSize: fontSize, into: &svg) }
    }

    /// Plain runs as text; styled or shifted runs as `<tspan>`s that move the baseline with `dy`
    /// (better supported than `baseline-shift`) and move it back for the run after.
    static func writeSpans(_ spans: [TextSpan], fontSize: Double, into svg: inout SVGWriter) {
        var offset = 0.0
        for span in spans {
            let target = switch span.shift {
            case .none: 0.0
            case .superscript: -Style.superscriptRise * fontSize
            case .subscript: Style.subscriptDrop * fontSize
            }
            let dy = target - offset
            offset = target
            if dy == 0, span.style == .normal, span.shift == .none {
                svg.text(span.text)
                continue
            }
            svg.inline("tspan", [
                ("dy", dy == 0 ? nil : dy.svg),
                ("font-size", span.shift == .none ? nil : (fontSize * TextMetrics.scriptScale).svg),
                ("font-style", span.style == .italic ? "italic" : nil),
                ("font-weight", span.style == .bold ? "bold" : nil),
            ], text: span.text)
        }
    }
}
