/// A line through points, optionally with markers: matplotlib's `plot`. With `zs` it is a 3-D path.
public struct LineMark: Hashable, Sendable {
    public var xs: [Double]
    public var ys: [Double]
    /// Heights of a path in a 3-D panel; nil in a flat one.
    public var zs: [Double]?
    /// A colour name, `#rrggbb`, or nil for the next colour of the tab10 cycle.
    public var color: String?
    public var lineStyle: LineStyle
    public var marker: Marker?
    public var label: String?
    /// Stroke width in points.
    public var lineWidth: Double
    /// Marker diameter in points.
    public var markerSize: Double
    /// Opacity from 0 to 1.
    public var alpha: Double

    public init(
        xs: [Double], ys: [Double], zs: [Double]? = nil, color: String? = nil, lineStyle: LineStyle = .solid,
        marker: Marker? = nil, label: String? = nil, lineWidth: Double = 1.5, markerSize: Double = 6, alpha: Double = 1
    ) {
        self.xs = xs
        self.ys = ys
        self.zs = zs
        self.color = color
        self.lineStyle = lineStyle
        self.marker = marker
        self.label = label
        self.lineWidth = lineWidth
        self.markerSize = markerSize
        self.alpha = alpha
    }
}

/// How a line is stroked; `.none` draws markers only.
public enum LineStyle: String, Hashable, Sendable, CaseIterable {
    case solid, dashed, dotted, dashDot, none
}

/// A marker shape, named after matplotlib's format-string letters.
public enum Marker: String, Hashable, Sendable, CaseIterable {
    /// `o`
    case circle
    /// `.`
    case point
    /// `s`
    case square
    /// `^`
    case triangle
    /// `v`
    case triangleDown
    /// `+`
    case plus
    /// `x`
    case cross
    /// `*`
    case star
    /// `d`
    case diamond
}
