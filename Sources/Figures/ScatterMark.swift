/// Unconnected points: matplotlib's `scatter`, with one colour or a colour per point (points coloured by
/// class), one size or a size per point. With `zs` the points are in a 3-D panel.
public struct ScatterMark: Hashable, Sendable {
    public var xs: [Double]
    public var ys: [Double]
    public var zs: [Double]?
    /// A colour name, `#rrggbb`, or nil for the next colour of the tab10 cycle.
    public var color: String?
    /// A colour per point (`#rrggbb`), overriding `color`.
    public var colors: [String]?
    /// Marker area in points², matplotlib's `s`.
    public var size: Double
    /// An area per point, overriding `size`.
    public var sizes: [Double]?
    public var marker: Marker
    public var label: String?
    public var alpha: Double

    public init(
        xs: [Double], ys: [Double], zs: [Double]? = nil, color: String? = nil, colors: [String]? = nil,
        size: Double = 36, sizes: [Double]? = nil, marker: Marker = .circle, label: String? = nil, alpha: Double = 1
    ) {
        self.xs = xs
        self.ys = ys
        self.zs = zs
        self.color = color
        self.colors = colors
        self.size = size
        self.sizes = sizes
        self.marker = marker
        self.label = label
        self.alpha = alpha
    }
}
