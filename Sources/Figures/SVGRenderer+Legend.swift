/// The legend box: one row per labelled mark, placed where the lesson asked (matplotlib's `loc`) or, by
/// default, where it covers the least data (matplotlib's `loc="best"`, trying its corners in its order).
extension SVGRenderer {

    private static let fontSize = Style.labelFontSize
    private static let pad = 0.4 * fontSize
    private static let handleLength = 2 * fontSize
    private static let handleGap = 0.8 * fontSize
    private static let rowStep = 1.5 * fontSize
    private static let inset = 0.5 * fontSize
    private static let clearance = 0.4 * fontSize

    static func writeLegend(
        _ marks: [ColoredMark], _ plot: Rect, _ project: Projector, at location: LegendLocation, into svg: inout SVGWriter
    ) {
        let entries = marks.compactMap { mark in
            mark.mark.legendLabel.flatMap { $0.isEmpty ? nil : (mark, TeXText.spans($0)) }
        }
        guard !entries.isEmpty else { return }
        let textWidth = entries.map { TextMetrics.width($0.1, fontSize: fontSize) }.max() ?? 0
        let width = 2 * pad + handleLength + handleGap + textWidth
        let height = 2 * pad + fontSize + Double(entries.count - 1) * rowStep
        let candidates = placements(width: width, height: height, plot)
        let box = location == .best
            ? bestPlacement(candidates, marks: marks, project)
            : candidates[placementOrder.firstIndex { $0.location == location } ?? 0]
        svg.open("g", [("class", "lr-legend")])
        svg.leaf("rect", [
            ("x", box.x.svg), ("y", box.y.svg), ("width", box.width.svg), ("height", box.height.svg), ("rx", "2"),
            ("fill", "Canvas"), ("fill-opacity", "0.8"), ("stroke", "currentColor"), ("stroke-opacity", "0.25"),
            ("stroke-width", "0.8"),
        ])
        for (row, (mark, spans)) in entries.enumerated() {
            let middle = box.y + pad + fontSize / 2 + Double(row) * rowStep
            writeHandle(mark, at: (box.x + pad, middle), into: &svg)
            let baseline = middle + (Style.ascent - Style.descent) / 2 * fontSize
            let x = box.x + pad + handleLength + handleGap
            writeSpans(spans, fontSize: fontSize, into: &svg, [("x", x.svg), ("y", baseline.svg)])
        }
        svg.close()
    }

    /// A short stretch of the line with its marker, or the scatter marker alone.
    private static func writeHandle(_ mark: ColoredMark, at start: Point, into svg: inout SVGWriter) {
        let center = (x: start.x + handleLength / 2, y: start.y)
        switch mark.mark {
        case .line(let line):
            if line.lineStyle != .none {
                let run = [start, (x: start.x + handleLength, y: start.y)]
                writePolyline([run], stroke: mark.color, width: line.lineWidth, style: line.lineStyle, into: &svg)
            }
            if let marker = line.marker {
                writeMarkers(marker, radius: min(line.markerSize, 10) / 2, color: mark.color, at: [center], into: &svg)
            }
        case .scatter(let scatter):
            let radius = min(scatter.size.isFinite && scatter.size > 0 ? scatter.size.squareRoot() / 2 : 3, 5)
            let color = scatter.colors?.first ?? mark.color
            writeMarkers(scatter.marker, radius: radius, color: color, at: [center], into: &svg)
        case .rule(let rule):
            let run = [start, (x: start.x + handleLength, y: start.y)]
            writePolyline([run], stroke: mark.color, width: rule.lineWidth, style: rule.lineStyle, into: &svg)
        case .contour(let contour):
            let run = [start, (x: start.x + handleLength, y: start.y)]
            let color = contour.colors?.first ?? contour.colormap.hex(at: 0.5)
            writePolyline([run], stroke: color, width: max(contour.lineWidth, 1.5), style: .solid, into: &svg)
        case .bars(let bars):
            writePatch(at: start, color: mark.color, opacity: bars.alpha, into: &svg)
        case .surface(let surface):
            writePatch(at: start, color: surface.colormap.hex(at: 0.5), opacity: surface.alpha, into: &svg)
        case .text, .heatmap:
            break
        }
    }

    private static func writePatch(at start: Point, color: String, opacity: Double, into svg: inout SVGWriter) {
        svg.leaf("rect", [
            ("x", start.x.svg), ("y", (start.y - 0.35 * fontSize).svg), ("width", handleLength.svg),
            ("height", (0.7 * fontSize).svg), ("fill", color), ("opacity", opacity < 1 ? opacity.svg : nil),
        ])
    }

    /// The places a legend may go, in the order `best` tries them, as (column, row) of the candidate grid:
    /// columns right, left, centre; rows upper, lower, centre.
    private static let placementOrder: [(location: LegendLocation, column: Int, row: Int)] = [
        (.upperRight, 0, 0), (.upperLeft, 1, 0), (.lowerLeft, 1, 1), (.lowerRight, 0, 1), (.right, 0, 2),
        (.centerLeft, 1, 2), (.lowerCenter, 2, 1), (.upperCenter, 2, 0), (.center, 2, 2), (.centerRight, 0, 2),
    ]

    private static func placements(width: Double, height: Double, _ plot: Rect) -> [Rect] {
        let xs = [plot.maxX - inset - width, plot.x + inset, plot.x + (plot.width - width) / 2]
        let ys = [plot.y + inset, plot.maxY - inset - height, plot.y + (plot.height - height) / 2]
        return placementOrder.map { Rect(x: xs[$0.column], y: ys[$0.row], width: width, height: height) }
    }

    /// The candidate position covering the fewest data points and line segments; ties go to the
    /// earlier candidate, so an empty upper right wins as in matplotlib.
    private static func bestPlacement(_ candidates: [Rect], marks: [ColoredMark], _ project: Projector) -> Rect {
        let (width, height) = (candidates[0].width, candidates[0].height)
        let runs = marks.flatMap { mark -> [[Point]] in
            switch mark.mark {
            case .line(let line):
                let points = project.points(line.xs, line.ys, line.zs)
                return line.lineStyle != .none ? segments(points) : points.compactMap { $0 }.map { [$0] }
            case .scatter(let scatter):
                return project.points(scatter.xs, scatter.ys, scatter.zs).compactMap { $0 }.map { [$0] }
            default:
                return []
            }
        }
        var best = candidates[0], bestScore = Int.max
        for candidate in candidates {
            // Scored with a little room around the box, so a line that grazes it counts against it.
            let room = Rect(x: candidate.x - clearance, y: candidate.y - clearance,
                            width: width + 2 * clearance, height: height + 2 * clearance)
            // A candidate stops being scored once it covers as much as the best so far, which it cannot beat.
            var score = 0
            for run in runs where score < bestScore { score += coverage(of: room, by: run) }
            if score < bestScore { (best, bestScore) = (candidate, score) }
        }
        return best
    }

    /// Points of a run inside the box plus its segments that cross the box.
    private static func coverage(of box: Rect, by run: [Point]) -> Int {
        var count = 0
        for point in run where contains(box, point) { count += 1 }
        for (a, b) in zip(run, run.dropFirst()) where segment(a, b, crosses: box) { count += 1 }
        return count
    }

    private static func contains(_ box: Rect, _ point: Point) -> Bool {
        point.x >= box.x && point.x <= box.maxX && point.y >= box.y && point.y <= box.maxY
    }

    /// Liang–Barsky: whether any part of segment a→b lies inside the box.
    private static func segment(_ a: Point, _ b: Point, crosses box: Rect) -> Bool {
        let dx = b.x - a.x, dy = b.y - a.y
        var low = 0.0, high = 1.0
        // One edge of the box: false once the segment is known to miss it. (Four calls rather than a loop over
        // an array of the four, which allocated the array for every segment of every candidate.)
        func clip(_ p: Double, _ q: Double) -> Bool {
            if p == 0 { return q >= 0 }
            let t = q / p
            if p < 0 { low = max(low, t) } else { high = min(high, t) }
            return low <= high
        }
        return clip(-dx, a.x - box.x) && clip(dx, box.maxX - a.x) && clip(-dy, a.y - box.y) && clip(dy, box.maxY - a.y)
    }
}
