/// The most a figure may draw. Drawing takes time and memory in the number of points, and a figure is drawn
/// after its cell has finished, outside the cell's time and memory limits; so a figure over the bound is not
/// drawn at all, and its place on the page says why.
public enum FigureSize {
    /// Data points one figure (a slider: all its frames together) may draw.
    public static let maximumPoints = 4_000_000

    /// How many data points `figure` draws, in all its panels and frames.
    public static func points(in figure: Figure) -> Int {
        switch figure.content {
        case .panels:
            return figure.panels.reduce(0) { total, axes in total + axes.marks.reduce(0) { $0 + $1.pointCount } }
        case .slider(let slider):
            return slider.frames.reduce(0) { $0 + points(in: $1) }
        case .diagram(let diagram):
            return diagram.nodes.reduce(0) { $0 + 1 + $1.inputs.count }
        }
    }

    /// Why `figure` is too large to draw, or nil.
    public static func excess(of figure: Figure) -> String? {
        let count = points(in: figure)
        guard count > maximumPoints else { return nil }
        return "this figure has \(count) data points, more than the \(maximumPoints) a figure may draw; "
            + "plot fewer points (every n-th, or a coarser grid)"
    }
}
