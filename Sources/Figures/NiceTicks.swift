import Foundation

/// Tick positions on one axis with their labels.
public struct Ticks: Hashable, Sendable {
    public var values: [Double]
    /// Short labels with a hyphen-minus for negatives: `0`, `2.5`, `-0.3`, `1e6`.
    public var labels: [String]
    public var step: Double
}

/// "Nice" ticks: steps of 1, 2, 2.5 or 5 × 10^k, as many as fit under a maximum count.
///
/// Tick values are computed as integer multiples of the step and divided by an exact power of
/// ten, so `0.3` is the double nearest 0.3 and labels come from integers, never from `0.30000000000000004`.
public enum NiceTicks {
    /// Step mantissas in tenths: 1, 2, 2.5 and 5.
    private static let mantissas = [10, 20, 25, 50]

    /// The ticks inside `range` with the smallest nice step that gives at most `maxCount` of them.
    public static func ticks(in range: ClosedRange<Double>, maxCount: Int = 8) -> Ticks {
        let lower = range.lowerBound, upper = range.upperBound
        guard lower.isFinite, upper.isFinite, upper > lower else {
            return Ticks(values: [lower], labels: [label(lower)], step: 0)
        }
        let limit = max(maxCount, 2)
        // A span that overflows (±1e308) or underflows (subnormals) has no nice step: show its endpoints.
        let span = log10((upper - lower) / Double(limit - 1))
        guard span.isFinite else { return endpoints(lower, upper) }
        let exponent = Int(span.rounded(.down)) - 1
        for power in exponent...(exponent + 3) {
            for mantissa in mantissas {
                let step = Double(mantissa) * pow(10, Double(power))
                let first = (lower / step - 1e-9).rounded(.up), last = (upper / step + 1e-9).rounded(.down)
                guard max(abs(first), abs(last)) < 1e15 else { return endpoints(lower, upper) }
                if last - first + 1 <= Double(limit) {
                    return ticks(from: Int64(first), through: Int64(last), mantissa: mantissa, power: power)
                }
            }
        }
        return endpoints(lower, upper)
    }

    /// Ticks `first…last` times `mantissa × 10^power`; labels from integer arithmetic.
    private static func ticks(from first: Int64, through last: Int64, mantissa: Int, power: Int) -> Ticks {
        let multiples = (first...max(first, last)).map { $0 * Int64(mantissa) }
        let values = multiples.map { scaled(Double($0), power: power) }
        let biggest = values.map(abs).max() ?? 0
        let decimals = max(0, -power - (mantissa % 10 == 0 ? 1 : 0))
        let scientific = biggest >= 1e6 || decimals > 5
        let labels = multiples.map { multiple in
            scientific
                ? scientificLabel(multiple, power: power)
                : fixedLabel(multiple, power: power, decimals: decimals)
        }
        return Ticks(values: values, labels: labels, step: scaled(Double(mantissa), power: power))
    }

    /// `value × 10^power`, dividing by an exact power of ten for negative powers.
    private static func scaled(_ value: Double, power: Int) -> Double {
        power >= 0 ? value * pow(10, Double(power)) : value / pow(10, Double(-power))
    }

    /// `multiple × 10^power` with exactly `decimals` decimals.
    private static func fixedLabel(_ multiple: Int64, power: Int, decimals: Int) -> String {
        if multiple == 0 { return decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals) }
        let sign = multiple < 0 ? "-" : ""
        var digits = String(multiple.magnitude)
        if power >= 0 { return sign + digits + String(repeating: "0", count: power) }
        digits = String(repeating: "0", count: max(0, -power + 1 - digits.count)) + digits
        let point = digits.index(digits.endIndex, offsetBy: power)
        let fraction = digits[point...].prefix(decimals)
        return sign + digits[..<point] + (decimals > 0 ? "." + fraction : "")
    }

    /// `multiple × 10^power` as `2.5e6` or `-1e-7`.
    private static func scientificLabel(_ multiple: Int64, power: Int) -> String {
        if multiple == 0 { return "0" }
        var digits = String(multiple.magnitude)
        let exponent = power + digits.count - 1
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        let mantissa = digits.count > 1 ? "\(digits.first!).\(digits.dropFirst())" : digits
        return (multiple < 0 ? "-" : "") + mantissa + "e\(exponent)"
    }

    /// Fallback for ranges too narrow for their magnitude: just the two ends.
    private static func endpoints(_ lower: Double, _ upper: Double) -> Ticks {
        Ticks(values: [lower, upper], labels: [label(lower), label(upper)], step: upper - lower)
    }

    private static func label(_ value: Double) -> String {
        String(format: "%.6g", value)
    }
}
