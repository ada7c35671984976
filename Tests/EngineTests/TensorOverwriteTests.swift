import Testing
@testable import Engine

// `Tensor.overwrite` against `combine`, the allocating operation it stands in for: the elements must be identical
// (the same formula on the same numbers, in the same order), and every case it declines must leave the tensor as
// it was.

@Suite("Operations written over a tensor's own elements")
struct TensorOverwriteTests {
    static let operations: [(ElementwiseOperation, @Sendable (Tensor, Tensor) throws -> Tensor)] = [
        (.add, { try $0 + $1 }), (.subtract, { try $0 - $1 }), (.multiply, { try $0 * $1 }), (.divide, { try $0 / $1 }),
    ]

    @Test("Every operation, either order, the same shape, a single element or a row: the elements combine gives",
          arguments: [([2, 3], [2, 3]), ([2, 3], [3]), ([4, 2, 3], [2, 3]), ([2, 3], [1]), ([2, 3], []), ([0, 3], [3])])
    func matchesCombine(shapes: ([Int], [Int])) throws {
        var generator = SeededGenerator(seed: 7)
        for (operation, combined) in Self.operations {
            for selfFirst in [true, false] {
                let x = randomTensor(shapes.0, in: -3...3, using: &generator)
                let y = randomTensor(shapes.1, in: 0.5...3, using: &generator)
                let expected = try selfFirst ? combined(x, y) : combined(y, x)
                #expect(x.overwrite(operation, y, selfFirst: selfFirst))
                #expect(x.shape == expected.shape)
                #expect(x.data.map(\.bitPattern) == expected.data.map(\.bitPattern), "\(operation) \(selfFirst)")
            }
        }
    }

    @Test("A number on either side gives the elements combine gives")
    func number() throws {
        var generator = SeededGenerator(seed: 8)
        for (operation, combined) in Self.operations {
            for selfFirst in [true, false] {
                let x = randomTensor([5], in: -3...3, using: &generator)
                let expected = try selfFirst ? combined(x, Tensor(scalar: 0.7)) : combined(Tensor(scalar: 0.7), x)
                #expect(x.overwrite(operation, 0.7, selfFirst: selfFirst))
                #expect(x.data.map(\.bitPattern) == expected.data.map(\.bitPattern))
            }
        }
    }

    @Test("Declined, and left as it was: a graph on either side, a gradient, a result of another shape")
    func declines() throws {
        let recording = Tensor([1, 2, 3], requiresGrad: true)
        let plain = Tensor([1, 2, 3])
        #expect(!recording.overwrite(.add, plain, selfFirst: true))
        #expect(!recording.overwrite(.add, 1, selfFirst: true))
        #expect(!plain.overwrite(.add, recording, selfFirst: true))
        let withGradient = Tensor([1, 2, 3])
        withGradient.grad = [1, 1, 1]
        #expect(!withGradient.overwrite(.multiply, 2, selfFirst: true))
        // A column against a matrix broadcasts in numpy, to the matrix's shape, but is not a trailing-axes row.
        let matrix = Tensor([1, 2, 3, 4, 5, 6], shape: [2, 3])
        #expect(!matrix.overwrite(.add, Tensor([1, 2], shape: [2, 1]), selfFirst: true))
        #expect(!plain.overwrite(.add, Tensor([1, 2, 3, 4, 5, 6], shape: [2, 3]), selfFirst: true))
        #expect(!plain.overwrite(.add, Tensor([1, 2]), selfFirst: true))
        // A single element of higher rank raises the result's rank: [3] with [[x]] is [[…]].
        #expect(!plain.overwrite(.add, Tensor([1], shape: [1, 1]), selfFirst: true))
        #expect(plain.data == [1, 2, 3] && withGradient.data == [1, 2, 3] && matrix.data == [1, 2, 3, 4, 5, 6])
        #expect(recording.data == [1, 2, 3])
    }

    @Test("A tensor that shares its elements with another (a reshape) writes over a copy of them")
    func sharedElements() throws {
        let original = Tensor([1, 2, 3, 4], shape: [4])
        let reshaped = try original.reshape([2, 2])
        #expect(reshaped.overwrite(.multiply, 10, selfFirst: true))
        #expect(reshaped.data == [10, 20, 30, 40])
        #expect(original.data == [1, 2, 3, 4])
    }
}
