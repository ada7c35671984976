/// Unconnected points: matplotlib's `scatter`.
public struct ScatterMark: Hashable, Sendable {
    public var xs: [Double]
    public var ys: [Double]
    /// A colour name, `#rrggbb`, or nil for the next colour of the tab10 cycle.
    public var color: String?
    /// Marker area in points², matplotlib's `s`.
    public var size: Double
    public var label: String?

    public init(xs: [Double], ys: [Double], color: String? = nil, size: Double = 36, label: String? = nil) {
        self.xs = xs
        self.ys = ys
        self.color = color
        self.size = size
        self.label = label
    }
}
