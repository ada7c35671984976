/// Contour lines (`contour`) or filled bands between levels (`contourf`) of numbers over a grid.
public struct ContourMark: Hashable, Sendable {
    public var grid: GridValues
    /// The levels, ascending. Lines are drawn at each; filled bands lie between neighbours.
    public var levels: [Double]
    public var filled: Bool
    public var colormap: Colormap
    /// One colour for every line or band, or one per level (lines) or band (filled), overriding the colormap.
    public var colors: [String]?
    public var lineWidth: Double
    public var alpha: Double
    public var label: String?
    /// How levels map onto the colormap: `.log` spaces colours by powers of ten (matplotlib's `norm="log"`);
    /// nil is linear.
    public var norm: AxisScale?

    public init(
        grid: GridValues, levels: [Double], filled: Bool = false, colormap: Colormap = .viridis,
        colors: [String]? = nil, lineWidth: Double = 1, alpha: Double = 1, label: String? = nil
    ) {
        self.grid = grid
        self.levels = levels
        self.filled = filled
        self.colormap = colormap
        self.colors = colors
        self.lineWidth = lineWidth
        self.alpha = alpha
        self.label = label
    }
}

/// A heat map: one coloured cell per grid point (matplotlib's `pcolormesh` with nearest shading, `imshow`).
public struct HeatmapMark: Hashable, Sendable {
    public var grid: GridValues
    public var colormap: Colormap
    /// The values at the two ends of the colormap; nil for the data's range.
    public var range: ClosedRange<Double>?
    public var alpha: Double
    /// How values map onto the colormap: `.log` spaces colours by powers of ten (matplotlib's `norm="log"`);
    /// nil is linear.
    public var norm: AxisScale?

    public init(grid: GridValues, colormap: Colormap = .viridis, range: ClosedRange<Double>? = nil, alpha: Double = 1) {
        self.grid = grid
        self.colormap = colormap
        self.range = range
        self.alpha = alpha
    }
}

/// A surface z = f(x, y) over a grid in a 3-D panel, coloured by height and shaded by its slope.
public struct SurfaceMark: Hashable, Sendable {
    public var grid: GridValues
    public var colormap: Colormap
    public var alpha: Double
    public var label: String?

    public init(grid: GridValues, colormap: Colormap = .viridis, alpha: Double = 1, label: String? = nil) {
        self.grid = grid
        self.colormap = colormap
        self.alpha = alpha
        self.label = label
    }
}
