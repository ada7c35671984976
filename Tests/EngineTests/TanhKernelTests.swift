import Foundation
import Testing
@testable import Engine

/// The tanh kernel (`HyperbolicTangent.c`) claims glibc's bits: it repeats the operations of glibc 2.36's tanh and
/// of the FMA build of its expm1, which glibc uses on a CPU with AVX2 and FMA. Where that libm runs, every
/// result must equal libm's to the bit; elsewhere (another glibc, a CPU without the kernel) `Tanh` is libm's
/// tanh, or must stay within an ulp of it. Inputs: uniform ones where tanh is curved, random bit patterns over
/// all of Double, and every number within thousands of ulps of each branch's edge.
@Suite struct TanhKernelTests {
    /// Whether this process's libm is the one the kernel copies, so equality to the bit is the claim.
    static let libmIsTheCopiedOne: Bool = {
        guard Tanh.vectorized, ProcessInfo.processInfo.environment["GLIBC_TUNABLES"] == nil else { return false }
        var buffer = [CChar](repeating: 0, count: 64)
        guard confstr(Int32(_CS_GNU_LIBC_VERSION), &buffer, buffer.count) > 0 else { return false }
        return String(cString: buffer) == "glibc 2.36"
    }()

    static func inputs() -> [Double] {
        var generator = SeededGenerator(seed: 2026)
        var xs: [Double] = []
        for _ in 0..<200_000 { xs.append(Double.random(in: -25...25, using: &generator)) }
        for _ in 0..<200_000 { xs.append(Double.random(in: -2...2, using: &generator)) }
        for _ in 0..<50_000 { xs.append(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator))) }
        // The edges of tanh's branches (2⁻⁵⁵, 1, 22) and of expm1's (k·ln2/2 for every k tanh reaches).
        var edges: [Double] = [0x1p-55, 0x1p-54, 1, 22, 0x1.62e43p-3, 0x1.0a2b2p-1, 0x1.62e43p-2, 0x1.0a2b2p0]
        edges += (-3...64).map { Double($0) * M_LN2 / 2 }
        for edge in edges {
            for sign in [1.0, -1.0] {
                var x = sign * edge
                for _ in 0..<1_000 { x = x.nextDown }
                for _ in 0..<2_000 {
                    xs.append(x)
                    x = x.nextUp
                }
            }
        }
        return xs + [0, -0.0, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, -.leastNormalMagnitude, 1e-300]
    }

    private static func same(_ a: Double, _ b: Double) -> Bool {
        a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
    }

    @Test func scalarResultsAreLibmsToTheBit() {
        var differing = 0
        var worst = 0.0
        for x in Self.inputs() {
            let (ours, libm) = (Tanh.value(x), Foundation.tanh(x))
            if !Self.same(ours, libm) {
                differing += 1
                worst = max(worst, abs(ours - libm) / libm.ulp)
            }
        }
        if Self.libmIsTheCopiedOne {
            #expect(differing == 0)
        } else {
            #expect(worst <= 1)
        }
    }

    @Test func arraysGiveTheScalarResultsInEveryGroupOfFour() {
        let xs = Self.inputs()
        // Groups of four mix kinds: a lone special number sends its group to the scalar code.
        var generator = SeededGenerator(seed: 7)
        let shuffled = xs.shuffled(using: &generator)
        for input in [xs, shuffled, Array(xs.prefix(7)), Array(xs.suffix(3)), []] {
            let ys = input.withUnsafeBufferPointer { x in
                [Double](count: x.count) { y in Tanh.values(x, into: y) }
            }
            #expect(zip(input, ys).allSatisfy { Self.same(Tanh.value($0), $1) })
        }
    }

    @Test func tensorsUseTheKernelAndKeepTheirGradient() throws {
        let x = Tensor([-3, -0.5, 0, 0.25, 1, 2.5, 30], shape: [7], requiresGrad: true)
        let y = x.tanh()
        #expect(zip(x.data, y.data).allSatisfy { Self.same(Tanh.value($0), $1) })
        try y.sum().backward()
        let expected = y.data.map { 1 - $0 * $0 }
        #expect(x.grad == expected)
    }
}
