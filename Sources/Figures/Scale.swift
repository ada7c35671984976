import Foundation

/// Maps data values onto pixels along one axis, linearly or by their logarithm:
/// `domain.lowerBound` → `start`, `domain.upperBound` → `end`.
struct PixelScale {
    let kind: AxisScale
    let domain: ClosedRange<Double>
    let start: Double
    let end: Double

    init(_ kind: AxisScale = .linear, domain: ClosedRange<Double>, start: Double, end: Double) {
        self.kind = kind
        self.domain = domain
        self.start = start
        self.end = end
    }

    /// The pixel of `value`, clamped to a finite band; NaN for values a log axis cannot show.
    func callAsFunction(_ value: Double) -> Double {
        let fraction = self.fraction(value)
        guard fraction.isFinite else { return .nan }
        let pixel = start + fraction * (end - start)
        return min(max(pixel, -FigureStyle.coordinateLimit), FigureStyle.coordinateLimit)
    }

    /// Where `value` lies between the domain's ends, 0 at the lower and 1 at the upper.
    func fraction(_ value: Double) -> Double {
        let (low, high, x) = kind == .log
            ? (log10(domain.lowerBound), log10(domain.upperBound), value > 0 ? log10(value) : .nan)
            : (domain.lowerBound, domain.upperBound, value)
        let span = high - low
        return span > 0 ? (x - low) / span : 0.5
    }
}
