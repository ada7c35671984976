/// numpy's `histogram`: counts of values in bins with the given edges, every bin half-open except the
/// last, which includes its right edge; values outside the edges and NaNs are not counted.
public enum Histogram {
    /// `count` equal bins from the smallest to the largest finite value (a single value gets a bin of width 1).
    public static func edges(_ values: [Double], count: Int) -> [Double] {
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0, high = finite.max() ?? 1
        if low == high { (low, high) = (low - 0.5, high + 0.5) }
        let n = max(count, 1)
        return (0...n).map { low + (high - low) * Double($0) / Double(n) }
    }

    /// How many values fall in each bin; `density` divides by the total and the bin width, so the bars' area is 1.
    public static func counts(_ values: [Double], edges: [Double], density: Bool = false) -> [Double] {
        guard edges.count >= 2 else { return [] }
        var counts = [Double](repeating: 0, count: edges.count - 1)
        for value in values where value.isFinite && value >= edges[0] && value <= edges[edges.count - 1] {
            var low = 0, high = edges.count - 1
            while high - low > 1 {
                let middle = (low + high) / 2
                if value >= edges[middle] { low = middle } else { high = middle }
            }
            counts[low] += 1
        }
        guard density else { return counts }
        let total = counts.reduce(0, +)
        return zip(counts, zip(edges, edges.dropFirst())).map { count, bin in
            total > 0 && bin.1 > bin.0 ? count / total / (bin.1 - bin.0) : 0
        }
    }
}
