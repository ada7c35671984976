import Testing
@testable import Engine

// What tensor operations compute, shape by shape, against numpy's results. Values stated here
// are exact in binary or were printed by numpy 2.4.6 (the call is written beside them).

struct TensorTests {
    @Test("broadcasting combines shapes from the last axis, and says why it cannot")
    func broadcastShapes() throws {
        let a = Tensor([1, 2, 3, 4, 5, 6], shape: [2, 3])
        #expect(try (a + Tensor([10, 20, 30])).data == [11, 22, 33, 14, 25, 36])
        #expect(try (a * Tensor([2, 3], shape: [2, 1])).data == [2, 4, 6, 12, 15, 18])
        let outer = try Tensor([1, 2, 3], shape: [3, 1]) - Tensor([1, 2], shape: [1, 2])
        #expect(outer.shape == [3, 2] && outer.data == [0, -1, 1, 0, 2, 1])
        #expect((2 * a + 1).data == [3, 5, 7, 9, 11, 13])
        #expect(throws: EngineError("operands could not be broadcast together with shapes (2,) (3,)")) {
            try Tensor([1, 2]) + Tensor([1, 2, 3])
        }
    }

    @Test("a graph is recorded only when an input requires a gradient")
    func graphOnlyWhenNeeded() throws {
        let plain = try Tensor([1, 2]) * Tensor([3, 4])
        #expect(plain.parents.isEmpty && plain.op.isEmpty && !plain.requiresGrad)
        let x = Tensor([1, 2], requiresGrad: true)
        let y = try x * Tensor([3, 4])
        #expect(y.op == "*" && y.parents.count == 2 && y.parents[0] === x && y.requiresGrad)
    }

    @Test("backward accumulates into leaves across calls and starts afresh in results")
    func accumulation() throws {
        // d/dx Σ x² = 2x; two backward passes give 4x in the leaf.
        let x = Tensor([1, -3], requiresGrad: true)
        let y = try (x * x).sum()
        y.backward()
        #expect(x.grad == [2, -6])
        y.backward()
        #expect(x.grad == [4, -12])
        #expect(y.grad == [1])
        x.zeroGrad()
        #expect(x.grad == nil && x.gradient.data == [0, 0])
    }

    @Test("reductions over an axis and over everything")
    func reductions() throws {
        let a = Tensor([3, 1, 4, 1, 5, 9], shape: [2, 3])
        #expect(try a.sum().data == [23] && a.sum().shape == [])
        #expect(try a.sum(axis: 0).data == [4, 6, 13])
        #expect(try a.sum(axis: 1, keepDims: true).shape == [2, 1])
        #expect(try a.mean(axis: -1).data == [8.0 / 3.0, 5])
        #expect(try a.max(axis: 1).data == [4, 9])
        #expect(try a.min().data == [1])
        #expect(try a.argmax(axis: 0).data == [0, 1, 1])
        #expect(try a.argmax().data == [5])
        #expect(try a.argmin().data == [1])  // the first of the two 1s
        #expect(Tensor([3, 4]).norm().data == [5])
        #expect(throws: EngineError("axis 2 is out of bounds for array of dimension 2")) { try a.sum(axis: 2) }
        #expect(throws: EngineError("zero-size array to reduction operation maximum which has no identity")) {
            try Tensor([]).max()
        }
    }

    @Test("max sends the gradient to the first largest element only")
    func maxGradient() throws {
        let x = Tensor([2, 7, 7, 1], requiresGrad: true)
        try x.max().backward()
        #expect(x.grad == [0, 1, 0, 0])
    }

    @Test("indexing: elements, rows, columns and slices, as numpy's basic indexing")
    func indexing() throws {
        let a = Tensor((0..<12).map(Double.init), shape: [3, 4])
        #expect(try a.index([.single(1), .single(2)]).data == [6])
        #expect(try a.index([.single(1), .single(2)]).shape == [])
        #expect(try a.index([.single(-1)]).data == [8, 9, 10, 11])
        #expect(try a.index([.all, .single(0)]).data == [0, 4, 8])
        #expect(try a.index([.range(1, nil), .range(nil, 2)]).data == [4, 5, 8, 9])
        #expect(try a.index([.range(-2, 100)]).shape == [2, 4])  // clamped as in Python
        #expect(try a.index([.single(0), .slice(nil, nil, step: -1)]).data == [3, 2, 1, 0])
        #expect(try a.index([.single(0), .slice(3, 0, step: -2)]).data == [3, 1])
        #expect(throws: EngineError("index 3 is out of bounds for axis 0 with size 3")) { try a.index([.single(3)]) }
        #expect(throws: EngineError("too many indices for array: array is 2-dimensional, but 3 were indexed")) {
            try a.index([.all, .all, .all])
        }
        let replaced = try a.replacing([.all, .single(1)], with: Tensor(scalar: -1))
        #expect(replaced.data == [0, -1, 2, 3, 4, -1, 6, 7, 8, -1, 10, 11])
        #expect(a.data[1] == 1)  // the original is unchanged
    }

    @Test("a single element, by positive or negative indices on every axis, is the row-major element")
    func elementIndexing() throws {
        let shape = [2, 3, 4]
        let a = Tensor((0..<24).map(Double.init), shape: shape, requiresGrad: true)
        for i in -2..<2 {
            for j in -3..<3 {
                for k in -4..<4 {
                    let flat = ((i + 2) % 2 * 3 + (j + 3) % 3) * 4 + (k + 4) % 4
                    let element = try a.index([.single(i), .single(j), .single(k)])
                    #expect(element.shape == [] && element.data == [Double(flat)])
                }
            }
        }
        #expect(throws: EngineError("index 4 is out of bounds for axis 2 with size 4")) {
            try a.index([.single(0), .single(0), .single(4)])
        }
        #expect(throws: EngineError("index -3 is out of bounds for axis 0 with size 2")) {
            try a.index([.single(-3), .single(0), .single(0)])
        }
        try (a.index([.single(1), .single(-1), .single(2)]) * 5).backward()
        #expect(a.grad == (0..<24).map { $0 == 22 ? 5 : 0 })
        let replaced = try a.replacing([.single(0), .single(1), .single(-1)], with: Tensor(scalar: -1))
        #expect(replaced.data[7] == -1 && replaced.data.filter { $0 == -1 }.count == 1)
    }

    @Test("reshape, transpose, stack, concat and columnStack")
    func shapes() throws {
        let a = Tensor([1, 2, 3, 4, 5, 6], shape: [2, 3])
        #expect(try a.reshape([3, -1]).shape == [3, 2])
        #expect(throws: EngineError("cannot reshape array of size 6 into shape (4, -1)")) { try a.reshape([4, -1]) }
        #expect(a.T.shape == [3, 2] && a.T.data == [1, 4, 2, 5, 3, 6])
        #expect(Tensor([1, 2]).T.shape == [2])
        #expect(try Tensor.stack([Tensor([1, 2]), Tensor([3, 4])]).data == [1, 2, 3, 4])
        let columns = try Tensor.stack([Tensor([1, 2]), Tensor([3, 4])], axis: 1)
        #expect(columns.shape == [2, 2] && columns.data == [1, 3, 2, 4])
        #expect(try Tensor.concat([a, Tensor([7, 8, 9], shape: [1, 3])]).shape == [3, 3])
        let wide = try Tensor.concat([a, Tensor([0, 0], shape: [2, 1])], axis: 1)
        #expect(wide.data == [1, 2, 3, 0, 4, 5, 6, 0])
        let design = try Tensor.columnStack([Tensor.ones([3]), Tensor([7, 8, 9])])
        #expect(design.shape == [3, 2] && design.data == [1, 7, 1, 8, 1, 9])
        #expect(throws: EngineError("all input arrays must have the same shape")) {
            try Tensor.stack([Tensor([1]), Tensor([1, 2])])
        }
    }

    @Test("matmul follows numpy's rules for 1-d operands")
    func matmulShapes() throws {
        let a = Tensor([1, 2, 3, 4, 5, 6], shape: [2, 3])
        let b = Tensor([1, 0, 0, 1, 1, 1], shape: [3, 2])
        let ab = try matmul(a, b)
        #expect(ab.shape == [2, 2] && ab.data == [4, 5, 10, 11])
        #expect(try matmul(a, Tensor([1, 1, 1])).data == [6, 15])
        #expect(try matmul(Tensor([1, 1]), a).data == [5, 7, 9])
        let dot = try matmul(Tensor([1, 2, 3]), Tensor([4, 5, 6]))
        #expect(dot.shape == [] && dot.data == [32])
        #expect(throws: EngineError(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)"
        )) { try matmul(a, a) }
    }

    @Test("factories agree with numpy to the last bit")
    func factories() throws {
        #expect(Tensor.eye(2).data == [1, 0, 0, 1])
        #expect(Tensor.zeros([2, 2]).data == [0, 0, 0, 0] && Tensor.ones([3]).data == [1, 1, 1])
        // np.linspace(-5, 5, 7)
        #expect(Tensor.linspace(-5, 5, 7).data == [
            -5.0, -3.333333333333333, -1.6666666666666665, 0.0, 1.666666666666667, 3.333333333333334, 5.0,
        ])
        // np.arange(1, 2, 0.1): the spacing is (1 + 0.1) − 1, not 0.1.
        #expect(try Tensor.arange(1, 2, 0.1).data == [
            1.0, 1.1, 1.2000000000000002, 1.3000000000000003, 1.4000000000000004, 1.5000000000000004,
            1.6000000000000005, 1.7000000000000006, 1.8000000000000007, 1.9000000000000008,
        ])
        // np.arange(0, 1, 0.1)
        #expect(try Tensor.arange(0, 1, 0.1).data == [
            0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9,
        ])
        // len(np.arange(-5, 5, 0.25)) == 40, last element 4.75
        let xs = try Tensor.arange(-5, 5, 0.25)
        #expect(xs.count == 40 && xs.data.last == 4.75)
        #expect(throws: EngineError("cannot make an array of shape (2, 2) from 3 elements")) {
            try Tensor.make([1, 2, 3], shape: [2, 2])
        }
    }

    @Test("comparisons give masks, and select picks by a mask")
    func comparisons() throws {
        let x = Tensor([-1, 0, 2])
        #expect(try x.compare(.gt, Tensor(scalar: 0)).data == [0, 0, 1])
        #expect(try x.compare(.le, Tensor([0, 0, 0])).data == [1, 1, 0])
        #expect(try Tensor.select(x.compare(.lt, Tensor(scalar: 0)), Tensor(scalar: 0), x).data == [0, 0, 2])
    }

    @Test func maximumAndMinimumBroadcastAndKeepNaN() throws {
        let x = Tensor([-1, .nan, 2])
        let larger = try Tensor.maximum(x, Tensor(scalar: 0))
        #expect(larger.data[0] == 0 && larger.data[1].isNaN && larger.data[2] == 2)
        let smaller = try Tensor.minimum(Tensor(scalar: 0), x)
        #expect(smaller.data[0] == -1 && smaller.data[1].isNaN && smaller.data[2] == 0)
        #expect(try Tensor.maximum(Tensor.make([1, 4], shape: [2, 1]), Tensor([2, 3])).data == [2, 3, 4, 4])
    }
}
