// numpy's matmul for operands of more than two axes: each is a stack of matrices in its last two
// axes, the leading (batch) axes broadcast against each other, and one product is taken per
// batch element. A 1-d operand is promoted to a matrix (a row on the left, a column on the
// right) and its added axis is dropped from the result, as in the 2-d case.

/// a @ b where either operand has more than two axes.
func batchedMatmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let left = a.rank == 1 ? try a.reshape([1, a.shape[0]]) : a
    let right = b.rank == 1 ? try b.reshape([b.shape[0], 1]) : b
    let (m, k) = (left.shape[left.rank - 2], left.shape[left.rank - 1])
    let (k2, n) = (right.shape[right.rank - 2], right.shape[right.rank - 1])
    guard k == k2 else {
        throw EngineError(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                + "(n?,k),(k,m?)->(n?,m?) (size \(k2) is different from \(k))"
        )
    }
    let batch = try Broadcast.shape(Array(left.shape.dropLast(2)), Array(right.shape.dropLast(2)))
    let batchCount = try Tensor.count(of: batch)
    _ = try Tensor.count(of: batch + [m, n])
    _ = try Tensor.count(of: batch + [m, k])
    _ = try Tensor.count(of: batch + [k, n])
    let (perProduct, overflow1) = (m * k).multipliedReportingOverflow(by: n)
    let (work, overflow2) = perProduct.multipliedReportingOverflow(by: batchCount)
    guard !overflow1, !overflow2, work <= Tensor.maximumProductWork else {
        throw EngineError(
            "matmul: the product of shapes \(EngineError.format(a.shape)) and \(EngineError.format(b.shape)) "
                + "would take more than \(Tensor.maximumProductWork) multiply-adds"
        )
    }
    // Broadcasting first makes both stacks the same length; its gradient sums the repeats back.
    let x = try left.broadcast(to: batch + [m, k])
    let y = try right.broadcast(to: batch + [k, n])
    let (xs, ys) = (x.data, y.data)
    var output: [Double] = []
    output.reserveCapacity(batchCount * m * n)
    for i in 0..<batchCount {
        output += MatrixProduct.multiply(
            Array(xs[(i * m * k)..<((i + 1) * m * k)]), Array(ys[(i * k * n)..<((i + 1) * k * n)]), m: m, k: k, n: n)
    }
    let shape = batch + (a.rank == 1 ? [] : [m]) + (b.rank == 1 ? [] : [n])
    guard x.requiresGrad || y.requiresGrad else { return Tensor(output, shape: shape) }
    // Only the gradients some operand records: an input's would be a whole product per step, thrown away.
    let (needX, needY) = (x.requiresGrad, y.requiresGrad)
    return Tensor.result(output, shape: shape, op: "matmul", parents: [x, y]) { gradient in
        var dx: [Double] = [], dy: [Double] = []
        dx.reserveCapacity(needX ? xs.count : 0)
        dy.reserveCapacity(needY ? ys.count : 0)
        for i in 0..<batchCount {
            let g = Array(gradient[(i * m * n)..<((i + 1) * m * n)])
            if needX {
                let yi = Array(ys[(i * k * n)..<((i + 1) * k * n)])
                dx += MatrixProduct.multiply(g, yi, m: m, k: n, n: k, transposingRight: true)
            }
            if needY {
                let xi = Array(xs[(i * m * k)..<((i + 1) * m * k)])
                dy += MatrixProduct.multiply(xi, g, m: k, k: m, n: n, transposingLeft: true)
            }
        }
        return [needX ? dx : nil, needY ? dy : nil]
    }
}
