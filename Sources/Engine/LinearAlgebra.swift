/// numpy.linalg's `solve`, `inv` and `det` for square matrices, through an LU factorisation with partial pivoting
/// (the largest magnitude in the column, the first of equal ones, as LAPACK's `dgetrf` picks). The numbers agree
/// with numpy's to rounding, not bit for bit: LAPACK blocks and orders its sums its own way. They record no
/// gradient, so a tensor that requires one is refused rather than silently cut from its graph.
public enum LinearAlgebra {
    /// The largest size factored: an LU of n × n is n³/3 multiply-adds, and a builtin call should stay well
    /// inside a cell's time limit (512 takes about 50 ms).
    public static let maximumSize = 512

    /// The factors of one matrix, L below the diagonal (its unit diagonal implied) and U on and above it, in one
    /// row-major array, with the row each step swapped in.
    struct Factors {
        var lu: [Double]
        var swappedRow: [Int]
        let n: Int
        var swaps = 0
        /// A zero pivot: U's diagonal has a zero, so the matrix is singular.
        var isSingular = false
    }

    /// x with A x = b, for b a vector of n numbers or an n × k matrix of right-hand sides.
    public static func solve(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let factors = try factor(a, "solve")
        let n = factors.n
        guard b.rank == 1 || b.rank == 2, b.shape[0] == n else {
            throw EngineError(
                "solve needs a right-hand side of \(n) rows for a \(n) × \(n) matrix, not shape \(EngineError.format(b.shape))")
        }
        try checkGradients(b, "solve")
        guard !factors.isSingular else { throw EngineError("solve: the matrix is singular") }
        return Tensor(substitute(factors, b.data, columns: b.rank == 1 ? 1 : b.shape[1]), shape: b.shape)
    }

    /// The inverse of a square matrix.
    public static func inverse(_ a: Tensor) throws -> Tensor {
        let factors = try factor(a, "inv")
        guard !factors.isSingular else { throw EngineError("inv: the matrix is singular") }
        let n = factors.n
        return Tensor(substitute(factors, Tensor.eye(n).data, columns: n), shape: [n, n])
    }

    /// The determinant of a square matrix: U's diagonal multiplied in order, its sign changed for each row swap
    /// (0 for a singular matrix; 1 for a 0 × 0 one, as numpy has it).
    public static func determinant(_ a: Tensor) throws -> Double {
        let factors = try factor(a, "det")
        var product = 1.0
        for i in 0..<factors.n { product *= factors.lu[i * factors.n + i] }
        return factors.swaps % 2 == 0 ? product : -product
    }

    static func factor(_ a: Tensor, _ name: String) throws -> Factors {
        guard a.rank == 2, a.shape[0] == a.shape[1] else {
            throw EngineError("\(name) needs a square matrix, not shape \(EngineError.format(a.shape))")
        }
        try checkGradients(a, name)
        let n = a.shape[0]
        guard n <= maximumSize else {
            throw EngineError("\(name) takes matrices of at most \(maximumSize) × \(maximumSize), not \(n) × \(n)")
        }
        var factors = Factors(lu: a.data, swappedRow: Array(0..<n), n: n)
        factors.lu.withUnsafeMutableBufferPointer { lu in
            for k in 0..<n {
                var pivotRow = k
                for i in (k + 1)..<n where abs(lu[i * n + k]) > abs(lu[pivotRow * n + k]) { pivotRow = i }
                factors.swappedRow[k] = pivotRow
                if pivotRow != k {
                    for j in 0..<n { lu.swapAt(k * n + j, pivotRow * n + j) }
                    factors.swaps += 1
                }
                let pivot = lu[k * n + k]
                guard pivot != 0 else {
                    factors.isSingular = true
                    continue
                }
                for i in (k + 1)..<n {
                    let multiplier = lu[i * n + k] / pivot
                    lu[i * n + k] = multiplier
                    for j in (k + 1)..<n { lu[i * n + j] -= multiplier * lu[k * n + j] }
                }
            }
        }
        return factors
    }

    /// Solves L U x = P b for each of `columns` right-hand sides, stored row-major as b is.
    private static func substitute(_ factors: Factors, _ b: [Double], columns: Int) -> [Double] {
        let n = factors.n
        var x = b
        for k in 0..<n where factors.swappedRow[k] != k {
            for c in 0..<columns { x.swapAt(k * columns + c, factors.swappedRow[k] * columns + c) }
        }
        for c in 0..<columns {
            for i in 0..<n {
                var sum = x[i * columns + c]
                for j in 0..<i { sum -= factors.lu[i * n + j] * x[j * columns + c] }
                x[i * columns + c] = sum
            }
            for i in stride(from: n - 1, through: 0, by: -1) {
                var sum = x[i * columns + c]
                for j in (i + 1)..<n { sum -= factors.lu[i * n + j] * x[j * columns + c] }
                x[i * columns + c] = sum / factors.lu[i * n + i]
            }
        }
        return x
    }

    private static func checkGradients(_ t: Tensor, _ name: String) throws {
        guard !t.requiresGrad else {
            throw EngineError("\(name) records no gradient; use it on tensors that require none (`.detached()`)")
        }
    }
}
