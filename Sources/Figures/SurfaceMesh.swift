/// A surface's grid cut into quadrilaterals, each clipped to the panel's box and ordered back to front for the
/// painter's algorithm, with a colour from its height and a shade from how it faces the light.
struct SurfaceMesh {
    typealias Vector = Camera3D.Vector

    /// One face as drawn: its corners in pixels and its colour.
    struct Face {
        var points: [(x: Double, y: Double)]
        var color: String
        var depth: Double
        /// How far apart in depth its nearest and farthest corners are.
        var depthSpan: Double
    }

    let faces: [Face]

    init(_ surface: SurfaceMark, camera: Camera3D, mapping: ColorMapping) {
        let grid = surface.grid
        // Light from above and to the left of the viewer, fixed to the camera so every view is lit alike.
        let (t, u, r) = (camera.toward, camera.up, camera.right)
        let light = Self.normalized((0.5 * t.x + 0.7 * u.x - 0.5 * r.x, 0.5 * t.y + 0.7 * u.y - 0.5 * r.y,
                                     0.5 * t.z + 0.7 * u.z - 0.5 * r.z))
        var faces: [Face] = []
        for row in 0..<(grid.ys.count - 1) {
            for column in 0..<(grid.xs.count - 1) {
                let corners = [(row, column), (row, column + 1), (row + 1, column + 1), (row + 1, column)]
                    .map { (grid.xs[$0.1], grid.ys[$0.0], grid.value($0.0, $0.1)) }
                guard corners.allSatisfy({ $0.2.isFinite }) else { continue }
                let clipped = Self.clip(corners, camera)
                guard clipped.count >= 3 else { continue }
                let points = clipped.compactMap { camera.project($0.0, $0.1, $0.2) }
                guard points.count == clipped.count else { continue }
                let height = clipped.map(\.2).reduce(0, +) / Double(clipped.count)
                let shade = 0.55 + 0.45 * abs(Camera3D.dot(Self.normal(corners, camera), light))
                let color = mapping.colormap.rgb(at: mapping.fraction(height)).shaded(shade).hex
                let depths = clipped.map { camera.depth($0.0, $0.1, $0.2) }
                let depth = depths.reduce(0, +) / Double(depths.count)
                faces.append(Face(points: points, color: color, depth: depth, depthSpan: depths.max()! - depths.min()!))
            }
        }
        self.faces = faces.enumerated().sorted { a, b in
            a.element.depth != b.element.depth ? a.element.depth < b.element.depth : a.offset < b.offset
        }.map(\.element)
    }

    /// The unit normal of a quadrilateral in box coordinates, from its diagonals.
    private static func normal(_ corners: [(Double, Double, Double)], _ camera: Camera3D) -> Vector {
        let p = corners.map { camera.boxPoint($0.0, $0.1, $0.2) }
        let a = (p[2].x - p[0].x, p[2].y - p[0].y, p[2].z - p[0].z)
        let b = (p[3].x - p[1].x, p[3].y - p[1].y, p[3].z - p[1].z)
        return normalized((a.1 * b.2 - a.2 * b.1, a.2 * b.0 - a.0 * b.2, a.0 * b.1 - a.1 * b.0))
    }

    private static func normalized(_ v: Vector) -> Vector {
        let length = (v.x * v.x + v.y * v.y + v.z * v.z).squareRoot()
        return length > 0 ? (v.x / length, v.y / length, v.z / length) : (0, 0, 1)
    }

    /// The polygon cut to the views on all three axes (Sutherland–Hodgman, one plane at a time).
    static func clip(_ polygon: [(Double, Double, Double)], _ camera: Camera3D) -> [(Double, Double, Double)] {
        // Most faces lie wholly inside the box, and cutting such a face at each plane gives it back unchanged.
        if polygon.allSatisfy({ camera.xView.contains($0.0) && camera.yView.contains($0.1) && camera.zView.contains($0.2) }) {
            return polygon
        }
        var result = polygon
        let planes: [(axis: Int, bound: Double, keepBelow: Bool)] = [
            (0, camera.xView.lowerBound, false), (0, camera.xView.upperBound, true),
            (1, camera.yView.lowerBound, false), (1, camera.yView.upperBound, true),
            (2, camera.zView.lowerBound, false), (2, camera.zView.upperBound, true),
        ]
        for plane in planes {
            result = clip(result, plane.axis, plane.bound, keepBelow: plane.keepBelow)
            if result.isEmpty { break }
        }
        return result
    }

    private static func clip(
        _ polygon: [(Double, Double, Double)], _ axis: Int, _ bound: Double, keepBelow: Bool
    ) -> [(Double, Double, Double)] {
        func coordinate(_ p: (Double, Double, Double)) -> Double { axis == 0 ? p.0 : (axis == 1 ? p.1 : p.2) }
        func keeps(_ p: (Double, Double, Double)) -> Bool { keepBelow ? coordinate(p) <= bound : coordinate(p) >= bound }
        var output: [(Double, Double, Double)] = []
        for (index, current) in polygon.enumerated() {
            let previous = polygon[(index + polygon.count - 1) % polygon.count]
            if keeps(current) != keeps(previous) {
                let t = (bound - coordinate(previous)) / (coordinate(current) - coordinate(previous))
                output.append((previous.0 + t * (current.0 - previous.0), previous.1 + t * (current.1 - previous.1),
                               previous.2 + t * (current.2 - previous.2)))
            }
            if keeps(current) { output.append(current) }
        }
        return output
    }
}
