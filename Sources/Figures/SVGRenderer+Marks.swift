/// Lines, markers and scatter points, drawn in data order inside the plot area.
extension SVGRenderer {
    static func writeMarks(_ marks: [ColoredMark], _ layout: FigureLayout, clipID: String?, into svg: inout SVGWriter) {
        svg.open("g", [("class", "lr-data"), ("clip-path", clipID.map { "url(#\($0))" })])
        for mark in marks {
            switch mark.mark {
            case .line(let line):
                writeLine(line, color: mark.color, layout, into: &svg)
            case .scatter(let scatter):
                let radius = scatter.size.isFinite && scatter.size > 0 ? scatter.size.squareRoot() / 2 : 3
                let points = pixels(mark.mark, layout).compactMap { $0 }
                writeMarkers(.circle, radius: radius, color: mark.color, at: points, into: &svg)
            }
        }
        svg.close()
    }

    private static func writeLine(_ line: LineMark, color: String, _ layout: FigureLayout, into svg: inout SVGWriter) {
        let points = pixels(.line(line), layout)
        if line.lineStyle != .none {
            let width = line.lineWidth.isFinite && line.lineWidth > 0 ? line.lineWidth : 1.5
            writePolyline(segments(points), stroke: color, width: width, style: line.lineStyle, into: &svg)
        }
        if let marker = line.marker {
            let size = line.markerSize.isFinite && line.markerSize > 0 ? line.markerSize : 6
            writeMarkers(marker, radius: size / 2, color: color, at: points.compactMap { $0 }, into: &svg)
        }
    }

    /// Pixel positions of a mark's points; nil where x or y is NaN or infinite.
    static func pixels(_ mark: Mark, _ layout: FigureLayout) -> [(x: Double, y: Double)?] {
        mark.points.map { x, y in
            x.isFinite && y.isFinite ? (layout.xScale(x), layout.yScale(y)) : nil
        }
    }

    /// Runs of consecutive finite points; a NaN or infinity ends a run.
    static func segments(_ points: [(x: Double, y: Double)?]) -> [[(x: Double, y: Double)]] {
        var result: [[(x: Double, y: Double)]] = [[]]
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
        _ runs: [[(x: Double, y: Double)]], stroke: String, width: Double, style: LineStyle,
        into svg: inout SVGWriter
    ) {
        guard !runs.isEmpty else { return }
        var attributes: SVGWriter.Attributes = [
            ("fill", "none"), ("stroke", stroke), ("stroke-width", width.svg),
            ("stroke-dasharray", dashArray(style, width: width)), ("stroke-linejoin", "round"),
        ]
        if runs.count == 1 {
            attributes.append(("points", runs[0].map { "\($0.x.svg),\($0.y.svg)" }.joined(separator: " ")))
            svg.leaf("polyline", attributes)
        } else {
            let d = runs.map { run in
                "M" + run.map { "\($0.x.svg) \($0.y.svg)" }.joined(separator: "L")
            }.joined()
            attributes.append(("d", d))
            svg.leaf("path", attributes)
        }
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
