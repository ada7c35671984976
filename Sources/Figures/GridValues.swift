/// Numbers over a rectangular grid, numpy's meshgrid order: `value(row, column)` is at `(xs[column], ys[row])`.
public struct GridValues: Hashable, Sendable {
    public var xs: [Double]
    public var ys: [Double]
    /// Row after row, `xs.count` values each.
    public var values: [Double]

    /// Nil unless there are `xs.count × ys.count` values and at least two of each coordinate.
    public init?(xs: [Double], ys: [Double], values: [Double]) {
        guard xs.count >= 2, ys.count >= 2, values.count == xs.count * ys.count else { return nil }
        self.xs = xs
        self.ys = ys
        self.values = values
    }

    /// Evaluates `f(x, y)` at `count × count` points spread evenly over the two ranges.
    public init(
        x: ClosedRange<Double>, y: ClosedRange<Double>, count: Int, _ f: (Double, Double) throws -> Double
    ) rethrows {
        let n = max(count, 2)
        xs = (0..<n).map { x.lowerBound + (x.upperBound - x.lowerBound) * Double($0) / Double(n - 1) }
        ys = (0..<n).map { y.lowerBound + (y.upperBound - y.lowerBound) * Double($0) / Double(n - 1) }
        var values: [Double] = []
        values.reserveCapacity(n * n)
        for row in ys {
            for column in xs { values.append(try f(column, row)) }
        }
        self.values = values
    }

    public func value(_ row: Int, _ column: Int) -> Double { values[row * xs.count + column] }

    /// The smallest and largest finite values; nil when there are none.
    public var range: ClosedRange<Double>? {
        var low = Double.infinity, high = -Double.infinity
        for value in values where value.isFinite {
            low = min(low, value)
            high = max(high, value)
        }
        return low <= high ? low...high : nil
    }
}
