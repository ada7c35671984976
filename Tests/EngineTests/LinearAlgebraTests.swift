import Foundation
import Testing
@testable import Engine

/// `solve`, `inverse` and `determinant` against what they must satisfy: A·x = b and A·A⁻¹ = I to within
/// 1e-12 of the entries' scale on well-conditioned matrices (random ones plus n on the diagonal), known
/// determinants, and numpy's errors for singular, non-square and gradient-carrying input.
@Suite("Linear algebra: solve, inverse, determinant")
struct LinearAlgebraTests {
    /// A random n × n matrix made well conditioned by adding n to its diagonal.
    static func wellConditioned(_ n: Int, using generator: inout SeededGenerator) -> Tensor {
        var data = (0..<(n * n)).map { _ in Double.random(in: -1...1, using: &generator) }
        for i in 0..<n { data[i * n + i] += Double(n) }
        return Tensor(data, shape: [n, n])
    }

    @Test("A @ solve(A, b) is b, for a vector and for several right-hand sides", arguments: [1, 2, 5, 40])
    func solveSatisfiesTheSystem(n: Int) throws {
        var generator = SeededGenerator(seed: UInt64(n))
        let a = Self.wellConditioned(n, using: &generator)
        let b = Tensor((0..<n).map { _ in Double.random(in: -5...5, using: &generator) }, shape: [n])
        let x = try LinearAlgebra.solve(a, b)
        #expect(x.shape == [n])
        for (got, want) in zip(try matmul(a, x).data, b.data) { #expect(abs(got - want) <= 1e-12 * Double(n) * 5) }
        let many = Tensor((0..<(n * 3)).map { _ in Double.random(in: -5...5, using: &generator) }, shape: [n, 3])
        let xs = try LinearAlgebra.solve(a, many)
        #expect(xs.shape == [n, 3])
        for (got, want) in zip(try matmul(a, xs).data, many.data) { #expect(abs(got - want) <= 1e-12 * Double(n) * 5) }
    }

    @Test("A @ inverse(A) is the identity, and a row swap is undone")
    func inverseGivesTheIdentity() throws {
        var generator = SeededGenerator(seed: 7)
        let a = Self.wellConditioned(6, using: &generator)
        let product = try matmul(a, try LinearAlgebra.inverse(a))
        for (k, value) in product.data.enumerated() { #expect(abs(value - (k / 6 == k % 6 ? 1 : 0)) <= 1e-13) }
        // A zero in the first pivot place needs the row swap.
        let swapped = try LinearAlgebra.inverse(Tensor([0, 1, 1, 0], shape: [2, 2]))
        #expect(swapped.data == [0, 1, 1, 0])
    }

    @Test("determinants: a triangular matrix's diagonal, a swap's sign, a singular matrix's zero")
    func determinants() throws {
        #expect(try LinearAlgebra.determinant(Tensor([2, 5, 1, 0, 3, 4, 0, 0, -1.5], shape: [3, 3])) == -9)
        #expect(try LinearAlgebra.determinant(Tensor([0, 1, 1, 0], shape: [2, 2])) == -1)
        #expect(try LinearAlgebra.determinant(Tensor([1, 2, 2, 4], shape: [2, 2])) == 0)
        #expect(abs(try LinearAlgebra.determinant(Tensor([1, 2, 3, 4], shape: [2, 2])) + 2) <= 1e-15)
        #expect(try LinearAlgebra.determinant(Tensor([Double](), shape: [0, 0])) == 1)
    }

    @Test("numpy's errors: singular, not square, mismatched, too large, and a tensor that records a gradient")
    func errors() throws {
        let singular = Tensor([1, 2, 2, 4], shape: [2, 2])
        #expect(throws: EngineError("solve: the matrix is singular")) { try LinearAlgebra.solve(singular, Tensor([1, 1])) }
        #expect(throws: EngineError("inv: the matrix is singular")) { try LinearAlgebra.inverse(singular) }
        #expect(throws: EngineError("det needs a square matrix, not shape (2, 3)")) {
            try LinearAlgebra.determinant(Tensor([1, 2, 3, 4, 5, 6], shape: [2, 3]))
        }
        #expect(throws: EngineError("solve needs a right-hand side of 2 rows for a 2 × 2 matrix, not shape (3,)")) {
            try LinearAlgebra.solve(Tensor.eye(2), Tensor([1, 2, 3]))
        }
        #expect(throws: EngineError("inv takes matrices of at most 512 × 512, not 513 × 513")) {
            try LinearAlgebra.inverse(Tensor.eye(513))
        }
        #expect(throws: EngineError("solve records no gradient; use it on tensors that require none (`.detached()`)")) {
            try LinearAlgebra.solve(Tensor([1, 0, 0, 1], shape: [2, 2], requiresGrad: true), Tensor([1, 1]))
        }
    }
}
