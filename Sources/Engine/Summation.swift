// Sums of many numbers, for reductions and for gradients summed back over broadcast axes. A
// contiguous run is summed pairwise, as numpy sums it: blocks of at most 128 numbers each with
// eight running sums (one SIMD8), halves added recursively. The error grows with log n rather
// than n, and the eight sums keep the adds independent, so it runs at the speed of the loads.
// Rows are added elementwise one after another, in order, as numpy adds along a leading axis.

enum Summation {
    /// Runs up to this length are summed directly; longer runs are split in two.
    static let block = 128

    /// The sum of a contiguous run, or of its squares.
    static func sum(_ x: UnsafeBufferPointer<Double>, squared: Bool = false) -> Double {
        guard let base = x.baseAddress else { return 0 }
        return squared ? pairwise(base, x.count, Square.self) : pairwise(base, x.count, Itself.self)
    }

    /// What is summed of each number: the number, or its square for a norm.
    protocol Term {
        static func of(_ x: Double) -> Double
        static func of(_ x: SIMD8<Double>) -> SIMD8<Double>
    }

    enum Itself: Term {
        static func of(_ x: Double) -> Double { x }
        static func of(_ x: SIMD8<Double>) -> SIMD8<Double> { x }
    }

    enum Square: Term {
        static func of(_ x: Double) -> Double { x * x }
        static func of(_ x: SIMD8<Double>) -> SIMD8<Double> { x * x }
    }

    static func pairwise<T: Term>(_ x: UnsafePointer<Double>, _ n: Int, _ term: T.Type) -> Double {
        if n < 8 {
            var total = 0.0
            for i in 0..<n { total += T.of(x[i]) }
            return total
        }
        if n <= block {
            let raw = UnsafeRawPointer(x)
            var sums = T.of(raw.loadUnaligned(as: SIMD8<Double>.self))
            var i = 8
            while i + 8 <= n {
                sums += T.of(raw.loadUnaligned(fromByteOffset: i * MemoryLayout<Double>.stride, as: SIMD8<Double>.self))
                i += 8
            }
            var total = ((sums[0] + sums[1]) + (sums[2] + sums[3])) + ((sums[4] + sums[5]) + (sums[6] + sums[7]))
            while i < n {
                total += T.of(x[i])
                i += 1
            }
            return total
        }
        // Split at a multiple of 8 so that every block but the last fills its eight sums.
        let half = n / 2 - (n / 2) % 8
        return pairwise(x, half, term) + pairwise(x + half, n - half, term)
    }

    /// The elementwise sum of `rows` consecutive rows of `width` numbers of x, written to the
    /// first `width` numbers of `totals`.
    static func sumRows(
        _ x: UnsafeBufferPointer<Double>, rows: Int, width: Int, into totals: UnsafeMutableBufferPointer<Double>
    ) {
        // Four columns at a time, down the rows in a register: each column still adds its rows in order from
        // zero, so the sums are those of the plain loop, which the compiler left scalar (x and totals may alias).
        guard rows > 0, let base = x.baseAddress else {
            for i in 0..<width { totals[i] = 0 }
            return
        }
        let raw = UnsafeRawPointer(base)
        let stride = width * MemoryLayout<Double>.stride
        var i = 0
        while i + 4 <= width {
            var sum = SIMD4<Double>()
            var offset = i * MemoryLayout<Double>.stride
            for _ in 0..<rows {
                sum += raw.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
                offset += stride
            }
            for lane in 0..<4 { totals[i + lane] = sum[lane] }
            i += 4
        }
        for i in i..<width {
            var sum = 0.0
            for r in 0..<rows { sum += x[r * width + i] }
            totals[i] = sum
        }
    }
}
