import Foundation

/// Lines, points, text, rules and bars, drawn in data order inside the plot area.
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

    static func writeLine(_ line: LineMark, color: String, _ project: Projector, into svg: inout SVGWriter) {
        let points = project.points(line.xs, line.ys, line.zs)
        let opacity = line.alpha < 1 ? max(line.alpha, 0).svg : nil
        if line.lineStyle != .none {
            let runs = segments(points).map { PathSimplifier.simplify($0) }
            writePolyline(runs, stroke: color, width: positive(line.lineWidth, or: 1.5), style: line.lineStyle,
                          opacity: opacity, into: &svg)
        }
        if let marker = line.marker {
            let radius = positive(line.markerSize, or: 6) / 2
            let drawn = points.compactMap { $0 }
            if marker == .circle || marker == .point {
                writeRoundMarkers(marker, radius: radius, color: color, at: drawn, opacity: opacity, into: &svg)
            } else {
                writeMarkers(marker, radius: radius, color: color, at: drawn, opacity: opacity, into: &svg)
            }
        }
    }

    /// Round markers, where they overlap in runs (a thousand steps of gradient descent piling up) drawn as
    /// a line as thick as a marker with round ends, which covers the same pixels as the discs' union.
    private static func writeRoundMarkers(
        _ marker: Marker, radius: Double, color: String, at points: [Point], opacity: String?, into svg: inout SVGWriter
    ) {
        let drawnRadius = marker == .point ? radius / 2 + 0.5 : radius + 0.5
        var runs: [[Point]] = []
        for point in points {
            if let last = runs.last?.last, hypot(point.x - last.x, point.y - last.y) < drawnRadius {
                runs[runs.count - 1].append(point)
            } else {
                runs.append([point])
            }
        }
        let dense = runs.filter { $0.count >= 3 }.map { PathSimplifier.simplify($0, tolerance: 0.2) }
        let single = runs.filter { $0.count < 3 }.flatMap { $0 }
        if !dense.isEmpty {
            writePolyline(dense, stroke: color, width: 2 * drawnRadius, style: .solid, opacity: opacity,
                          extra: [("stroke-linecap", "round")], into: &svg)
        }
        writeMarkers(marker, radius: radius, color: color, at: single, opacity: opacity, into: &svg)
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

    static func positive(_ value: Double, or fallback: Double) -> Double {
        value.isFinite && value > 0 ? value : fallback
    }

    /// Runs of consecutive drawable points; a point that cannot be drawn ends a run.
    static func segments(_ points: [Point?]) -> [[Point]] {
        var result: [[Point]] = [[]]
        for point in points {
            if let point {
                result[result.count - 1].append(point)
            } else if !(result.last?.isEmpty ?? true) {
                result.append([])
            }
        }
        return result.filter { !$0.isEmpty }
    }

    /// One element per line: a `<polyline>` when unbroken, else a `<path>` with a move per run.
    static func writePolyline(
        _ runs: [[Point]], stroke: String, width: Double, style: LineStyle, opacity: String? = nil,
        extra: SVGWriter.Attributes = [], into svg: inout SVGWriter, children: ((inout SVGWriter) -> Void)? = nil
    ) {
        guard !runs.isEmpty else { return }
        var attributes: SVGWriter.Attributes = [
            ("fill", "none"), ("stroke", stroke), ("stroke-width", width.svg),
            ("stroke-dasharray", dashArray(style, width: width)), ("stroke-linejoin", "round"), ("opacity", opacity),
        ] + extra
        let name = runs.count == 1 ? "polyline" : "path"
        if runs.count == 1 {
            attributes.append(("points", pointList(runs[0])))
        } else {
            attributes.append(("d", runs.map { "M" + $0.map { "\($0.x.svg) \($0.y.svg)" }.joined(separator: "L") }.joined()))
        }
        if let children {
            svg.group(name, attributes, body: children)
        } else {
            svg.leaf(name, attributes)
        }
    }

    /// `x,y x,y …` for a `points` attribute.
    static func pointList(_ points: [Point]) -> String {
        points.map { "\($0.x.svg),\($0.y.svg)" }.joined(separator: " ")
    }

    /// matplotlib's dash patterns, which scale with the line width.
    static func dashArray(_ style: LineStyle, width: Double) -> String? {
        let pattern: [Double] = switch style {
        case .solid, .none: []
        case .dashed: [3.7, 1.6]
        case .dotted: [1, 1.65]
        case .dashDot: [6.4, 1.6, 1, 1.6]
        }
        return pattern.isEmpty ? nil : pattern.map { ($0 * width).svg }.joined(separator: " ")
    }
}
