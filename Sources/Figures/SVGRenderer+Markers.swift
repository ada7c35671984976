import Foundation

/// Marker shapes. Circles are `<circle>`s (one per point, so scatter points can be counted and
/// styled); other shapes share one `<path>` per mark to stay small.
extension SVGRenderer {
    static func writeMarkers(
        _ marker: Marker, radius: Double, color: String, at points: [(x: Double, y: Double)],
        opacity: String? = nil, into svg: inout SVGWriter
    ) {
        guard !points.isEmpty else { return }
        switch marker {
        case .circle, .point:
            let r = marker == .point ? radius / 2 + 0.5 : radius + 0.5
            let radius = r.svg
            // An opaque circle drawn again where one of its colour already is changes no pixel: dense data (a
            // million samples of a smooth curve) would otherwise write each printed position many times over.
            var drawn = Set<String>()
            svg.open("g", [("fill", color), ("opacity", opacity)])
            for point in points {
                let cx = point.x.svg, cy = point.y.svg
                if opacity == nil, !drawn.insert(cx + " " + cy).inserted { continue }
                svg.leaf("circle", [("cx", cx), ("cy", cy), ("r", radius)])
            }
            svg.close()
        case .plus, .cross:
            let d = points.map { strokedShape(marker, at: $0, radius: radius) }.joined()
            svg.leaf("path", [("fill", "none"), ("stroke", color), ("opacity", opacity), ("d", d)])
        case .square, .triangle, .triangleDown, .star, .diamond:
            let d = points.map { polygon(vertices(marker, radius: radius), at: $0) }.joined()
            svg.leaf("path", [("fill", color), ("opacity", opacity), ("d", d)])
        }
    }

    private static func strokedShape(_ marker: Marker, at point: (x: Double, y: Double), radius r: Double) -> String {
        let (x, y) = point
        if marker == .plus {
            return "M\((x - r).svg) \(y.svg)H\((x + r).svg)M\(x.svg) \((y - r).svg)V\((y + r).svg)"
        }
        let d = r * 0.75
        return "M\((x - d).svg) \((y - d).svg)L\((x + d).svg) \((y + d).svg)"
            + "M\((x - d).svg) \((y + d).svg)L\((x + d).svg) \((y - d).svg)"
    }

    /// Vertex offsets of a filled marker around its centre (y down).
    private static func vertices(_ marker: Marker, radius r: Double) -> [(Double, Double)] {
        switch marker {
        case .square:
            let h = r * 0.85
            return [(-h, -h), (h, -h), (h, h), (-h, h)]
        case .triangle:
            return [(0, -r * 1.1), (r * 0.95, r * 0.55), (-r * 0.95, r * 0.55)]
        case .triangleDown:
            return [(0, r * 1.1), (r * 0.95, -r * 0.55), (-r * 0.95, -r * 0.55)]
        case .diamond:
            return [(0, -r), (r * 0.6, 0), (0, r), (-r * 0.6, 0)]
        default:
            return (0..<10).map { index in
                let angle = Double(index) * Double.pi / 5
                let length = index.isMultiple(of: 2) ? r * 1.15 : r * 0.45
                return (length * sin(angle), -length * cos(angle))
            }
        }
    }

    private static func polygon(_ offsets: [(Double, Double)], at point: (x: Double, y: Double)) -> String {
        "M" + offsets.map { "\((point.x + $0.0).svg) \((point.y + $0.1).svg)" }.joined(separator: "L") + "Z"
    }
}
