import Foundation

/// Lines: polylines broken where a point cannot be drawn, simplified to the pixels they cover, dashed as
/// matplotlib dashes, with their markers.
extension SVGRenderer {
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
