// The matrix product kernel, blocked as in GotoBLAS and BLIS: C is computed in 6×4 tiles by a
// micro-kernel that keeps the tile in registers and streams a 6-row sliver of A against a
// 4-column sliver of B. The slivers are packed first, so that the micro-kernel reads both
// sequentially, whatever the operands' layout (a transposed operand is only read in another
// order while packing, never copied as a whole), and the blocks fit the caches:
//
//   for each panel of `columnBlock` columns of B        (B's panel stays in L3)
//     for each slab of `depthBlock` along k               (pack that kc×nc part of B)
//       for each block of `rowBlock` rows of A            (pack that mc×kc part of A: in L2)
//         for each 4-column sliver of B's panel           (kc×4: in L1 across the next loop)
//           for each 6-row sliver of A's block: the micro-kernel
//
// A's elements are packed twice over, each as the pair (a, a): the machine's baseline vectors
// (SSE2) have no broadcast from memory, and a pair loaded as it is costs no shuffle. Six rows
// because 6×4 sums are 12 of the 16 SSE2 registers, which leaves two for B's row and two for
// an A pair and a product; measured at 600×600, 6×4 takes 19 ms where 4×4 takes 23 ms, and
// unrolling the k loop or other block sizes (128…384 deep, 48…192 rows) change nothing or
// lose. SSE2's two-operand instructions cost a register copy per row and step, which caps the
// kernel near 7 of the 8 flops per cycle it could issue. With wider vectors enabled the same
// SIMD4 code compiles to them (built with -target-cpu haswell it takes 14 ms), but a binary built
// so stops on a CPU without them. So on a CPU with AVX or AVX-512 the tiles go to C kernels
// compiled for those alone (CKernels): the same products and sums in the same order, four or
// eight columns to a register, and therefore the same bits, which MatrixProductTests compares.
// (Never a fused multiply-add: it rounds once where the product and the sum round twice.)

import CKernels

/// Row-major matrix products on flat arrays, with either operand read transposed so that the
/// backward step needs no copies. Every element is summed in a fixed order (along k within a
/// depth block, then block after block), so results are the same on every run.
enum MatrixProduct {
    /// Rows of the micro-kernel's tile of C.
    static let tileRows = 6
    /// Columns of the micro-kernel's tile of C: one SIMD4.
    static let tileColumns = 4
    /// Rows of A packed at a time (a multiple of `tileRows`); 96 rows of 256 pairs are 384 KiB,
    /// half of a typical L2.
    static let rowBlock = 96
    /// The depth of one pass; a 256×4 sliver of B is 8 KiB, a quarter of a typical L1.
    static let depthBlock = 256
    /// Columns of B packed at a time (4 MiB at the full depth).
    static let columnBlock = 2048
    /// Products of fewer rows than a tile and at most this many multiply-adds go to `multiplySmall`: a small
    /// network's weight gradients (2×100 by 100×8), where the tiles were mostly padding and packing cost more than
    /// the arithmetic. (With a tile's rows or more, the tiled kernel was faster even at 100×2 by 2×8.)
    static let smallProduct = 8192

    /// C (m×n) = L·R, where L is m×k (stored k×m when `transposingLeft`) and R is k×n (stored
    /// n×k when `transposingRight`).
    static func multiply(
        _ left: [Double], _ right: [Double], m: Int, k: Int, n: Int,
        transposingLeft: Bool = false, transposingRight: Bool = false
    ) -> [Double] {
        var c = [Double](zeros: m * n)
        guard m > 0, n > 0, k > 0 else { return c }
        // Where element (i, p) of L and (p, j) of R sit: a transpose only swaps the strides.
        let a = Strided(rowStride: transposingLeft ? 1 : k, columnStride: transposingLeft ? m : 1)
        let b = Strided(rowStride: transposingRight ? 1 : n, columnStride: transposingRight ? k : 1)
        if n == 1 || m == 1 {
            multiplyThin(left, right, into: &c, m: m, k: k, n: n, a: a, b: b)
            return c
        }
        if m < tileRows, m * n * k <= smallProduct, k <= depthBlock {
            multiplySmall(left, right, into: &c, m: m, k: k, n: n, a: a, b: b)
            return c
        }
        let depth = Swift.min(depthBlock, k)
        // Small products pack on the stack; the helper falls back to the heap for large ones.
        let capacityA = roundUp(Swift.min(rowBlock, m), to: tileRows) * depth
        let capacityB = roundUp(Swift.min(columnBlock, n), to: tileColumns) / tileColumns * depth
        withUnsafeTemporaryAllocation(of: SIMD2<Double>.self, capacity: capacityA) { packedA in
            withUnsafeTemporaryAllocation(of: SIMD4<Double>.self, capacity: capacityB) { packedB in
                multiplyBlocks(
                    left, right, into: &c, m: m, k: k, n: n, a: a, b: b,
                    packedA: packedA.baseAddress!, packedB: packedB.baseAddress!)
            }
        }
        return c
    }

    /// Which code computes the tiles: the Swift micro-kernel, or CKernels' for the CPU's vector registers.
    enum Kernel: CaseIterable {
        case swift
        /// 6×4 tiles, four columns to a 256-bit register.
        case avx
        /// 6×8 tiles (two 6×4 tiles side by side), eight columns to a 512-bit register; a last lone
        /// 4-column sliver goes to the AVX kernel.
        case avx512

        /// The widest kernel this CPU runs; read once.
        static let best: Kernel = lr_cpu_has_avx512() ? .avx512 : lr_cpu_has_avx() ? .avx : .swift

        /// Whether this CPU runs it.
        var isAvailable: Bool {
            switch self {
            case .swift: true
            case .avx: lr_cpu_has_avx()
            case .avx512: lr_cpu_has_avx512()
            }
        }
    }

    /// The loops over blocks and tiles, with the packing buffers in hand.
    static func multiplyBlocks(
        _ left: [Double], _ right: [Double], into c: inout [Double], m: Int, k: Int, n: Int, a: Strided, b: Strided,
        packedA: UnsafeMutablePointer<SIMD2<Double>>, packedB: UnsafeMutablePointer<SIMD4<Double>>,
        kernel: Kernel = .best
    ) {
        left.withUnsafeBufferPointer { l in
            right.withUnsafeBufferPointer { r in
                c.withUnsafeMutableBufferPointer { c in
                    let c = c.baseAddress!
                    for jc in stride(from: 0, to: n, by: columnBlock) {
                        let nc = Swift.min(columnBlock, n - jc)
                        for pc in stride(from: 0, to: k, by: depthBlock) {
                            let kc = Swift.min(depthBlock, k - pc)
                            packRight(r.baseAddress!, b, rows: pc, kc, columns: jc, nc, into: packedB)
                            for ic in stride(from: 0, to: m, by: rowBlock) {
                                let mc = Swift.min(rowBlock, m - ic)
                                packLeft(l.baseAddress!, a, rows: ic, mc, columns: pc, kc, into: packedA)
                                let corner = c + ic * n + jc
                                switch kernel {
                                case .avx512:
                                    lr_block_avx512(kc, mc, nc, rawDoubles(packedA), rawDoubles(packedB), corner, n)
                                case .avx:
                                    lr_block_avx(kc, mc, nc, rawDoubles(packedA), rawDoubles(packedB), corner, n)
                                case .swift:
                                    for jr in stride(from: 0, to: nc, by: tileColumns) {
                                        let sliverB = packedB + jr / tileColumns * kc
                                        for ir in stride(from: 0, to: mc, by: tileRows) {
                                            add(microKernel(kc, packedA + ir * kc, sliverB), to: corner, row: ir,
                                                column: jr, rows: Swift.min(tileRows, mc - ir),
                                                columns: Swift.min(tileColumns, nc - jr), width: n)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A packing buffer as the C kernels read it: doubles, in the same order.
    @inline(__always)
    static func rawDoubles<Vector: SIMD>(_ packed: UnsafeMutablePointer<Vector>) -> UnsafePointer<Double>
    where Vector.Scalar == Double {
        UnsafeRawPointer(packed).assumingMemoryBound(to: Double.self)
    }

    /// A matrix times a vector, or a vector times a matrix, where packing would cost more than the
    /// arithmetic and most of each tile would be padding. Four elements of C at a time, down a column
    /// when C is narrower than a tile and along a row otherwise, each summed as the tiled kernel sums
    /// it: along k from zero within a depth block, each block's sum then added to C. So the two paths
    /// agree to the last bit. (With two to five rows or two or three columns this reads the other
    /// operand once per row or column, and the tiled kernel, which reads it once, is faster.)
    static func multiplyThin(
        _ left: [Double], _ right: [Double], into c: inout [Double], m: Int, k: Int, n: Int, a: Strided, b: Strided
    ) {
        let downColumns = n < tileColumns
        let groups = downColumns ? m : n
        left.withUnsafeBufferPointer { l in
            right.withUnsafeBufferPointer { r in
                c.withUnsafeMutableBufferPointer { c in
                    let (l, r, c) = (l.baseAddress!, r.baseAddress!, c.baseAddress!)
                    // The four lanes walk four rows of L (or columns of R) along k; the shared element walks R's
                    // column (or L's row).
                    let laneStep = downColumns ? a.columnStride : b.rowStride
                    let sharedStep = downColumns ? b.rowStride : a.columnStride
                    for other in 0..<(downColumns ? n : m) {
                        let shared = downColumns ? r + b.offset(0, other) : l + a.offset(other, 0)
                        for first in stride(from: 0, to: groups, by: 4) {
                            // The last group repeats its last element in the lanes past the end, and drops them.
                            let lanes = Swift.min(4, groups - first)
                            let last = first + lanes - 1
                            func lane(_ index: Int) -> UnsafePointer<Double> {
                                downColumns ? l + a.offset(index, 0) : r + b.offset(0, index)
                            }
                            let (p0, p1) = (lane(first), lane(Swift.min(first + 1, last)))
                            let (p2, p3) = (lane(Swift.min(first + 2, last)), lane(last))
                            var total = SIMD4<Double>()
                            for pc in stride(from: 0, to: k, by: depthBlock) {
                                var sum = SIMD4<Double>()
                                for p in pc..<Swift.min(pc + depthBlock, k) {
                                    let q = p * laneStep
                                    let x = SIMD4(p0[q], p1[q], p2[q], p3[q])
                                    let y = SIMD4(repeating: shared[p * sharedStep])
                                    // The operands in the tiled kernel's order, L's element first.
                                    sum += downColumns ? x * y : y * x
                                }
                                total += sum
                            }
                            for lane in 0..<lanes {
                                let (i, j) = downColumns ? (first + lane, other) : (other, first + lane)
                                c[i * n + j] = total[lane]
                            }
                        }
                    }
                }
            }
        }
    }

    /// A product too small to repay packing (within one depth block): row by row, four columns of C at a time,
    /// each element summed as the tiled kernel sums it, L's element times R's, along k from zero, so the two agree
    /// to the last bit. Written straight into C, which the tiled kernel adds its one block's sum to: 0 + s is s,
    /// since a sum that starts at +0 is never −0.
    static func multiplySmall(
        _ left: [Double], _ right: [Double], into c: inout [Double], m: Int, k: Int, n: Int, a: Strided, b: Strided
    ) {
        left.withUnsafeBufferPointer { l in
            right.withUnsafeBufferPointer { r in
                c.withUnsafeMutableBufferPointer { c in
                    let (l, r, c) = (l.baseAddress!, r.baseAddress!, c.baseAddress!)
                    let step = b.columnStride
                    for i in 0..<m {
                        var j = 0
                        while j + 4 <= n {
                            var sum = SIMD4<Double>()
                            for p in 0..<k {
                                let x = SIMD4(repeating: l[a.offset(i, p)])
                                let y = r + b.offset(p, j)
                                sum += x * (step == 1
                                    ? UnsafeRawPointer(y).loadUnaligned(as: SIMD4<Double>.self)
                                    : SIMD4(y[0], y[step], y[2 * step], y[3 * step]))
                            }
                            for lane in 0..<4 { c[i * n + j + lane] = sum[lane] }
                            j += 4
                        }
                        while j < n {
                            var sum = 0.0
                            for p in 0..<k { sum += l[a.offset(i, p)] * r[b.offset(p, j)] }
                            c[i * n + j] = sum
                            j += 1
                        }
                    }
                }
            }
        }
    }

    /// Where element (i, j) of a matrix sits in its flat storage.
    struct Strided {
        let rowStride: Int
        let columnStride: Int

        @inline(__always)
        func offset(_ i: Int, _ j: Int) -> Int { i * rowStride + j * columnStride }
    }

    /// `count` rounded up to a multiple of `step`.
    static func roundUp(_ count: Int, to step: Int) -> Int { (count + step - 1) / step * step }

    /// Rows row0..<row0+mc and columns p0..<p0+kc of L as 6-row slivers: for each p, the six
    /// rows' elements, each as a pair (a, a). Rows past the end are zeros.
    static func packLeft(
        _ l: UnsafePointer<Double>, _ a: Strided, rows row0: Int, _ mc: Int, columns p0: Int, _ kc: Int,
        into packed: UnsafeMutablePointer<SIMD2<Double>>
    ) {
        var out = packed
        for i0 in stride(from: 0, to: mc, by: tileRows) {
            let rows = Swift.min(tileRows, mc - i0)
            if rows == tileRows {
                // A whole sliver: six row pointers, no test per element (packing was a third of a product with
                // k = 16).
                let first = l + a.offset(row0 + i0, 0)
                let (r0, r1, r2) = (first, first + a.rowStride, first + 2 * a.rowStride)
                let (r3, r4, r5) = (first + 3 * a.rowStride, first + 4 * a.rowStride, first + 5 * a.rowStride)
                for p in p0..<(p0 + kc) {
                    let q = p * a.columnStride
                    out[0] = SIMD2(repeating: r0[q])
                    out[1] = SIMD2(repeating: r1[q])
                    out[2] = SIMD2(repeating: r2[q])
                    out[3] = SIMD2(repeating: r3[q])
                    out[4] = SIMD2(repeating: r4[q])
                    out[5] = SIMD2(repeating: r5[q])
                    out += tileRows
                }
                continue
            }
            for p in p0..<(p0 + kc) {
                for i in 0..<tileRows {
                    let value = i < rows ? l[a.offset(row0 + i0 + i, p)] : 0
                    out[i] = SIMD2(repeating: value)
                }
                out += tileRows
            }
        }
    }

    /// Rows p0..<p0+kc and columns col0..<col0+nc of R as 4-column slivers: for each p, the
    /// four columns' elements. Columns past the end are zeros.
    static func packRight(
        _ r: UnsafePointer<Double>, _ b: Strided, rows p0: Int, _ kc: Int, columns col0: Int, _ nc: Int,
        into packed: UnsafeMutablePointer<SIMD4<Double>>
    ) {
        var out = packed
        for j0 in stride(from: 0, to: nc, by: tileColumns) {
            let columns = Swift.min(tileColumns, nc - j0)
            if columns == tileColumns {
                // A whole sliver: four column pointers, no test per element (as in `packLeft`).
                let first = r + b.offset(0, col0 + j0)
                let (c0, c1) = (first, first + b.columnStride)
                let (c2, c3) = (first + 2 * b.columnStride, first + 3 * b.columnStride)
                for p in p0..<(p0 + kc) {
                    let q = p * b.rowStride
                    out.pointee = SIMD4(c0[q], c1[q], c2[q], c3[q])
                    out += 1
                }
                continue
            }
            for p in p0..<(p0 + kc) {
                var row = SIMD4<Double>()
                for j in 0..<columns { row[j] = r[b.offset(p, col0 + j0 + j)] }
                out.pointee = row
                out += 1
            }
        }
    }

    /// A 6×4 tile of C, one SIMD4 per row.
    typealias Tile = (SIMD4<Double>, SIMD4<Double>, SIMD4<Double>, SIMD4<Double>, SIMD4<Double>, SIMD4<Double>)

    /// The tile Σp a[·, p]·b[p, ·] of two packed slivers of depth kc: 24 running sums in
    /// registers, one load of B's row and six of A's pairs per step.
    @inline(__always)
    static func microKernel(_ kc: Int, _ a: UnsafePointer<SIMD2<Double>>, _ b: UnsafePointer<SIMD4<Double>>) -> Tile {
        var c: Tile = (.zero, .zero, .zero, .zero, .zero, .zero)
        var (a, b) = (a, b)
        for _ in 0..<kc {
            let row = b.pointee
            let (a0, a1, a2, a3, a4, a5) = (a[0], a[1], a[2], a[3], a[4], a[5])
            c.0 += SIMD4(lowHalf: a0, highHalf: a0) * row
            c.1 += SIMD4(lowHalf: a1, highHalf: a1) * row
            c.2 += SIMD4(lowHalf: a2, highHalf: a2) * row
            c.3 += SIMD4(lowHalf: a3, highHalf: a3) * row
            c.4 += SIMD4(lowHalf: a4, highHalf: a4) * row
            c.5 += SIMD4(lowHalf: a5, highHalf: a5) * row
            a += tileRows
            b += 1
        }
        return c
    }

    /// Adds a tile's sums into C at (row, column), only the rows × columns that lie inside C.
    @inline(__always)
    static func add(
        _ sums: Tile, to c: UnsafeMutablePointer<Double>, row: Int, column: Int, rows: Int, columns: Int, width: Int
    ) {
        let corner = c + row * width + column
        if rows == tileRows, columns == tileColumns {
            func add(_ sum: SIMD4<Double>, toRow i: Int) {
                let target = UnsafeMutableRawPointer(corner + i * width)
                target.storeBytes(of: target.loadUnaligned(as: SIMD4<Double>.self) + sum, as: SIMD4<Double>.self)
            }
            add(sums.0, toRow: 0)
            add(sums.1, toRow: 1)
            add(sums.2, toRow: 2)
            add(sums.3, toRow: 3)
            add(sums.4, toRow: 4)
            add(sums.5, toRow: 5)
            return
        }
        withUnsafeBytes(of: sums) { sums in
            for i in 0..<rows {
                for j in 0..<columns {
                    let offset = i * MemoryLayout<SIMD4<Double>>.stride + j * MemoryLayout<Double>.stride
                    corner[i * width + j] += sums.load(fromByteOffset: offset, as: Double.self)
                }
            }
        }
    }
}
