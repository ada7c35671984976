/// Vertical bars from `bottoms` (or 0) to `bottoms + heights`, centred on `xs`: matplotlib's `bar`,
/// and `hist` once its counts are known.
public struct BarMark: Hashable, Sendable {
    public var xs: [Double]
    public var heights: [Double]
    /// Width of every bar in data units.
    public var width: Double
    /// A width per bar, overriding `width` (a histogram's uneven bins).
    public var widths: [Double]?
    public var bottoms: [Double]?
    public var color: String?
    public var label: String?
    public var alpha: Double

    public init(
        xs: [Double], heights: [Double], width: Double = 0.8, bottoms: [Double]? = nil, color: String? = nil,
        label: String? = nil, alpha: Double = 1
    ) {
        self.xs = xs
        self.heights = heights
        self.width = width
        self.widths = nil
        self.bottoms = bottoms
        self.color = color
        self.label = label
        self.alpha = alpha
    }
}
