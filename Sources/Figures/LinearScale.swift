/// Maps data values linearly onto pixels: `domain.lowerBound` → `start`, `domain.upperBound` → `end`.
struct LinearScale {
    let domain: ClosedRange<Double>
    let start: Double
    let end: Double

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let fraction = span > 0 ? (value - domain.lowerBound) / span : 0.5
        let pixel = start + fraction * (end - start)
        return min(max(pixel, -FigureStyle.coordinateLimit), FigureStyle.coordinateLimit)
    }
}
