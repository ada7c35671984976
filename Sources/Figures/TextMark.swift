/// Text at a point in data coordinates (matplotlib's `text`), optionally with an arrow to another point
/// (`annotate`). TeX between dollars is allowed.
public struct TextMark: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var text: String
    /// Font size in points.
    public var fontSize: Double
    /// A colour name or `#rrggbb`; nil for the text colour of the page.
    public var color: String?
    public var anchor: TextAnchor
    /// The point an arrow from the text points at.
    public var arrowTo: DataPoint?

    public init(
        x: Double, y: Double, text: String, fontSize: Double = 10, color: String? = nil,
        anchor: TextAnchor = .start, arrowTo: DataPoint? = nil
    ) {
        self.x = x
        self.y = y
        self.text = text
        self.fontSize = fontSize
        self.color = color
        self.anchor = anchor
        self.arrowTo = arrowTo
    }
}

/// Which end of the text sits at its point.
public enum TextAnchor: String, Hashable, Sendable {
    case start, middle, end
}

/// A point in data coordinates.
public struct DataPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}
