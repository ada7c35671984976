import Foundation

extension NiceTicks {
    /// Ticks for a log axis: powers of ten labelled `10^k` (every second or fifth one when the view spans
    /// many decades), or 1-2-5 steps with plain labels when it spans less than two decades.
    public static func logTicks(in range: ClosedRange<Double>, maxCount: Int = 8) -> Ticks {
        guard range.lowerBound > 0, range.upperBound > range.lowerBound, range.upperBound.isFinite else {
            return ticks(in: range, maxCount: maxCount)
        }
        let low = Int((log10(range.lowerBound) - 1e-9).rounded(.up))
        let high = Int((log10(range.upperBound) + 1e-9).rounded(.down))
        guard high - low >= 1 else { return oneTwoFive(in: range) }
        let every = [1, 2, 5, 10, 20, 50, 100].first { (high - low) / $0 + 1 <= max(maxCount, 2) } ?? 100
        let exponents = stride(from: low, through: high, by: 1).filter { $0.isMultiple(of: every) }
        let values = exponents.map { $0 >= 0 ? pow(10, Double($0)) : 1 / pow(10, Double(-$0)) }
        return Ticks(values: values, labels: exponents.map { "$10^{\($0)}$" }, step: Double(every))
    }

    /// 1, 2 and 5 times the powers of ten inside a range narrower than two decades.
    private static func oneTwoFive(in range: ClosedRange<Double>) -> Ticks {
        let first = Int(log10(range.lowerBound).rounded(.down)), last = Int(log10(range.upperBound).rounded(.up))
        var values: [Double] = [], labels: [String] = []
        for exponent in first...last {
            for mantissa in [1.0, 2.0, 5.0] {
                let value = mantissa * pow(10, Double(exponent))
                guard range.contains(value) else { continue }
                values.append(value)
                labels.append(String(format: "%g", value))
            }
        }
        if values.count < 2 { return ticks(in: range, maxCount: 5) }
        return Ticks(values: values, labels: labels, step: 0)
    }

    /// About `count` nice levels from at or below the lowest value to at or above the highest, as
    /// matplotlib picks contour levels.
    public static func levels(covering range: ClosedRange<Double>, count: Int) -> [Double] {
        let inner = ticks(in: range, maxCount: max(count, 2))
        let step = inner.step
        guard step > 0, step.isFinite else { return [range.lowerBound, range.upperBound] }
        let first = (range.lowerBound / step + 1e-9).rounded(.down), last = (range.upperBound / step - 1e-9).rounded(.up)
        guard last > first else { return [first * step, (first + 1) * step] }
        return stride(from: first, through: last, by: 1).map { $0 * step }
    }
}
