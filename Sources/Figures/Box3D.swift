import Foundation

/// The box of a 3-D panel as drawn: the three panes behind the data (those facing the viewer), grid lines on
/// them at the ticks, and the three axes along the box's outer edges with their ticks pointing outwards.
struct Box3D {
    typealias Point = (x: Double, y: Double)

    /// An axis as drawn: its edge, the outward direction on screen, and its ticks.
    struct Axis {
        var start: Point
        var end: Point
        var out: Point
        var ticks: [(at: Point, out: Point, label: String)]
    }

    let panes: [[Point]]
    let gridLines: [(Point, Point)]
    /// The x, y and z axes, in that order.
    let axes: [Axis]

    init(_ camera: Camera3D) {
        let (xv, yv, zv) = (camera.xView, camera.yView, camera.zView)
        let t = camera.toward
        let xBack = t.x > 0 ? xv.lowerBound : xv.upperBound, xFront = t.x > 0 ? xv.upperBound : xv.lowerBound
        let yBack = t.y > 0 ? yv.lowerBound : yv.upperBound, yFront = t.y > 0 ? yv.upperBound : yv.lowerBound
        let floor = t.z > 0 ? zv.lowerBound : zv.upperBound
        func p(_ x: Double, _ y: Double, _ z: Double) -> Point { camera.project(x, y, z) ?? (0, 0) }
        let (x0, x1, y0, y1, z0, z1) = (xv.lowerBound, xv.upperBound, yv.lowerBound, yv.upperBound, zv.lowerBound, zv.upperBound)
        panes = [
            [p(xBack, y0, z0), p(xBack, y1, z0), p(xBack, y1, z1), p(xBack, y0, z1)],
            [p(x0, yBack, z0), p(x1, yBack, z0), p(x1, yBack, z1), p(x0, yBack, z1)],
            [p(x0, y0, floor), p(x1, y0, floor), p(x1, y1, floor), p(x0, y1, floor)],
        ]
        // As many ticks as fit along each axis's edge on screen, 2 to 6.
        func count(_ a: Point, _ b: Point) -> Int { min(6, max(2, Int(hypot(b.x - a.x, b.y - a.y) / 38))) }
        let ticks = (x: NiceTicks.ticks(in: xv, maxCount: count(p(x0, yFront, floor), p(x1, yFront, floor))),
                     y: NiceTicks.ticks(in: yv, maxCount: count(p(xFront, y0, floor), p(xFront, y1, floor))),
                     z: NiceTicks.ticks(in: zv, maxCount: count(p(xBack, yFront, z0), p(xBack, yFront, z1))))
        var lines: [(Point, Point)] = []
        for value in ticks.x.values {
            lines += [(p(value, y0, floor), p(value, y1, floor)), (p(value, yBack, z0), p(value, yBack, z1))]
        }
        for value in ticks.y.values {
            lines += [(p(x0, value, floor), p(x1, value, floor)), (p(xBack, value, z0), p(xBack, value, z1))]
        }
        for value in ticks.z.values {
            lines += [(p(xBack, y0, value), p(xBack, y1, value)), (p(x0, yBack, value), p(x1, yBack, value))]
        }
        gridLines = lines
        let middle = p((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2)
        let zCorners = [(xBack, yFront), (xFront, yBack)]
        let zCorner = zCorners.min { p($0.0, $0.1, z0).x < p($1.0, $1.1, z0).x }!
        let edges: [(Ticks, (Double) -> Point)] = [
            (ticks.x, { p($0, yFront, floor) }),
            (ticks.y, { p(xFront, $0, floor) }),
            (ticks.z, { p(zCorner.0, zCorner.1, $0) }),
        ]
        let ends = [(x0, x1), (y0, y1), (z0, z1)]
        axes = zip(edges, ends).map { edge, end in
            let start = edge.1(end.0), finish = edge.1(end.1)
            let out = Self.outward(from: middle, start, finish)
            let inside = edge.0.values.filter { $0 >= end.0 - 1e-9 * abs(end.1 - end.0) && $0 <= end.1 + 1e-9 * abs(end.1 - end.0) }
            let labels = Dictionary(zip(edge.0.values, edge.0.labels), uniquingKeysWith: { a, _ in a })
            return Axis(start: start, end: finish, out: out,
                        ticks: inside.map { (edge.1($0), out, labels[$0] ?? "") })
        }
    }

    /// The unit direction on screen, across the edge a–b, pointing away from the box's middle.
    private static func outward(from middle: Point, _ a: Point, _ b: Point) -> Point {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = (dx * dx + dy * dy).squareRoot()
        let away = ((a.x + b.x) / 2 - middle.x, (a.y + b.y) / 2 - middle.y)
        guard length > 0 else { return (0, 1) }
        let ux = dx / length, uy = dy / length
        let along = away.0 * ux + away.1 * uy
        var ox = away.0 - along * ux, oy = away.1 - along * uy
        let size = (ox * ox + oy * oy).squareRoot()
        if size < 1e-9 { (ox, oy) = (-uy, ux) } else { (ox, oy) = (ox / size, oy / size) }
        return (ox, oy)
    }
}
