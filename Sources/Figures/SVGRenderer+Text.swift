/// The title and axis labels, and TeX-lite spans as `<tspan>`s.
extension SVGRenderer {
    static func writeText(_ figure: Figure, _ layout: FigureLayout, into svg: inout SVGWriter) {
        let plot = layout.plot
        let center = plot.x + plot.width / 2
        if let title = figure.title {
            let baseline = plot.y - Style.titlePad - (Style.descent + 0.15) * Style.titleFontSize
            writeLabel(title, fontSize: Style.titleFontSize, into: &svg, [
                ("class", "lr-title"), ("x", center.svg), ("y", baseline.svg), ("text-anchor", "middle"),
                ("font-size", Style.titleFontSize.svg),
            ])
        }
        if let xlabel = figure.xlabel {
            let baseline = plot.maxY + Style.tickLength + Style.tickPad + Style.tickFontSize + Style.labelPad
                + (Style.ascent + 0.15) * Style.labelFontSize
            writeLabel(xlabel, fontSize: Style.labelFontSize, into: &svg, [
                ("class", "lr-xlabel"), ("x", center.svg), ("y", baseline.svg), ("text-anchor", "middle"),
            ])
        }
        if let ylabel = figure.ylabel {
            let baseline = plot.x - Style.tickLength - Style.tickPad - layout.yTickLabelWidth - Style.labelPad
                - (Style.descent + 0.15) * Style.labelFontSize
            let middle = plot.y + plot.height / 2
            writeLabel(ylabel, fontSize: Style.labelFontSize, into: &svg, [
                ("class", "lr-ylabel"), ("transform", "translate(\(baseline.svg) \(middle.svg)) rotate(-90)"),
                ("text-anchor", "middle"),
            ])
        }
    }

    /// A `<text>` whose content is the label's TeX-lite spans.
    static func writeLabel(
        _ label: String, fontSize: Double, into svg: inout SVGWriter, _ attributes: SVGWriter.Attributes
    ) {
        let spans = TeXText.spans(label)
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
