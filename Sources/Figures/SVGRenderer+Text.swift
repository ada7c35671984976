/// The title and axis labels, and TeX-lite spans as `<tspan>`s.
extension SVGRenderer {
    static func writeText(_ figure: Figure, _ layout: FigureLayout, into svg: inout SVGWriter) {
        let plot = layout.plot
        let center = plot.x + plot.width / 2
        if let title = figure.title {
            let fit = fitted(title, fontSize: Style.titleFontSize, center: center, extent: layout.width)
            let baseline = plot.y - Style.titlePad - (Style.descent + 0.15) * Style.titleFontSize
            writeSpans(fit.spans, fontSize: fit.fontSize, into: &svg, [
                ("class", "lr-title"), ("x", fit.center.svg), ("y", baseline.svg), ("text-anchor", "middle"),
                ("font-size", fit.fontSize.svg),
            ])
        }
        if let xlabel = figure.xlabel {
            let fit = fitted(xlabel, fontSize: Style.labelFontSize, center: center, extent: layout.width)
            let baseline = plot.maxY + Style.tickLength + Style.tickPad + Style.tickFontSize + Style.labelPad
                + (Style.ascent + 0.15) * Style.labelFontSize
            writeSpans(fit.spans, fontSize: fit.fontSize, into: &svg, [
                ("class", "lr-xlabel"), ("x", fit.center.svg), ("y", baseline.svg), ("text-anchor", "middle"),
                ("font-size", fit.fontSize == Style.labelFontSize ? nil : fit.fontSize.svg),
            ])
        }
        if let ylabel = figure.ylabel {
            // Rotated text runs along y, so it is fitted below the top of the plot, clear of the title
            // (positions measured upwards from the bottom of the figure).
            let up = layout.height - (plot.y + plot.height / 2)
            let fit = fitted(ylabel, fontSize: Style.labelFontSize, center: up, extent: layout.height - plot.y)
            let baseline = plot.x - Style.tickLength - Style.tickPad - layout.yTickLabelWidth - Style.labelPad
                - (Style.descent + 0.15) * Style.labelFontSize
            writeSpans(fit.spans, fontSize: fit.fontSize, into: &svg, [
                ("class", "lr-ylabel"),
                ("transform", "translate(\(baseline.svg) \((layout.height - fit.center).svg)) rotate(-90)"),
                ("text-anchor", "middle"),
                ("font-size", fit.fontSize == Style.labelFontSize ? nil : fit.fontSize.svg),
            ])
        }
    }

    /// A centred label kept inside the figure: moved inwards when it would stick out at one end,
    /// and set smaller when it is longer than the figure itself.
    private static func fitted(
        _ label: String, fontSize: Double, center: Double, extent: Double
    ) -> (spans: [TextSpan], fontSize: Double, center: Double) {
        let spans = TeXText.spans(label)
        let available = extent - 2 * Style.outerPad
        let natural = TextMetrics.width(spans, fontSize: fontSize)
        let size = natural > available ? max(fontSize * available / natural, 6) : fontSize
        let half = min(natural * size / fontSize, available) / 2
        let lowest = Style.outerPad + half, highest = extent - Style.outerPad - half
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
