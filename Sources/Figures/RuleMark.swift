/// A line across the whole panel at one value: matplotlib's `axhline` and `axvline`.
public struct RuleMark: Hashable, Sendable {
    /// Which way the line runs.
    public enum Orientation: Hashable, Sendable { case horizontal, vertical }

    public var orientation: Orientation
    /// The y of a horizontal line, the x of a vertical one.
    public var value: Double
    public var color: String?
    public var lineStyle: LineStyle
    public var lineWidth: Double
    public var label: String?

    public init(
        _ orientation: Orientation, at value: Double, color: String? = nil, lineStyle: LineStyle = .solid,
        lineWidth: Double = 1, label: String? = nil
    ) {
        self.orientation = orientation
        self.value = value
        self.color = color
        self.lineStyle = lineStyle
        self.lineWidth = lineWidth
        self.label = label
    }
}
