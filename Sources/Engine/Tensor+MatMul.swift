// The matrix product, with numpy's rules for 1-d operands: a 1-d left operand is a row, a 1-d
// right operand a column, and the added axis is dropped from the result (so vector · vector is
// a 0-d scalar). For C = A·B the backward step is dA = dC·Bᵀ and dB = Aᵀ·dC. Operands of more
// than two axes are stacks of matrices (see `batchedMatmul`).

/// The matrix product a @ b, numpy's `matmul`.
public func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard a.rank >= 1, b.rank >= 1 else {
        throw EngineError(
            "matmul: a 0-d operand has no matrix axes, got shapes "
                + "\(EngineError.format(a.shape)) and \(EngineError.format(b.shape)); use * to scale"
        )
    }
    guard a.rank <= 2, b.rank <= 2 else { return try batchedMatmul(a, b) }
    let (m, k) = a.rank == 1 ? (1, a.shape[0]) : (a.shape[0], a.shape[1])
    let (k2, n) = b.rank == 1 ? (b.shape[0], 1) : (b.shape[0], b.shape[1])
    guard k == k2 else {
        throw EngineError(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                + "(n?,k),(k,m?)->(n?,m?) (size \(k2) is different from \(k))"
        )
    }
    // One array for the shape, whose count is m·n: each array this built cost as much as a small product's arithmetic.
    let shape = a.rank == 2 ? (b.rank == 2 ? [m, n] : [m]) : (b.rank == 2 ? [n] : [])
    _ = try Tensor.count(of: shape)
    let (work, overflow) = (m * k).multipliedReportingOverflow(by: n)
    guard !overflow, work <= Tensor.maximumProductWork else {
        throw EngineError(
            "matmul: the product of shapes \(EngineError.format(a.shape)) and \(EngineError.format(b.shape)) "
                + "would take more than \(Tensor.maximumProductWork) multiply-adds"
        )
    }
    let (x, y) = (a.data, b.data)
    let output = MatrixProduct.multiply(x, y, m: m, k: k, n: n)
    guard a.requiresGrad || b.requiresGrad else { return Tensor(output, shape: shape) }
    // Only the gradients some operand records: a layer's input would cost a whole product per step, thrown away.
    let (needA, needB) = (a.requiresGrad, b.requiresGrad)
    return Tensor.result(output, shape: shape, op: "matmul", parents: [a, b]) { gradient in
        [
            needA ? MatrixProduct.multiply(gradient, y, m: m, k: n, n: k, transposingRight: true) : nil,
            needB ? MatrixProduct.multiply(x, gradient, m: k, k: m, n: n, transposingLeft: true) : nil,
        ]
    }
}
