import Foundation
import Testing
@testable import Engine

// The blocked matrix product against the textbook triple loop, on shapes chosen to land on and
// off every boundary of the kernel: the 4×4 tile, the 96-row block, the 256-deep slab, the
// 2048-column panel, and empty operands. Each element of C may differ from the triple loop's
// only by rounding in another summation order: |Δ| ≤ 1e-13·Σp |aᵢₚ·bₚⱼ|.

/// C = L·R by the definition, with L (m×k) and R (k×n) read through the same transposed layouts
/// as `MatrixProduct.multiply`; also Σp |lᵢₚ·rₚⱼ|, the scale of each element's rounding error.
/// Only every `rowStep`-th row is computed (the others stay 0), to keep large checks quick.
func naiveProduct(
    _ l: [Double], _ r: [Double], m: Int, k: Int, n: Int, transposingLeft: Bool, transposingRight: Bool,
    rowStep: Int = 1
) -> (product: [Double], scale: [Double]) {
    var product = [Double](repeating: 0, count: m * n)
    var scale = product
    for i in stride(from: 0, to: m, by: rowStep) {
        for j in 0..<n {
            for p in 0..<k {
                let a = transposingLeft ? l[p * m + i] : l[i * k + p]
                let b = transposingRight ? r[j * k + p] : r[p * n + j]
                product[i * n + j] += a * b
                scale[i * n + j] += abs(a * b)
            }
        }
    }
    return (product, scale)
}

/// Elements (of every `rowStep`-th row) where the kernel and the triple loop disagree beyond
/// the rounding bound.
func productMismatches(
    m: Int, k: Int, n: Int, transposingLeft: Bool, transposingRight: Bool, seed: UInt64, rowStep: Int = 1
) -> [String] {
    var generator = SeededGenerator(seed: seed)
    let l = (0..<(m * k)).map { _ in Double.random(in: -1...1, using: &generator) }
    let r = (0..<(k * n)).map { _ in Double.random(in: -1...1, using: &generator) }
    let c = MatrixProduct.multiply(
        l, r, m: m, k: k, n: n, transposingLeft: transposingLeft, transposingRight: transposingRight)
    let (expected, scale) = naiveProduct(
        l, r, m: m, k: k, n: n, transposingLeft: transposingLeft, transposingRight: transposingRight,
        rowStep: rowStep)
    guard c.count == m * n else { return ["\(c.count) elements instead of \(m * n)"] }
    return c.indices.compactMap { index in
        (index / n) % rowStep != 0 || abs(c[index] - expected[index]) <= 1e-13 * scale[index] ? nil
            : "(\(index / n), \(index % n)): \(c[index]) instead of \(expected[index])"
    }
}

struct MatrixProductTests {
    static let shapes: [(m: Int, k: Int, n: Int)] = [
        (1, 1, 1), (7, 13, 5), (4, 4, 4), (5, 3, 9), (1, 17, 1), (9, 1, 11),
        (100, 7, 6),  // past one 96-row block
        (6, 600, 5),  // three 256-deep slabs, the last one short
        (2, 3, 2_053),  // past one 2048-column panel
        (0, 3, 4), (3, 0, 4), (3, 4, 0),
    ]

    @Test("matches the triple loop, every layout, shapes on and off the block boundaries",
          arguments: [(false, false), (true, false), (false, true), (true, true)])
    func matchesTripleLoop(transposing: (left: Bool, right: Bool)) {
        for (index, shape) in Self.shapes.enumerated() {
            let mismatches = productMismatches(
                m: shape.m, k: shape.k, n: shape.n, transposingLeft: transposing.left,
                transposingRight: transposing.right, seed: UInt64(index))
            #expect(mismatches.isEmpty, "\(shape): \(mismatches.prefix(3).joined(separator: "; "))")
        }
    }

    @Test("600×600 matches the triple loop (every 7th row, which meets every row offset in a tile and block)")
    func sixHundred() {
        let mismatches = productMismatches(
            m: 600, k: 600, n: 600, transposingLeft: false, transposingRight: false, seed: 600, rowStep: 7)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3).joined(separator: "; "))")
    }

    /// Shapes with fewer columns than a tile or fewer rows, where `multiplyThin` can work (`multiply` gives it
    /// those with one row or one column): down a column, along a row, partial groups of four, and depths past
    /// one 256-deep slab.
    static let thinShapes: [(m: Int, k: Int, n: Int)] = [
        (1, 1, 1), (3, 2, 1), (4, 7, 1), (201, 32, 1), (33, 600, 3), (5, 300, 2),
        (1, 32, 200), (2, 1, 7), (5, 513, 9), (1, 700, 1),
    ]

    @Test("a thin product, and `multiply` on it, equal the tiled kernel's to the last bit, every layout",
          arguments: [(false, false), (true, false), (false, true), (true, true)])
    func thinMatchesTiledBits(transposing: (left: Bool, right: Bool)) {
        for (index, shape) in Self.thinShapes.enumerated() {
            let (m, k, n) = shape
            var generator = SeededGenerator(seed: UInt64(100 + index))
            let l = (0..<(m * k)).map { _ in Double.random(in: -1...1, using: &generator) }
            let r = (0..<(k * n)).map { _ in Double.random(in: -1...1, using: &generator) }
            let product = MatrixProduct.multiply(
                l, r, m: m, k: k, n: n, transposingLeft: transposing.left, transposingRight: transposing.right)
            let thin = thinProduct(l, r, m: m, k: k, n: n, transposing: transposing)
            let tiled = tiledProduct(l, r, m: m, k: k, n: n, transposing: transposing)
            #expect(thin.map(\.bitPattern) == tiled.map(\.bitPattern), "\(shape)")
            #expect(product.map(\.bitPattern) == tiled.map(\.bitPattern), "\(shape)")
            let mismatches = productMismatches(
                m: m, k: k, n: n, transposingLeft: transposing.left, transposingRight: transposing.right,
                seed: UInt64(200 + index))
            #expect(mismatches.isEmpty, "\(shape): \(mismatches.prefix(3).joined(separator: "; "))")
        }
    }

    @Test("a product of fewer rows than a tile, and `multiply` on it, equal the tiled kernel's to the last bit",
          arguments: [(false, false), (true, false), (false, true), (true, true)])
    func smallMatchesTiledBits(transposing: (left: Bool, right: Bool)) {
        // Ragged and whole groups of four columns, depths of 1 to a whole block, and ±0, ∞ and NaN.
        let shapes: [(m: Int, k: Int, n: Int)] = [(2, 100, 8), (2, 10, 2), (5, 1, 7), (3, 256, 5), (4, 3, 4), (2, 2, 3)]
        for (index, (m, k, n)) in shapes.enumerated() {
            var generator = SeededGenerator(seed: UInt64(400 + index))
            func element() -> Double {
                let exponent = Double(Int.random(in: -8...8, using: &generator))
                return Double.random(in: -1...1, using: &generator) * Foundation.pow(10.0, exponent)
            }
            var l = (0..<(m * k)).map { _ in element() }
            var r = (0..<(k * n)).map { _ in element() }
            if index == 2 { (l[0], l[1], r[2], r[3]) = (-0.0, .nan, .infinity, -0.0) }
            var small = [Double](repeating: 0, count: m * n)
            let (a, b) = layouts(m: m, k: k, n: n, transposing: transposing)
            MatrixProduct.multiplySmall(l, r, into: &small, m: m, k: k, n: n, a: a, b: b)
            let product = MatrixProduct.multiply(
                l, r, m: m, k: k, n: n, transposingLeft: transposing.left, transposingRight: transposing.right)
            let tiled = tiledProduct(l, r, m: m, k: k, n: n, transposing: transposing)
            #expect(small.map(\.bitPattern) == tiled.map(\.bitPattern), "\((m, k, n))")
            #expect(product.map(\.bitPattern) == tiled.map(\.bitPattern), "\((m, k, n))")
        }
    }

    @Test("each vector kernel this CPU runs gives the Swift kernel's bits: ragged tiles, two depth slabs, wide magnitudes, ±0, ∞, NaN",
          arguments: MatrixProduct.Kernel.allCases.filter { $0 != .swift && $0.isAvailable },
          [(false, false), (true, false), (false, true), (true, true)])
    func vectorKernelsMatchSwiftKernelBits(kernel: MatrixProduct.Kernel, transposing: (left: Bool, right: Bool)) {
        // Widths of 4, 8, 12 and 16 columns and ragged ones, so that wide and lone slivers both meet ragged edges.
        let shapes: [(m: Int, k: Int, n: Int)] = [
            (2, 1, 2), (6, 16, 4), (7, 3, 5), (6, 5, 8), (200, 16, 16), (97, 300, 13), (13, 513, 9), (25, 40, 12),
        ]
        for (index, (m, k, n)) in shapes.enumerated() {
            var generator = SeededGenerator(seed: UInt64(300 + index))
            // Magnitudes from 1e-8 to 1e8, so that the order of the sums decides the low bits.
            func element() -> Double {
                let exponent = Double(Int.random(in: -8...8, using: &generator))
                return Double.random(in: -1...1, using: &generator) * Foundation.pow(10.0, exponent)
            }
            var l = (0..<(m * k)).map { _ in element() }
            let r = (0..<(k * n)).map { _ in element() }
            if index == 2 { (l[0], l[1], l[2], l[3]) = (-0.0, .infinity, .nan, -.infinity) }
            let vector = tiledProduct(l, r, m: m, k: k, n: n, transposing: transposing, kernel: kernel)
            let swift = tiledProduct(l, r, m: m, k: k, n: n, transposing: transposing, kernel: .swift)
            #expect(vector.map(\.bitPattern) == swift.map(\.bitPattern), "\((m, k, n))")
        }
    }

    /// Where the operands' elements sit, as `multiply` reads them: a transpose only swaps the strides.
    func layouts(m: Int, k: Int, n: Int, transposing: (left: Bool, right: Bool))
        -> (MatrixProduct.Strided, MatrixProduct.Strided)
    {
        (MatrixProduct.Strided(rowStride: transposing.left ? 1 : k, columnStride: transposing.left ? m : 1),
         MatrixProduct.Strided(rowStride: transposing.right ? 1 : n, columnStride: transposing.right ? k : 1))
    }

    /// `multiplyThin` on any shape.
    func thinProduct(
        _ l: [Double], _ r: [Double], m: Int, k: Int, n: Int, transposing: (left: Bool, right: Bool)
    ) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
        let (a, b) = layouts(m: m, k: k, n: n, transposing: transposing)
        MatrixProduct.multiplyThin(l, r, into: &c, m: m, k: k, n: n, a: a, b: b)
        return c
    }

    /// The tiled kernel on any shape, as `multiply` runs it on shapes of more than one row and column, with the
    /// micro-kernel `multiply` would choose unless `kernel` says which.
    func tiledProduct(
        _ l: [Double], _ r: [Double], m: Int, k: Int, n: Int, transposing: (left: Bool, right: Bool),
        kernel: MatrixProduct.Kernel = .best
    ) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
        let (a, b) = layouts(m: m, k: k, n: n, transposing: transposing)
        let depth = min(MatrixProduct.depthBlock, k)
        let packedA = UnsafeMutablePointer<SIMD2<Double>>.allocate(
            capacity: MatrixProduct.roundUp(min(MatrixProduct.rowBlock, m), to: MatrixProduct.tileRows) * depth)
        let packedB = UnsafeMutablePointer<SIMD4<Double>>.allocate(
            capacity: MatrixProduct.roundUp(n, to: MatrixProduct.tileColumns) / MatrixProduct.tileColumns * depth)
        defer { (packedA.deallocate(), packedB.deallocate()) }
        MatrixProduct.multiplyBlocks(
            l, r, into: &c, m: m, k: k, n: n, a: a, b: b, packedA: packedA, packedB: packedB, kernel: kernel)
        return c
    }

    @Test("an empty inner dimension gives zeros, as in numpy")
    func emptyInnerDimension() throws {
        let c = try matmul(Tensor([], shape: [2, 0]), Tensor([], shape: [0, 3]))
        #expect(c.shape == [2, 3])
        #expect(c.data == [0, 0, 0, 0, 0, 0])
    }
}

let matmulGradientCases: [TensorCase] = [
    TensorCase(name: "1×1 @ 1×1", shapes: [[1, 1], [1, 1]]) { try matmul($0[0], $0[1]) },
    TensorCase(name: "7×13 @ 13×5", shapes: [[7, 13], [13, 5]]) { try matmul($0[0], $0[1]) },
    TensorCase(name: "5×9 @ 9×6", shapes: [[5, 9], [9, 6]]) { try matmul($0[0], $0[1]) },
    TensorCase(name: "2×300 @ 300×3, two slabs", shapes: [[2, 300], [300, 3]]) { try matmul($0[0], $0[1]) },
    TensorCase(name: "9 @ 9×5", shapes: [[9], [9, 5]]) { try matmul($0[0], $0[1]) },
    TensorCase(name: "Xᵀ·X, a transposed operand", shapes: [[6, 5]]) { try matmul($0[0].T, $0[0]) },
]

@Test("matmul gradients on odd shapes match central differences", arguments: matmulGradientCases)
func matmulGradient(_ c: TensorCase) throws {
    try expectGradientsMatch(c, seed: 15)
}
