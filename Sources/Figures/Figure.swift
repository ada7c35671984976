/// A figure description, matplotlib-style: a size in inches and panels (axes) in a grid, each holding marks.
///
/// The interpreter builds one of these; `SVGRenderer` draws it. One inch is 72 SVG units, so font sizes read
/// as points, as in matplotlib. A figure can instead be a slider over frames or a computation-graph diagram.
public struct Figure: Hashable, Sendable {
    public var width: Double = 6.4
    public var height: Double = 4.8
    /// A title over all the panels: matplotlib's `suptitle`.
    public var suptitle: String?
    /// The grid the panels sit in: matplotlib's `subplot(rows, columns, index)`.
    public var rows = 1
    public var columns = 1
    /// The panels, each at its own cell of the grid; never empty.
    public var panels: [Axes] = [Axes()]
    /// Which panel pyplot-style calls draw into.
    public var current = 0
    /// What the figure shows: its panels, a slider over other figures, or a diagram.
    public var content: Content = .panels

    /// What a figure shows.
    public enum Content: Hashable, Sendable {
        case panels
        /// One figure per value, shown one at a time behind a range input.
        case slider(Slider)
        /// A computation graph, laid out from its own size (the figure's size is ignored).
        case diagram(GraphDiagram)
    }

    public init() {}

    /// The current panel, which `title`, `marks` and the other shorthands below read and write.
    public var axes: Axes {
        get { panels[current] }
        set { panels[current] = newValue }
    }

    public var title: String? {
        get { axes.title }
        set { axes.title = newValue }
    }

    public var xlabel: String? {
        get { axes.xlabel }
        set { axes.xlabel = newValue }
    }

    public var ylabel: String? {
        get { axes.ylabel }
        set { axes.ylabel = newValue }
    }

    public var marks: [Mark] {
        get { axes.marks }
        set { axes.marks = newValue }
    }

    public var grid: Bool {
        get { axes.grid }
        set { axes.grid = newValue }
    }

    public var legend: Bool {
        get { axes.legend }
        set { axes.legend = newValue }
    }

    public var xlim: ClosedRange<Double>? {
        get { axes.xlim }
        set { axes.xlim = newValue }
    }

    public var ylim: ClosedRange<Double>? {
        get { axes.ylim }
        set { axes.ylim = newValue }
    }

    /// Makes the panel at `cell` of a `rows × columns` grid current, creating it when new (`subplot`).
    public mutating func select(rows: Int, columns: Int, cell: Int) {
        self.rows = max(rows, 1)
        self.columns = max(columns, 1)
        if let index = panels.firstIndex(where: { $0.cell == cell }) {
            current = index
        } else if panels.count == 1, panels[0].isEmpty {
            panels[0].cell = cell
            current = 0
        } else {
            var panel = Axes()
            panel.cell = cell
            panels.append(panel)
            current = panels.count - 1
        }
    }
}
