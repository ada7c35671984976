/// Turns data coordinates into pixels: a flat panel's two scales, or a 3-D panel's camera. Marks that only
/// exist in flat panels (rules, bars, fields) use the flat layout; lines and points work in both.
struct Projector {
    typealias Point = (x: Double, y: Double)

    /// The flat panel's layout; nil in a 3-D panel.
    let flat: PanelLayout?
    /// The drawing area, for placing a legend.
    let plot: FigureLayout.Rect
    private let map: (Double, Double, Double) -> Point?

    static func flat(_ layout: PanelLayout) -> Projector {
        Projector(flat: layout, plot: layout.plot) { x, y, _ in
            let px = layout.xScale(x), py = layout.yScale(y)
            return px.isFinite && py.isFinite ? (px, py) : nil
        }
    }

    static func camera(_ camera: Camera3D) -> Projector {
        Projector(flat: nil, plot: camera.plot) { x, y, z in camera.project(x, y, z) }
    }

    /// The pixel of a point; nil when it has no finite pixel (NaN, infinity, ≤ 0 on a log axis).
    func callAsFunction(_ x: Double, _ y: Double, _ z: Double = 0) -> Point? {
        guard x.isFinite, y.isFinite, z.isFinite else { return nil }
        return map(x, y, z)
    }

    /// The pixels of a mark's points, in order, nil where a point cannot be drawn.
    func points(_ xs: [Double], _ ys: [Double], _ zs: [Double]?) -> [Point?] {
        (0..<min(xs.count, ys.count, zs?.count ?? Int.max)).map { i in self(xs[i], ys[i], zs?[i] ?? 0) }
    }
}
