import Engine

// The tensor kernels on their own, on the same work as numpy's side in scripts/bench-engine:
// a 600×600 matrix product, an elementwise product and a sum of a million elements each.

enum Kernels {
    static let side = 600
    static let length = 1_000_000

    /// Each kernel's name (as in `--numpy-NAME`), its description and its median CPU seconds.
    static func medians() throws -> [(name: String, label: String, seconds: Double)] {
        let random = RandomState(seed: 1)
        let a = Tensor(random.random(side * side), shape: [side, side])
        let b = Tensor(random.random(side * side), shape: [side, side])
        let x = Tensor(random.random(length))
        let y = Tensor(random.random(length))
        _ = try matmul(a, b)  // a warm-up call, as on numpy's side
        return [
            ("matmul", "matmul 600×600", try median(of: 15) { _ = try matmul(a, b) }),
            ("elementwise", "x * y, 10⁶ elements", try median(of: 51) { _ = try x * y }),
            ("sum", "x.sum(), 10⁶ elements", try median(of: 51) { _ = try x.sum() }),
        ]
    }
}
