import Foundation

/// The finite data of a panel (its animation frames only when nothing else is drawn): the ranges its marks cover, and the values a
/// view must not pad past (bars stand on 0, a heat map ends at its outer cells), matplotlib's sticky edges.
struct DataExtent {
    var x: ClosedRange<Double>?
    var y: ClosedRange<Double>?
    var z: ClosedRange<Double>?
    var stickyX: [Double] = []
    var stickyY: [Double] = []
    private let logX: Bool
    private let logY: Bool

    init(_ axes: Axes) {
        logX = axes.xscale == .log
        logY = axes.yscale == .log
        // As in matplotlib, an animation plays inside the view of what was drawn before it.
        let frames = axes.marks.isEmpty ? axes.animation?.frames.flatMap { $0 } ?? [] : []
        for mark in axes.marks + frames { add(mark) }
    }

    private mutating func add(_ mark: Mark) {
        switch mark {
        case .line(let line): addPoints(line.xs, line.ys, line.zs)
        case .scatter(let scatter): addPoints(scatter.xs, scatter.ys, scatter.zs)
        case .text: break
        case .rule(let rule): rule.orientation == .horizontal ? addY(rule.value) : addX(rule.value)
        case .bars(let bars): addBars(bars)
        case .contour(let contour): addGrid(contour.grid, edges: false)
        case .heatmap(let heatmap): addGrid(heatmap.grid, edges: true)
        case .surface(let surface):
            addGrid(surface.grid, edges: false)
            for value in surface.grid.values { addZ(value) }
        }
    }

    private mutating func addPoints(_ xs: [Double], _ ys: [Double], _ zs: [Double]?) {
        for index in 0..<min(xs.count, ys.count) {
            let zValue = zs.map { index < $0.count ? $0[index] : .nan } ?? 0
            guard usable(xs[index], log: logX), usable(ys[index], log: logY), zValue.isFinite else { continue }
            addX(xs[index])
            addY(ys[index])
            if zs != nil { addZ(zValue) }
        }
    }

    private mutating func addBars(_ bars: BarMark) {
        for (index, (center, height)) in zip(bars.xs, bars.heights).enumerated() {
            let bottom = bars.bottoms.map { index < $0.count ? $0[index] : 0 } ?? 0
            let width = bars.widths.flatMap { index < $0.count ? $0[index] : nil } ?? bars.width
            guard center.isFinite, height.isFinite, bottom.isFinite, width.isFinite else { continue }
            addX(center - width / 2)
            addX(center + width / 2)
            addY(bottom)
            addY(bottom + height)
            stickyY.append(bottom)
        }
    }

    private mutating func addGrid(_ grid: GridValues, edges: Bool) {
        let xs = edges ? CellEdges.edges(grid.xs, log: logX) : grid.xs
        let ys = edges ? CellEdges.edges(grid.ys, log: logY) : grid.ys
        for (values, isX) in [(xs, true), (ys, false)] {
            let finite = values.filter(\.isFinite)
            guard let low = finite.min(), let high = finite.max() else { continue }
            if isX {
                addX(low); addX(high); stickyX += [low, high]
            } else {
                addY(low); addY(high); stickyY += [low, high]
            }
        }
    }

    private func usable(_ value: Double, log: Bool) -> Bool { value.isFinite && (!log || value > 0) }

    private mutating func addX(_ value: Double) {
        if usable(value, log: logX) { x = Self.extend(x, value) }
    }

    private mutating func addY(_ value: Double) {
        if usable(value, log: logY) { y = Self.extend(y, value) }
    }

    private mutating func addZ(_ value: Double) {
        if value.isFinite { z = Self.extend(z, value) }
    }

    private static func extend(_ range: ClosedRange<Double>?, _ value: Double) -> ClosedRange<Double> {
        range.map { min($0.lowerBound, value)...max($0.upperBound, value) } ?? value...value
    }

    /// The visible range: the limit when given, else the data widened by 5% each side as matplotlib
    /// does (in decades on a log axis), but not past a sticky value the data reaches.
    static func view(
        data: ClosedRange<Double>?, limit: ClosedRange<Double>?, sticky: [Double] = [], scale: AxisScale = .linear
    ) -> ClosedRange<Double> {
        if let limit, limit.upperBound > limit.lowerBound, limit.lowerBound.isFinite, limit.upperBound.isFinite,
           scale == .linear || limit.lowerBound > 0 {
            return limit
        }
        guard let data else { return scale == .log ? 1...10 : 0...1 }
        let log = scale == .log
        let forward: (Double) -> Double = log ? { log10($0) } : { $0 }
        let back: (Double) -> Double = log ? { pow(10, $0) } : { $0 }
        var range = forward(data.lowerBound)...forward(data.upperBound)
        if range.upperBound == range.lowerBound {
            let value = range.lowerBound
            let half = log ? 1 : (value == 0 ? 0.05 : abs(value) * 0.05)
            range = (value - half)...(value + half)
        }
        let pad = (range.upperBound - range.lowerBound) * FigureStyle.dataMargin
        var low = back(range.lowerBound - pad), high = back(range.upperBound + pad)
        guard low.isFinite, high.isFinite, low < high else { return data }
        for value in sticky {
            if value <= data.lowerBound, value > low { low = value }
            if value >= data.upperBound, value < high { high = value }
        }
        return low...high
    }
}

/// Cell boundaries around cell centres: halfway between neighbours, and half a step beyond the ends;
/// on a log axis halfway in the logarithm, so cells of evenly spaced powers look even.
enum CellEdges {
    static func edges(_ centers: [Double], log: Bool = false) -> [Double] {
        if log, centers.allSatisfy({ $0 > 0 }) { return edges(centers.map(log10)).map { pow(10, $0) } }
        guard centers.count >= 2 else { return centers.isEmpty ? [] : [centers[0] - 0.5, centers[0] + 0.5] }
        let middles = zip(centers, centers.dropFirst()).map { ($0 + $1) / 2 }
        let first = centers[0] - (centers[1] - centers[0]) / 2
        let last = centers[centers.count - 1] + (centers[centers.count - 1] - centers[centers.count - 2]) / 2
        return [first] + middles + [last]
    }
}
