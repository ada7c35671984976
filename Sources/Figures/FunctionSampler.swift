/// Samples y = f(x) for a line plot: evenly at first, then halving each interval whose middle strays from the
/// chord, so points gather where the curve bends. A value that is not finite breaks the line, and so does a
/// jump still large at the finest spacing, where the function is discontinuous.
public enum FunctionSampler {
    /// Deviation from the chord, as a fraction of the curve's typical height, that asks for a halving.
    static let tolerance = 0.0015
    /// Height change across one finest interval, as a fraction of the typical height, taken as a jump.
    static let jump = 0.1

    public static func sample(
        _ range: ClosedRange<Double>, initial: Int = 64, maxDepth: Int = 8, maxPoints: Int = 2500,
        _ f: (Double) throws -> Double
    ) rethrows -> (xs: [Double], ys: [Double]) {
        let a = range.lowerBound, b = range.upperBound
        let n = max(initial, 2)
        let xs0 = (0...n).map { a + (b - a) * Double($0) / Double(n) }
        let ys0 = try xs0.map(f)
        var sampler = Sampler(scale: typicalHeight(ys0), maxDepth: maxDepth, budget: maxPoints - xs0.count)
        var xs = [xs0[0]], ys = [ys0[0]]
        for index in 1..<xs0.count {
            try sampler.refine(xs0[index - 1], ys0[index - 1], xs0[index], ys0[index], depth: 0, f, &xs, &ys)
            xs.append(xs0[index])
            ys.append(ys0[index])
        }
        return (xs, ys)
    }

    /// The spread of the middle 90% of the finite values, so a pole's huge values do not hide the shape.
    private static func typicalHeight(_ ys: [Double]) -> Double {
        let finite = ys.filter(\.isFinite).sorted()
        guard finite.count >= 2 else { return 1 }
        let low = finite[Int(Double(finite.count - 1) * 0.05)], high = finite[Int(Double(finite.count - 1) * 0.95)]
        let spread = high - low
        if spread > 0 { return spread }
        let whole = finite[finite.count - 1] - finite[0]
        return whole > 0 ? whole : max(abs(finite[0]), 1)
    }

    private struct Sampler {
        let scale: Double
        let maxDepth: Int
        var budget: Int

        /// Appends the points strictly between (x0, y0) and (x1, y1) that the curve needs.
        mutating func refine(
            _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, depth: Int, _ f: (Double) throws -> Double,
            _ xs: inout [Double], _ ys: inout [Double]
        ) rethrows {
            let finite = y0.isFinite && y1.isFinite
            if depth >= maxDepth || budget <= 0 {
                if finite, abs(y1 - y0) > FunctionSampler.jump * scale, depth >= maxDepth {
                    xs.append((x0 + x1) / 2)
                    ys.append(.nan)
                }
                return
            }
            let xm = (x0 + x1) / 2
            let ym = try f(xm)
            budget -= 1
            let bends = finite && ym.isFinite && abs(ym - (y0 + y1) / 2) > FunctionSampler.tolerance * scale
            let breaks = finite != ym.isFinite || (!finite && y0.isFinite != y1.isFinite)
            let steep = finite && ym.isFinite && abs(y1 - y0) > FunctionSampler.jump * scale
            if bends || breaks || steep {
                try refine(x0, y0, xm, ym, depth: depth + 1, f, &xs, &ys)
                xs.append(xm)
                ys.append(ym)
                try refine(xm, ym, x1, y1, depth: depth + 1, f, &xs, &ys)
            } else {
                xs.append(xm)
                ys.append(ym)
            }
        }
    }
}
