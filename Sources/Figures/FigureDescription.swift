import Foundation

/// The text alternative of a figure for `<desc>`: what is plotted and over which ranges,
/// e.g. "Line plot of 40 points; x from -5 to 4.75, y from 5 to 95".
enum FigureDescription {
    static func text(for figure: Figure) -> String {
        guard !figure.marks.isEmpty else { return "Empty axes" }
        var parts = [marksSummary(figure.marks)]
        let extent = DataExtent(figure.marks)
        if let x = extent.x, let y = extent.y {
            parts.append("x from \(short(x.lowerBound)) to \(short(x.upperBound)), "
                + "y from \(short(y.lowerBound)) to \(short(y.upperBound))")
        }
        let labels = figure.marks.compactMap(\.label).map(TeXText.plainText).filter { !$0.isEmpty }
        if !labels.isEmpty { parts.append("series: " + labels.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    private static func marksSummary(_ marks: [Mark]) -> String {
        let points = marks.reduce(0) { $0 + $1.pointCount }
        let lines = marks.filter { if case .line = $0 { true } else { false } }.count
        let scatters = marks.count - lines
        if marks.count == 1 {
            return "\(lines == 1 ? "Line" : "Scatter") plot of \(count(points, "point"))"
        }
        let kinds = [lines > 0 ? count(lines, "line") : nil, scatters > 0 ? count(scatters, "scatter series") : nil]
        return "Plot of " + kinds.compactMap { $0 }.joined(separator: " and ") + " with \(count(points, "point"))"
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        n == 1 || noun.hasSuffix("series") ? "\(n) \(noun)" : "\(n) \(noun)s"
    }

    /// Four significant digits, never `-0`.
    private static func short(_ value: Double) -> String {
        let text = String(format: "%.4g", value)
        return text == "-0" ? "0" : text
    }
}
