import Foundation

/// The text alternative of a figure for `<desc>`: what is plotted and over which ranges,
/// e.g. "Line plot of 40 points; x from -5 to 4.75, y from 5 to 95".
enum FigureDescription {
    static func text(for figure: Figure) -> String {
        let panels = figure.panels.map(text(for:))
        guard panels.count > 1 else { return panels.first ?? "Empty axes" }
        let grid = "\(figure.rows) × \(figure.columns) grid of \(panels.count) panels"
        return grid + ": " + panels.enumerated().map { "(\($0.offset + 1)) \($0.element)" }.joined(separator: " ")
    }

    static func text(for axes: Axes) -> String {
        let marks = axes.marks.filter { if case .text = $0 { false } else { true } }
        guard !marks.isEmpty || axes.animation != nil else { return "Empty axes" }
        var parts = [(axes.view == nil ? "" : "3-D ") + summary(marks)]
        let extent = DataExtent(axes)
        if let x = extent.x, let y = extent.y {
            var ranges = "x from \(short(x.lowerBound)) to \(short(x.upperBound)), "
                + "y from \(short(y.lowerBound)) to \(short(y.upperBound))"
            if let z = extent.z, axes.view != nil { ranges += ", z from \(short(z.lowerBound)) to \(short(z.upperBound))" }
            parts.append(ranges)
        }
        let labels = marks.compactMap(\.legendLabel).map(TeXText.plainText).filter { !$0.isEmpty }
        if !labels.isEmpty { parts.append("series: " + labels.joined(separator: ", ")) }
        if let animation = axes.animation { parts.append("animated over \(count(animation.frames.count, "frame"))") }
        return parts.joined(separator: "; ")
    }

    private static func summary(_ marks: [Mark]) -> String {
        let points = marks.reduce(0) { $0 + $1.pointCount }
        var kinds: [String: Int] = [:]
        for mark in marks { kinds[kind(mark), default: 0] += 1 }
        if marks.count == 1, let only = marks.first {
            let name = kind(only).replacingOccurrences(of: " series", with: "").replacingOccurrences(of: " set", with: "")
            return name.prefix(1).uppercased() + name.dropFirst() + " plot of \(count(points, "point"))"
        }
        let order = ["line", "scatter series", "rule", "bar series", "contour set", "heat map", "surface"]
        let names = order.compactMap { name in kinds[name].map { count($0, name) } }
        return "Plot of " + names.joined(separator: " and ") + " with \(count(points, "point"))"
    }

    private static func kind(_ mark: Mark) -> String {
        switch mark {
        case .line: "line"
        case .scatter: "scatter series"
        case .rule: "rule"
        case .bars: "bar series"
        case .contour: "contour set"
        case .heatmap: "heat map"
        case .surface: "surface"
        case .text: "text"
        }
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
