import Foundation

/// An orthographic camera on a 3-D panel's box, as matplotlib's `view_init(elev, azim)` places it: the data
/// box is scaled to a 4 : 4 : 3 box, turned by the azimuth about z, tilted by the elevation, and fitted
/// into the plot area.
struct Camera3D {
    typealias Point = (x: Double, y: Double)
    typealias Vector = (x: Double, y: Double, z: Double)

    let plot: FigureLayout.Rect
    let xView: ClosedRange<Double>
    let yView: ClosedRange<Double>
    let zView: ClosedRange<Double>
    /// Screen right, screen up and the direction towards the viewer, in box coordinates.
    let right: Vector
    let up: Vector
    let toward: Vector
    private let scale: Double
    private let center: Point

    /// Half the box's extent along x, y and z.
    static let halfBox: Vector = (1, 1, 0.75)

    init(view: View3D, x: ClosedRange<Double>, y: ClosedRange<Double>, z: ClosedRange<Double>, in area: FigureLayout.Rect) {
        plot = area
        xView = x
        yView = y
        zView = z
        let azimuth = view.azimuth * .pi / 180, elevation = view.elevation * .pi / 180
        right = (-sin(azimuth), cos(azimuth), 0)
        up = (-sin(elevation) * cos(azimuth), -sin(elevation) * sin(azimuth), cos(elevation))
        toward = (cos(elevation) * cos(azimuth), cos(elevation) * sin(azimuth), sin(elevation))
        let h = Self.halfBox
        let corners = [-1.0, 1].flatMap { sx in [-1.0, 1].flatMap { sy in [-1.0, 1].map { sz in (sx * h.x, sy * h.y, sz * h.z) } } }
        let (r, u) = (right, up)
        let us = corners.map { Self.dot($0, r) }, vs = corners.map { Self.dot($0, u) }
        let width = us.max()! - us.min()!, height = vs.max()! - vs.min()!
        scale = min(area.width / width, area.height / height)
        center = (area.midX - scale * (us.max()! + us.min()!) / 2, area.midY + scale * (vs.max()! + vs.min()!) / 2)
    }

    /// The point in box coordinates: each view mapped onto −half…half of the box.
    func boxPoint(_ x: Double, _ y: Double, _ z: Double) -> Vector {
        func place(_ value: Double, _ view: ClosedRange<Double>, _ half: Double) -> Double {
            let span = view.upperBound - view.lowerBound
            return span > 0 ? ((value - view.lowerBound) / span * 2 - 1) * half : 0
        }
        let h = Self.halfBox
        return (place(x, xView, h.x), place(y, yView, h.y), place(z, zView, h.z))
    }

    func project(_ x: Double, _ y: Double, _ z: Double) -> Point? {
        let p = boxPoint(x, y, z)
        let px = center.x + scale * Self.dot(p, right), py = center.y - scale * Self.dot(p, up)
        guard px.isFinite, py.isFinite, abs(px) < FigureStyle.coordinateLimit, abs(py) < FigureStyle.coordinateLimit
        else { return nil }
        return (px, py)
    }

    /// How near the viewer a point is; larger is nearer.
    func depth(_ x: Double, _ y: Double, _ z: Double) -> Double {
        Self.dot(boxPoint(x, y, z), toward)
    }

    static func dot(_ a: Vector, _ b: Vector) -> Double { a.x * b.x + a.y * b.y + a.z * b.z }
}
