/// The finite data of a figure and the view ranges drawn around it.
struct DataExtent {
    var x: ClosedRange<Double>?
    var y: ClosedRange<Double>?

    init(_ marks: [Mark]) {
        for mark in marks {
            for (px, py) in mark.points where px.isFinite && py.isFinite {
                x = x.map { min($0.lowerBound, px)...max($0.upperBound, px) } ?? px...px
                y = y.map { min($0.lowerBound, py)...max($0.upperBound, py) } ?? py...py
            }
        }
    }

    /// The visible range: the limit when given, else the data widened by 5% each side as matplotlib does.
    static func view(data: ClosedRange<Double>?, limit: ClosedRange<Double>?) -> ClosedRange<Double> {
        if let limit, limit.upperBound > limit.lowerBound, limit.lowerBound.isFinite, limit.upperBound.isFinite {
            return limit
        }
        guard var range = data else { return 0...1 }
        if range.upperBound == range.lowerBound {
            let value = range.lowerBound
            let half = value == 0 ? 0.05 : abs(value) * 0.05
            range = (value - half)...(value + half)
        }
        let pad = (range.upperBound - range.lowerBound) * FigureStyle.dataMargin
        let padded = (range.lowerBound - pad)...(range.upperBound + pad)
        return padded.lowerBound.isFinite && padded.upperBound.isFinite ? padded : range
    }
}

extension Mark {
    /// The (x, y) pairs of this mark; extra values in the longer array are ignored.
    var points: Zip2Sequence<[Double], [Double]> {
        switch self {
        case .line(let line): zip(line.xs, line.ys)
        case .scatter(let scatter): zip(scatter.xs, scatter.ys)
        }
    }

    /// How many (x, y) pairs the mark has.
    var pointCount: Int {
        switch self {
        case .line(let line): min(line.xs.count, line.ys.count)
        case .scatter(let scatter): min(scatter.xs.count, scatter.ys.count)
        }
    }

    var label: String? {
        switch self {
        case .line(let line): line.label
        case .scatter(let scatter): scatter.label
        }
    }

    var requestedColor: String? {
        switch self {
        case .line(let line): line.color
        case .scatter(let scatter): scatter.color
        }
    }
}
