import Foundation

/// Where everything goes: the plot area inside margins sized for the text around it, the
/// view ranges, the ticks and the scales from data to pixels.
struct FigureLayout {
    /// A rectangle in SVG coordinates (y grows downwards).
    struct Rect {
        var x, y, width, height: Double
        var maxX: Double { x + width }
        var maxY: Double { y + height }
    }

    typealias Style = FigureStyle

    let width: Double
    let height: Double
    let plot: Rect
    let xTicks: Ticks
    let yTicks: Ticks
    let xScale: LinearScale
    let yScale: LinearScale
    /// Widest y tick label, which the y axis label sits beyond.
    let yTickLabelWidth: Double

    init(_ figure: Figure) {
        width = Self.points(figure.width, default: 6.4)
        height = Self.points(figure.height, default: 4.8)
        let extent = DataExtent(figure.marks)
        let xView = DataExtent.view(data: extent.x, limit: figure.xlim)
        let yView = DataExtent.view(data: extent.y, limit: figure.ylim)

        let top = Self.topMargin(hasTitle: figure.title != nil)
        let bottom = Self.bottomMargin(hasLabel: figure.xlabel != nil)
        let plotHeight = max(height - top - bottom, 10)
        yTicks = Self.ticks(yView, length: plotHeight) { _ in 2.2 * Style.tickFontSize }
        yTickLabelWidth = yTicks.labels.map { TextMetrics.width(Self.display($0), fontSize: Style.tickFontSize) }
            .max() ?? 0
        let left = Self.leftMargin(hasLabel: figure.ylabel != nil, tickLabelWidth: yTickLabelWidth)
        var plotWidth = max(width - left - 2 * Style.outerPad, 10)
        xTicks = Self.ticks(xView, length: plotWidth) { ticks in
            (ticks.labels.map { TextMetrics.width(Self.display($0), fontSize: Style.tickFontSize) }.max() ?? 0)
                + Style.tickFontSize
        }
        plotWidth -= Self.overhang(of: xTicks, view: xView, left: left, plotWidth: plotWidth, figureWidth: width)
        plot = Rect(x: left, y: top, width: plotWidth, height: plotHeight)
        xScale = LinearScale(domain: xView, start: plot.x, end: plot.maxX)
        yScale = LinearScale(domain: yView, start: plot.maxY, end: plot.y)
    }

    /// A tick label as drawn, with a true minus sign as matplotlib draws it.
    static func display(_ label: String) -> String {
        label.replacingOccurrences(of: "-", with: "−")
    }

    private static func points(_ inches: Double, default fallback: Double) -> Double {
        (inches.isFinite && inches > 0 ? min(inches, 100) : fallback) * Style.pointsPerInch
    }

    /// Extra room on text lines for superscripts above and subscripts below.
    private static func scriptRoom(_ fontSize: Double) -> Double { 0.15 * fontSize }

    private static func topMargin(hasTitle: Bool) -> Double {
        let size = Style.titleFontSize
        return hasTitle ? Style.outerPad + size + 2 * scriptRoom(size) + Style.titlePad : 2 * Style.outerPad
    }

    private static func bottomMargin(hasLabel: Bool) -> Double {
        let ticks = Style.tickLength + Style.tickPad + Style.tickFontSize
        let label = Style.labelPad + Style.labelFontSize + 2 * scriptRoom(Style.labelFontSize)
        return ticks + (hasLabel ? label : 0) + Style.outerPad
    }

    private static func leftMargin(hasLabel: Bool, tickLabelWidth: Double) -> Double {
        let label = Style.labelFontSize + 2 * scriptRoom(Style.labelFontSize) + Style.labelPad
        return Style.outerPad + (hasLabel ? label : 0) + tickLabelWidth + Style.tickPad + Style.tickLength
    }

    /// The most ticks (8 down to 3) whose spacing in pixels is at least `minimumSpacing`.
    private static func ticks(_ view: ClosedRange<Double>, length: Double, minimumSpacing: (Ticks) -> Double) -> Ticks {
        let span = view.upperBound - view.lowerBound
        var count = 8
        var ticks = NiceTicks.ticks(in: view, maxCount: count)
        while count > 3, ticks.step / span * length < minimumSpacing(ticks) {
            count -= 1
            ticks = NiceTicks.ticks(in: view, maxCount: count)
        }
        return ticks
    }

    /// How far the last x tick label would stick out of the figure on the right.
    private static func overhang(
        of ticks: Ticks, view: ClosedRange<Double>, left: Double, plotWidth: Double, figureWidth: Double
    ) -> Double {
        guard let value = ticks.values.last, let label = ticks.labels.last else { return 0 }
        let scale = LinearScale(domain: view, start: left, end: left + plotWidth)
        let rightEdge = scale(value) + TextMetrics.width(display(label), fontSize: Style.tickFontSize) / 2
        return min(max(0, rightEdge - (figureWidth - 2)), plotWidth / 4)
    }
}
