/// A figure description, matplotlib-style: size in inches, text, marks and axis options.
///
/// The interpreter builds one of these; `SVGRenderer` draws it. One inch is 72 SVG units,
/// so font sizes read as points, as in matplotlib.
public struct Figure: Hashable, Sendable {
    public var width: Double = 6.4
    public var height: Double = 4.8
    public var title: String?
    public var xlabel: String?
    public var ylabel: String?
    public var marks: [Mark] = []
    public var grid: Bool = false
    public var legend: Bool = false
    public var xlim: ClosedRange<Double>?
    public var ylim: ClosedRange<Double>?

    public init() {}
}

/// One thing drawn in the axes.
public enum Mark: Hashable, Sendable {
    case line(LineMark)
    case scatter(ScatterMark)
}
