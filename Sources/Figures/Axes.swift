/// One panel of a figure: its marks and everything around them (title, labels, ticks, limits, legend),
/// matplotlib's `Axes`. A panel with a `view` is three-dimensional.
public struct Axes: Hashable, Sendable {
    /// The panel's cell in its figure's grid, counted row by row from 0.
    public var cell = 0
    public var title: String?
    public var xlabel: String?
    public var ylabel: String?
    /// The z axis label of a 3-D panel.
    public var zlabel: String?
    public var marks: [Mark] = []
    public var grid = false
    public var legend = false
    /// Where the legend goes: matplotlib's `loc`; nil is `.best`. Optional so a figure that never set it
    /// describes itself as before (snapshots list every field that has a value).
    public var legendLocation: LegendLocation?
    public var xlim: ClosedRange<Double>?
    public var ylim: ClosedRange<Double>?
    public var zlim: ClosedRange<Double>?
    public var xscale: AxisScale = .linear
    public var yscale: AxisScale = .linear
    /// `.equal` makes one unit as long on both axes, widening a view as matplotlib's `axis("equal")` does.
    public var aspect: Aspect = .auto
    public var frame: Frame = .box
    /// Tick positions and labels chosen by the lesson (`xticks`), e.g. the categories of a bar chart.
    public var xticks: [Tick]?
    public var yticks: [Tick]?
    /// A colour bar for the first colour-mapped mark, with an optional label.
    public var colorbar: Colorbar?
    /// The camera of a 3-D panel; nil for a flat one.
    public var view: View3D?
    /// Frames drawn over the panel's own marks, one after the other.
    public var animation: Animation?

    public init() {}

    /// True for a panel nothing has been drawn or set on.
    public var isEmpty: Bool { self == Axes() }
}

/// matplotlib's legend locations, by their `loc` names.
public enum LegendLocation: String, Hashable, Sendable, CaseIterable {
    /// The corner or side covering the fewest data points and line segments.
    case best
    case upperRight = "upper right", upperLeft = "upper left", lowerLeft = "lower left", lowerRight = "lower right"
    case right, centerLeft = "center left", centerRight = "center right", lowerCenter = "lower center"
    case upperCenter = "upper center", center
}

/// How values map onto an axis.
public enum AxisScale: String, Hashable, Sendable {
    case linear, log
}

/// The ratio of the axes' units.
public enum Aspect: Hashable, Sendable {
    /// `.equal` widens a view to make one unit as long on both axes, as `axis("equal")` does; `.equalBox` keeps
    /// the views and shrinks the plot instead, from the right or the bottom, as matplotlib's `imshow` does.
    case auto, equal, equalBox
}

/// How the axes are drawn around the data.
public enum Frame: Hashable, Sendable {
    /// A box with ticks on the left and bottom, matplotlib's default.
    case box
    /// Two axes crossing at the origin, with ticks on both (seed 000's `centerAxes`).
    case centered
    /// No axes at all (`axis("off")`).
    case none
}

/// One tick: where it is and what it says (TeX allowed).
public struct Tick: Hashable, Sendable {
    public var value: Double
    public var label: String

    public init(_ value: Double, _ label: String) {
        self.value = value
        self.label = label
    }
}

/// A colour bar beside a panel.
public struct Colorbar: Hashable, Sendable {
    public var label: String?

    public init(label: String? = nil) {
        self.label = label
    }
}

/// Where a 3-D panel is seen from, in degrees: matplotlib's `view_init(elev:azim:)`.
public struct View3D: Hashable, Sendable {
    public var azimuth: Double
    public var elevation: Double

    public init(azimuth: Double = -60, elevation: Double = 30) {
        self.azimuth = azimuth
        self.elevation = elevation
    }
}
