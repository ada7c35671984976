/// The marks of a panel in data order, and how points, text, rules and bars are drawn.
extension SVGRenderer {
    typealias Point = (x: Double, y: Double)

    static func writeMarks(_ marks: [ColoredMark], _ project: Projector, into svg: inout SVGWriter) {
        for mark in marks {
            switch mark.mark {
            case .line(let line): writeLine(line, color: mark.color, project, into: &svg)
            case .scatter(let scatter): writeScatter(scatter, color: mark.color, project, into: &svg)
            case .text(let text): writeTextMark(text, color: mark.color, project, into: &svg)
            case .rule(let rule): project.flat.map { writeRule(rule, color: mark.color, $0, into: &svg) }
            case .bars(let bars): project.flat.map { writeBars(bars, color: mark.color, $0, into: &svg) }
            case .contour(let contour): project.flat.map { writeContour(contour, $0, into: &svg) }
            case .heatmap(let heatmap): project.flat.map { writeHeatmap(heatmap, $0, into: &svg) }
            case .surface: break
            }
        }
    }

    private static func writeScatter(
        _ scatter: ScatterMark, color: String, _ project: Projector, into svg: inout SVGWriter
    ) {
        let points = project.points(scatter.xs, scatter.ys, scatter.zs)
        let opacity = scatter.alpha < 1 ? max(scatter.alpha, 0).svg : nil
        var runs: [(color: String, radius: Double, points: [Point])] = []
        for (index, point) in points.enumerated() {
            guard let point else { continue }
            let own = scatter.colors.flatMap { index < $0.count ? $0[index] : nil } ?? color
            let area = scatter.sizes.flatMap { index < $0.count ? $0[index] : nil } ?? scatter.size
            let radius = area.isFinite && area > 0 ? area.squareRoot() / 2 : 3
            if let last = runs.last, last.color == own, last.radius == radius {
                runs[runs.count - 1].points.append(point)
            } else {
                runs.append((own, radius, [point]))
            }
        }
        for run in runs {
            writeMarkers(scatter.marker, radius: run.radius, color: run.color, at: run.points, opacity: opacity,
                         into: &svg)
        }
    }

    private static func writeTextMark(_ text: TextMark, color: String, _ project: Projector, into svg: inout SVGWriter) {
        guard let at = project(text.x, text.y) else { return }
        let size = positive(text.fontSize, or: 10)
        if let target = text.arrowTo, let end = project(target.x, target.y) {
            writeArrow(from: (at.x, at.y - size * 0.3), to: end, color: color, into: &svg)
        }
        let baseline = at.y + (Style.ascent - Style.descent) / 2 * size
        writeSpans(TeXText.spans(text.text), fontSize: size, into: &svg, [
            ("x", at.x.svg), ("y", baseline.svg), ("text-anchor", text.anchor == .start ? nil : text.anchor.rawValue),
            ("font-size", size.svg), ("fill", color == "currentColor" ? nil : color),
        ])
    }

    /// A thin line with a filled head, stopping short of both ends.
    private static func writeArrow(from start: Point, to end: Point, color: String, into svg: inout SVGWriter) {
        let dx = end.x - start.x, dy = end.y - start.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 12 else { return }
        let ux = dx / length, uy = dy / length
        let from = (x: start.x + ux * 6, y: start.y + uy * 6), tip = (x: end.x - ux * 2, y: end.y - uy * 2)
        let base = (x: tip.x - ux * 7, y: tip.y - uy * 7)
        let left = (x: base.x - uy * 3, y: base.y + ux * 3), right = (x: base.x + uy * 3, y: base.y - ux * 3)
        svg.leaf("path", [
            ("fill", "none"), ("stroke", color), ("stroke-width", "1"),
            ("d", "M\(from.x.svg) \(from.y.svg)L\(base.x.svg) \(base.y.svg)"),
        ])
        svg.leaf("path", [
            ("fill", color),
            ("d", "M\(tip.x.svg) \(tip.y.svg)L\(left.x.svg) \(left.y.svg)L\(right.x.svg) \(right.y.svg)Z"),
        ])
    }

    private static func writeRule(_ rule: RuleMark, color: String, _ layout: PanelLayout, into svg: inout SVGWriter) {
        let plot = layout.plot
        let d: String
        switch rule.orientation {
        case .horizontal:
            let y = layout.yScale(rule.value)
            guard y.isFinite else { return }
            d = "M\(plot.x.svg) \(y.svg)H\(plot.maxX.svg)"
        case .vertical:
            let x = layout.xScale(rule.value)
            guard x.isFinite else { return }
            d = "M\(x.svg) \(plot.y.svg)V\(plot.maxY.svg)"
        }
        let width = positive(rule.lineWidth, or: 1)
        svg.leaf("path", [
            ("fill", "none"), ("stroke", color), ("stroke-width", width.svg),
            ("stroke-dasharray", dashArray(rule.lineStyle, width: width)), ("d", d),
        ])
    }

    /// All bars of a mark in one path, edged in the page's background so neighbouring bars stay apart.
    private static func writeBars(_ bars: BarMark, color: String, _ layout: PanelLayout, into svg: inout SVGWriter) {
        var d = ""
        for (index, (center, height)) in zip(bars.xs, bars.heights).enumerated() {
            let bottom = bars.bottoms.flatMap { index < $0.count ? $0[index] : nil } ?? 0
            let width = bars.widths.flatMap { index < $0.count ? $0[index] : nil } ?? bars.width
            let x0 = layout.xScale(center - width / 2), x1 = layout.xScale(center + width / 2)
            let y0 = layout.yScale(bottom), y1 = layout.yScale(bottom + height)
            guard x0.isFinite, x1.isFinite, y0.isFinite, y1.isFinite else { continue }
            d += "M\(x0.svg) \(y0.svg)H\(x1.svg)V\(y1.svg)H\(x0.svg)Z"
        }
        guard !d.isEmpty else { return }
        svg.leaf("path", [
            ("fill", color), ("stroke", "Canvas"), ("stroke-width", "0.6"),
            ("opacity", bars.alpha < 1 ? max(bars.alpha, 0).svg : nil), ("d", d),
        ])
    }
}
