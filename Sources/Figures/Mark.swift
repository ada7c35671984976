/// One thing drawn in a panel.
public enum Mark: Hashable, Sendable {
    case line(LineMark)
    case scatter(ScatterMark)
    case text(TextMark)
    case rule(RuleMark)
    case bars(BarMark)
    case contour(ContourMark)
    case heatmap(HeatmapMark)
    case surface(SurfaceMark)
}

extension Mark {
    /// The label a legend shows for this mark, if any.
    var legendLabel: String? {
        switch self {
        case .line(let line): line.label
        case .scatter(let scatter): scatter.label
        case .rule(let rule): rule.label
        case .bars(let bars): bars.label
        case .contour(let contour): contour.label
        case .surface(let surface): surface.label
        case .text, .heatmap: nil
        }
    }

    /// How many data points the mark draws.
    var pointCount: Int {
        switch self {
        case .line(let line): min(line.xs.count, line.ys.count)
        case .scatter(let scatter): min(scatter.xs.count, scatter.ys.count)
        case .bars(let bars): min(bars.xs.count, bars.heights.count)
        case .contour(let contour): contour.grid.values.count
        case .heatmap(let heatmap): heatmap.grid.values.count
        case .surface(let surface): surface.grid.values.count
        case .text, .rule: 0
        }
    }
}
