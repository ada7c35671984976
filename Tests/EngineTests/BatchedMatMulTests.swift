import Testing
@testable import Engine

@Suite("batched matmul (numpy's rules beyond two axes)")
struct BatchedMatMulTests {
    @Test("a stack of matrices times a matrix, against products worked by hand")
    func stackTimesMatrix() throws {
        let a = Tensor([1, 2, 3, 4, 5, 6, 7, 8], shape: [2, 2, 2])
        let b = Tensor([1, 0, 1, 1], shape: [2, 2])
        let c = try matmul(a, b)
        #expect(c.shape == [2, 2, 2])
        // [[1,2],[3,4]]·[[1,0],[1,1]] = [[3,2],[7,4]]; [[5,6],[7,8]]·… = [[11,6],[15,8]].
        #expect(c.data == [3, 2, 7, 4, 11, 6, 15, 8])
    }

    @Test("leading axes broadcast: (2,1,2,3) @ (4,3,1) is (2,4,2,1)")
    func broadcastBatches() throws {
        let a = Tensor((0..<12).map(Double.init), shape: [2, 1, 2, 3])
        let b = Tensor((0..<12).map(Double.init), shape: [4, 3, 1])
        let c = try matmul(a, b)
        #expect(c.shape == [2, 4, 2, 1])
        // Row [0,1,2] of a[0] times b[1] = column [3,4,5]: 0·3 + 1·4 + 2·5 = 14.
        #expect(c.data[2] == 14)
        // Row [9,10,11] of a[1] times b[3] = [9,10,11]: 81 + 100 + 121 = 302.
        #expect(c.data[15] == 302)
    }

    @Test("1-d operands are promoted and their axis dropped")
    func vectorOperands() throws {
        let a = Tensor([1, 2, 3, 4, 5, 6, 7, 8], shape: [2, 2, 2])
        #expect(try matmul(a, Tensor([1, -1])).shape == [2, 2])
        #expect(try matmul(a, Tensor([1, -1])).data == [-1, -1, -1, -1])
        #expect(try matmul(Tensor([1, 1]), a).data == [4, 6, 12, 14])
    }

    @Test("mismatched inner lengths and 0-d operands are errors")
    func errors() {
        #expect(throws: EngineError.self) { try matmul(Tensor.ones([2, 2, 3]), Tensor.ones([2, 2, 2])) }
        #expect(throws: EngineError.self) { try matmul(Tensor(scalar: 2), Tensor.ones([2, 2, 2])) }
        #expect(throws: EngineError.self) { try matmul(Tensor.ones([2, 2, 3]), Tensor.ones([3, 2, 2])) }
    }

    @Test("the gradient sums over broadcast batches, by hand")
    func gradientByHand() throws {
        let a = Tensor([1, 2, 3, 4, 5, 6, 7, 8], shape: [2, 2, 2], requiresGrad: true)
        let b = Tensor([1, 0, 1, 1], shape: [2, 2], requiresGrad: true)
        try matmul(a, b).sum().backward()
        // d sum / d a[i,j,p] = Σ_q b[p,q]: rows of b sum to 1 and 2.
        #expect(a.grad == [1, 2, 1, 2, 1, 2, 1, 2])
        // d sum / d b[p,q] = Σ over batches and rows of a[·,·,p]: 1+3+5+7 = 16, 2+4+6+8 = 20.
        #expect(b.grad == [16, 16, 20, 20])
    }
}

let batchedMatmulGradientCases: [TensorCase] = [
    TensorCase(name: "2×3×4 @ 2×4×5", shapes: [[2, 3, 4], [2, 4, 5]]) { try matmul($0[0], $0[1]) },
    TensorCase(name: "3×2×4 @ 4×3, shared right", shapes: [[3, 2, 4], [4, 3]]) { try matmul($0[0], $0[1]) },
    TensorCase(name: "2×1×2×3 @ 4×3×2, broadcast", shapes: [[2, 1, 2, 3], [4, 3, 2]]) { try matmul($0[0], $0[1]) },
    TensorCase(name: "5 @ 3×5×2", shapes: [[5], [3, 5, 2]]) { try matmul($0[0], $0[1]) },
    TensorCase(name: "mask of a 3×4", shapes: [[3, 4]]) { x in
        try x[0].masked(Tensor((0..<12).map { Double($0 % 3 == 0 ? 1 : 0) }, shape: [3, 4]))
    },
    TensorCase(name: "replacing masked elements", shapes: [[2, 3], [2]]) { x in
        try x[0].replacingMasked(Tensor([1, 0, 0, 0, 0, 1], shape: [2, 3]), with: x[1])
    },
]

@Test("batched matmul and mask gradients match central differences", arguments: batchedMatmulGradientCases)
func batchedMatmulGradient(_ c: TensorCase) throws {
    try expectGradientsMatch(c, seed: 16)
}
