import Dispatch

/// The time one figure may take to draw. Figures are drawn after their cell has run, so the cell's time limit
/// would not otherwise reach them; loops that may run long over a large figure (SVG elements, contour cells,
/// heat-map rows) ask `isOver()` now and then and stop early, and the figure is then not shown.
public final class DrawingBudget: @unchecked Sendable {
    // One budget serves one figure drawn on one thread, so `overran` needs no lock.
    @TaskLocal static var current: DrawingBudget?

    /// The limit, in seconds.
    public let seconds: Double
    private let deadline: UInt64
    private(set) var overran = false

    init(seconds: Double) {
        self.seconds = seconds
        let nanoseconds = min(max(seconds, 0), 1e9) * 1e9
        deadline = DispatchTime.now().uptimeNanoseconds &+ UInt64(nanoseconds)
    }

    /// Whether the figure being drawn has run out of time; false when it has no limit.
    static func isOver() -> Bool {
        guard let budget = current else { return false }
        if !budget.overran, DispatchTime.now().uptimeNanoseconds > budget.deadline { budget.overran = true }
        return budget.overran
    }
}

extension SVGRenderer {
    /// The figure drawn as `render(_:)` draws it, or nil when drawing took longer than `seconds` (no limit
    /// when nil).
    public static func render(_ figure: Figure, within seconds: Double?) -> String? {
        guard let seconds else { return render(figure) }
        let budget = DrawingBudget(seconds: seconds)
        let drawn = DrawingBudget.$current.withValue(budget) { render(figure) }
        return budget.overran ? nil : drawn
    }
}
