import Foundation

/// Where everything of a flat panel goes inside its cell: the plot area inside margins sized for the text
/// around it, the view ranges, the ticks, the scales from data to pixels, and the colour bar's place.
struct PanelLayout {
    typealias Rect = FigureLayout.Rect
    typealias Style = FigureStyle

    let area: Rect
    let plot: Rect
    let xTicks: Ticks
    let yTicks: Ticks
    let xScale: PixelScale
    let yScale: PixelScale
    /// How far below the plot the x tick labels reach, and left of it the y tick labels: the axis labels
    /// sit beyond.
    let xTickBand: Double
    let yTickBand: Double
    /// Where a centred frame's axes cross: the pixel x of the y axis and the pixel y of the x axis.
    let origin: (x: Double, y: Double)
    let colorbar: ColorbarLayout?

    init(_ axes: Axes, in area: Rect) {
        self.area = area
        let extent = DataExtent(axes)
        var xView = DataExtent.view(data: extent.x, limit: axes.xlim, sticky: extent.stickyX, scale: axes.xscale)
        var yView = DataExtent.view(data: extent.y, limit: axes.ylim, sticky: extent.stickyY, scale: axes.yscale)
        let mapping = ColorMapping(axes)
        let bar = mapping.map { ColorbarLayout.reservedWidth($0, label: axes.colorbar?.label) } ?? 0
        let hasBar = axes.colorbar != nil && mapping != nil
        let frame = axes.frame
        let xInside = frame == .centered && Self.strictlyInside(0, yView)
        let yInside = frame == .centered && Self.strictlyInside(0, xView)

        let top = Self.topMargin(hasTitle: axes.title != nil)
        xTickBand = frame != .none && !xInside ? Style.tickLength + Style.tickPad + Style.tickFontSize : Style.outerPad
        let bottom = xTickBand + (axes.xlabel != nil ? Self.labelBand : 0) + Style.outerPad
        let plotHeight = max(area.height - top - bottom, 10)
        var yTicks = Self.ticks(axes.yticks, yView, axes.yscale, length: plotHeight) { _ in 2.2 * Style.tickFontSize }
        let yLabels = frame == .none || yInside ? 0 : Self.widestLabel(yTicks)
        yTickBand = yLabels > 0 ? yLabels + Style.tickPad + Style.tickLength : Style.outerPad
        let left = Style.outerPad + (axes.ylabel != nil ? Self.labelBand : 0) + yTickBand
        var plotWidth = max(area.width - left - 2 * Style.outerPad - (hasBar ? bar : 0), 10)
        let xSpacing: (Ticks) -> Double = { Self.widestLabel($0) + Style.tickFontSize }
        var xTicks = Self.ticks(axes.xticks, xView, axes.xscale, length: plotWidth, minimumSpacing: xSpacing)
        if !hasBar {
            plotWidth -= Self.overhang(of: xTicks, view: xView, scale: axes.xscale, left: area.x + left,
                                       plotWidth: plotWidth, areaEnd: area.maxX)
        }
        var plotRect = Rect(x: area.x + left, y: area.y + top, width: plotWidth, height: plotHeight)
        let xSpan = xView.upperBound - xView.lowerBound, ySpan = yView.upperBound - yView.lowerBound
        if axes.aspect == .equalBox, axes.xscale == .linear, axes.yscale == .linear, xSpan > 0, ySpan > 0 {
            // Anchored at the top left, where the title, the y label and the tick labels are placed from.
            let perPixel = max(xSpan / plotWidth, ySpan / plotHeight)
            plotRect = Rect(x: plotRect.x, y: plotRect.y, width: xSpan / perPixel, height: ySpan / perPixel)
            xTicks = Self.ticks(axes.xticks, xView, axes.xscale, length: plotRect.width, minimumSpacing: xSpacing)
            yTicks = Self.ticks(axes.yticks, yView, axes.yscale, length: plotRect.height) { _ in 2.2 * Style.tickFontSize }
        }
        plot = plotRect
        if axes.aspect == .equal, axes.xscale == .linear, axes.yscale == .linear {
            (xView, yView) = Self.equalized(x: xView, y: yView, width: plotWidth, height: plotHeight,
                                             fixedX: axes.xlim != nil, fixedY: axes.ylim != nil)
            xTicks = Self.ticks(axes.xticks, xView, axes.xscale, length: plotWidth, minimumSpacing: xSpacing)
            yTicks = Self.ticks(axes.yticks, yView, axes.yscale, length: plotHeight) { _ in 2.2 * Style.tickFontSize }
        }
        self.xTicks = xTicks
        self.yTicks = yTicks
        xScale = PixelScale(axes.xscale, domain: xView, start: plot.x, end: plot.maxX)
        yScale = PixelScale(axes.yscale, domain: yView, start: plot.maxY, end: plot.y)
        let originX = frame == .centered && Self.strictlyInside(0, xView) ? xScale(0) : plot.x
        let originY = frame == .centered && Self.strictlyInside(0, yView) ? yScale(0) : plot.maxY
        origin = (originX, originY)
        colorbar = hasBar ? mapping.map { ColorbarLayout($0, beside: plotRect) } : nil
    }

    /// Tick labels are drawn with TeX (log axes say `10^k`) and a true minus sign, as matplotlib draws them.
    static func spans(_ label: String) -> [TextSpan] {
        let utf8 = label.utf8
        if utf8.contains(UInt8(ascii: "$")) || !utf8.contains(UInt8(ascii: "-")) { return TeXText.spans(label) }
        return TeXText.spans(String(label.map { $0 == "-" ? "−" : $0 }))
    }

    static func widestLabel(_ ticks: Ticks) -> Double {
        ticks.labels.map { TextMetrics.width(spans($0), fontSize: Style.tickFontSize) }.max() ?? 0
    }

    private static func strictlyInside(_ value: Double, _ range: ClosedRange<Double>) -> Bool {
        value > range.lowerBound && value < range.upperBound
    }

    private static func topMargin(hasTitle: Bool) -> Double {
        let size = Style.titleFontSize
        return hasTitle ? Style.outerPad + size + 2 * Style.scriptRoom(size) + Style.titlePad : 2 * Style.outerPad
    }

    /// The room an axis label takes beyond the tick labels.
    static let labelBand = Style.labelPad + Style.labelFontSize + 2 * Style.scriptRoom(Style.labelFontSize)

    /// The lesson's own ticks inside the view, or the most nice ticks (8 down to 3) whose spacing in pixels
    /// is at least `minimumSpacing`.
    private static func ticks(
        _ chosen: [Tick]?, _ view: ClosedRange<Double>, _ scale: AxisScale, length: Double,
        minimumSpacing: (Ticks) -> Double
    ) -> Ticks {
        if let chosen {
            let inside = chosen.filter { view.contains($0.value) }
            return Ticks(values: inside.map(\.value), labels: inside.map(\.label), step: 0)
        }
        if scale == .log { return NiceTicks.logTicks(in: view, maxCount: max(2, Int(length / 28))) }
        let span = view.upperBound - view.lowerBound
        var count = 8
        var ticks = NiceTicks.ticks(in: view, maxCount: count)
        while count > 3, ticks.step / span * length < minimumSpacing(ticks) {
            count -= 1
            ticks = NiceTicks.ticks(in: view, maxCount: count)
        }
        return ticks
    }

    /// Views widened so one unit is as long on both axes; a view the lesson fixed stays as it is.
    private static func equalized(
        x: ClosedRange<Double>, y: ClosedRange<Double>, width: Double, height: Double, fixedX: Bool, fixedY: Bool
    ) -> (ClosedRange<Double>, ClosedRange<Double>) {
        let xSpan = x.upperBound - x.lowerBound, ySpan = y.upperBound - y.lowerBound
        let perPixel = max(xSpan / width, ySpan / height)
        func widened(_ range: ClosedRange<Double>, to span: Double) -> ClosedRange<Double> {
            let middle = (range.lowerBound + range.upperBound) / 2
            return (middle - span / 2)...(middle + span / 2)
        }
        let newX = fixedX && !fixedY ? x : widened(x, to: perPixel * width)
        let newY = fixedY && !fixedX ? y : widened(y, to: perPixel * height)
        return (newX, newY)
    }

    /// How far the last x tick label would stick out of the cell on the right.
    private static func overhang(
        of ticks: Ticks, view: ClosedRange<Double>, scale: AxisScale, left: Double, plotWidth: Double, areaEnd: Double
    ) -> Double {
        guard let value = ticks.values.last, let label = ticks.labels.last else { return 0 }
        let pixels = PixelScale(scale, domain: view, start: left, end: left + plotWidth)
        let rightEdge = pixels(value) + TextMetrics.width(spans(label), fontSize: Style.tickFontSize) / 2
        guard rightEdge.isFinite else { return 0 }
        return min(max(0, rightEdge - (areaEnd - 2)), plotWidth / 4)
    }
}

/// Where a colour bar goes beside a plot, and its ticks.
struct ColorbarLayout {
    let mapping: ColorMapping
    let bar: FigureLayout.Rect
    let ticks: Ticks
    let scale: PixelScale

    init(_ mapping: ColorMapping, beside plot: FigureLayout.Rect) {
        self.mapping = mapping
        bar = .init(x: plot.maxX + FigureStyle.colorbarGap, y: plot.y,
                    width: FigureStyle.colorbarWidth, height: plot.height)
        scale = PixelScale(mapping.scale, domain: mapping.range, start: bar.maxY, end: bar.y)
        ticks = ColorbarLayout.ticks(mapping, maxCount: max(3, min(8, Int(plot.height / 30))))
    }

    /// Nice numbers on a linear bar; powers of ten on a logarithmic one.
    static func ticks(_ mapping: ColorMapping, maxCount: Int) -> Ticks {
        mapping.scale == .log
            ? NiceTicks.logTicks(in: mapping.range, maxCount: maxCount)
            : NiceTicks.ticks(in: mapping.range, maxCount: maxCount)
    }

    /// The room a bar with its tick labels and label takes to the right of the plot.
    static func reservedWidth(_ mapping: ColorMapping, label: String?) -> Double {
        let labels = PanelLayout.widestLabel(ticks(mapping, maxCount: 8))
        let title = label == nil ? 0 : FigureStyle.labelPad + FigureStyle.labelFontSize * 1.3
        return FigureStyle.colorbarGap + FigureStyle.colorbarWidth + FigureStyle.tickLength + FigureStyle.tickPad
            + labels + title
    }
}
