import Foundation
import Testing
@testable import Engine

// The elementwise and reduction loops against definitions written element by element. Forward
// values of elementwise operations must be identical (the same formula on the same numbers);
// sums may differ from a sequential sum only by rounding in another order, bounded by
// 1e-13·Σ|x|. Shapes cover every way an operand can meet the output: the same shape, a scalar,
// a repeated row, a table of indices, and empty arrays.

/// Pairs of operand shapes, one for each way `Operand` reads a broadcast operand.
let broadcastShapePairs: [([Int], [Int])] = [
    ([3, 4], [3, 4]),  // the same shape
    ([], [3, 4]), ([3, 4], []), ([1], [5]), ([1, 1], [2, 3]),  // a scalar on either side
    ([3, 4], [4]), ([4], [2, 3, 4]),  // a repeated row
    ([3, 1], [1, 4]), ([2, 1, 3], [4, 1]),  // index tables on both sides
    ([0, 3], [3]), ([0], []),  // empty
]

func randomTensor(_ shape: [Int], in domain: ClosedRange<Double>, using generator: inout SeededGenerator) -> Tensor {
    Tensor((0..<shape.reduce(1, *)).map { _ in Double.random(in: domain, using: &generator) }, shape: shape)
}

/// f applied to each pair of elements that broadcasting puts together, through `broadcast(to:)`.
func elementByElement(_ a: Tensor, _ b: Tensor, _ f: (Double, Double) -> Double) throws -> [Double] {
    let shape = try Broadcast.shape(a.shape, b.shape)
    let (x, y) = (try a.broadcast(to: shape).data, try b.broadcast(to: shape).data)
    return zip(x, y).map(f)
}

/// A sum accurate to the last bit for these sizes (Neumaier's compensated sum), and Σ|x|.
func referenceSum(_ x: [Double]) -> (sum: Double, scale: Double) {
    var (sum, compensation, scale) = (0.0, 0.0, 0.0)
    for value in x {
        let t = sum + value
        compensation += abs(sum) >= abs(value) ? (sum - t) + value : (value - t) + sum
        sum = t
        scale += abs(value)
    }
    return (sum + compensation, scale)
}

struct ElementwiseKernelTests {
    @Test("binary operations equal their definition element by element, for every broadcast layout",
          arguments: broadcastShapePairs)
    func binaryLayouts(shapes: ([Int], [Int])) throws {
        var generator = SeededGenerator(seed: 21)
        let a = randomTensor(shapes.0, in: 0.5...2, using: &generator)
        let b = randomTensor(shapes.1, in: -2...2, using: &generator)
        #expect(try (a + b).data == elementByElement(a, b, +))
        #expect(try (a - b).data == elementByElement(a, b, -))
        #expect(try (a * b).data == elementByElement(a, b, *))
        #expect(try (b / a).data == elementByElement(b, a, /))
        #expect(try pow(a, b).data == elementByElement(a, b, Foundation.pow))
        #expect(try maximum(a, b).data == elementByElement(a, b, Swift.max))
        #expect(try a.compare(.lt, b).data == elementByElement(a, b) { $0 < $1 ? 1 : 0 })
        #expect(try (a * b).shape == Broadcast.shape(a.shape, b.shape))
    }

    @Test("the gradient of a broadcast operand is the output gradient summed over its repeats",
          arguments: broadcastShapePairs)
    func unbroadcastGradient(shapes: ([Int], [Int])) throws {
        // L = Σ w·(a·b): ∂L/∂bⱼ = Σ w·a over the output elements that bⱼ fed.
        var generator = SeededGenerator(seed: 22)
        let a = randomTensor(shapes.0, in: -2...2, using: &generator)
        let b = randomTensor(shapes.1, in: -2...2, using: &generator)
        let shape = try Broadcast.shape(a.shape, b.shape)
        let w = randomTensor(shape, in: -1...1, using: &generator)
        let variable = Tensor(b.data, shape: b.shape, requiresGrad: true)
        try (try a * variable * w).sum().backward()
        let sources = Broadcast.sourceIndices(of: b.shape, in: shape) ?? Array(0..<b.count)
        let weighted = zip(try a.broadcast(to: shape).data, w.data).map { $0 * $1 }
        for j in 0..<b.count {
            let (expected, scale) = referenceSum(sources.indices.filter { sources[$0] == j }.map { weighted[$0] })
            #expect(abs(variable.gradient.data[j] - expected) <= 1e-13 * scale, "element \(j)")
        }
    }

    @Test("sums of runs on and off the pairwise blocks' boundaries",
          arguments: [0, 1, 7, 8, 9, 127, 128, 129, 1000, 100_003])
    func sumLengths(count: Int) throws {
        var generator = SeededGenerator(seed: UInt64(count))
        let x = (0..<count).map { _ in Double.random(in: -1...1, using: &generator) }
        let (expected, scale) = referenceSum(x)
        #expect(abs(try Tensor(x).sum().item() - expected) <= 1e-13 * scale)
        #expect(abs(Tensor(x).norm().data[0] - referenceSum(x.map { $0 * $0 }).sum.squareRoot()) <= 1e-13 * Swift.max(scale, 1))
    }

    @Test("column sums of rows add each column's rows in order from zero: the bits of the plain loop",
          arguments: [0, 1, 3, 4, 5, 8, 13])
    func rowSumsInOrder(width: Int) {
        var generator = SeededGenerator(seed: UInt64(40 + width))
        for rows in [0, 1, 2, 7] {
            // Magnitudes from 1e-8 to 1e8, so that another order of the additions would change low bits; a -0 row
            // first, whose sum from +0 is +0.
            var x = (0..<(rows * width)).map { _ in
                Double.random(in: -1...1, using: &generator) * Foundation.pow(10, Double(Int.random(in: -8...8, using: &generator)))
            }
            if rows > 0 { for i in 0..<width { x[i] = -0.0 } }
            var expected = [Double](repeating: 0, count: width)
            for r in 0..<rows { for i in 0..<width { expected[i] += x[r * width + i] } }
            let totals = x.withUnsafeBufferPointer { x in
                [Double](unsafeUninitializedCapacity: width) { totals, count in
                    Summation.sumRows(x, rows: rows, width: width, into: totals)
                    count = width
                }
            }
            #expect(totals.map(\.bitPattern) == expected.map(\.bitPattern), "\(rows) rows of \(width)")
        }
    }

    @Test("sum, max, min and argmax along each axis equal their definitions", arguments: [0, 1, 2])
    func reductionsAlongAxes(axis: Int) throws {
        var generator = SeededGenerator(seed: 23)
        let shape = [3, 140, 5]  // 140 along an axis: past one pairwise block
        let t = randomTensor(shape, in: -1...1, using: &generator)
        let strides = [shape[1] * shape[2], shape[2], 1]
        var kept = shape
        kept.remove(at: axis)
        // Each result element gathers the elements that differ from it only along `axis`.
        let lines = (0..<(kept[0] * kept[1])).map { r -> [Double] in
            var position = [r / kept[1], r % kept[1]]
            position.insert(0, at: axis)
            return (0..<shape[axis]).map { k in
                var at = position
                at[axis] = k
                return t.data[zip(at, strides).map { $0 * $1 }.reduce(0, +)]
            }
        }
        let sums = try t.sum(axis: axis).data
        for (total, line) in zip(sums, lines) {
            let (expected, scale) = referenceSum(line)
            #expect(abs(total - expected) <= 1e-13 * scale)
        }
        #expect(try t.max(axis: axis).data == lines.map { $0.max()! })
        #expect(try t.min(axis: axis).data == lines.map { $0.min()! })
        #expect(try t.argmax(axis: axis).data == lines.map { Double($0.firstIndex(of: $0.max()!)!) })
        #expect(try t.sum(axis: axis).shape == kept)
    }

    @Test("extremes take the first of equal elements, and a NaN wins wherever it is")
    func extremeTiesAndNaN() throws {
        let t = Tensor([1, 3, 3, 0, .nan, 2, 2, 2, 1], shape: [3, 3])
        #expect(try t.argmax(axis: 1).data == [1, 1, 0])
        #expect(try t.argmin(axis: 1).data == [0, 1, 2])
        let columnMax = try t.max(axis: 0).data
        #expect(columnMax[0] == 2 && columnMax[1].isNaN && columnMax[2] == 3)
    }

    @Test("unary functions equal their scalar formulas element by element")
    func unaryFunctions() {
        let x = Tensor([-3, -1.5, -0.0, 0, 0.25, 2, 40])
        let pairs: [(Tensor, (Double) -> Double)] = [
            (x.exp(), Foundation.exp), (x.tanh(), Tanh.value), (x.sigmoid(), StableMath.sigmoid),
            (x.relu(), { Swift.max(0, $0) }), (x.abs(), Swift.abs), (x.softplus(), StableMath.softplus),
            (x.leakyRelu(slope: 0.1), { $0 > 0 ? $0 : 0.1 * $0 }), (x.clip(-1, 1), { Swift.min(Swift.max($0, -1), 1) }),
            (-x, { -$0 }), (pow(x, 3), { Foundation.pow($0, 3) }),
        ]
        for (result, f) in pairs {
            #expect(result.data.map(\.bitPattern) == x.data.map { f($0).bitPattern })
        }
    }

    @Test("a tensor with a number, either way round, equals the tensor with the number as a 0-d tensor")
    func numberOperands() throws {
        var generator = SeededGenerator(seed: 11)
        let data = randomTensor([3, 4], in: -5...5, using: &generator).data
        for number in [2.5, -0.0, 0, 1e-300, -7] {
            for requiresGrad in [false, true] {
                let t = Tensor(data, shape: [3, 4], requiresGrad: requiresGrad)
                let s = Tensor(scalar: number)
                let pairs: [(Tensor, Tensor)] = [
                    (t + number, try t + s), (number + t, try s + t), (t - number, try t - s), (number - t, try s - t),
                    (t * number, try t * s), (number * t, try s * t), (t / number, try t / s), (number / t, try s / t),
                ]
                for (fast, general) in pairs {
                    #expect(fast.shape == general.shape)
                    #expect(fast.data.map(\.bitPattern) == general.data.map(\.bitPattern))
                    #expect(fast.requiresGrad == requiresGrad)
                }
            }
        }
        let x = Tensor(data, shape: [3, 4], requiresGrad: true)
        try (2.5 * x - 1).sum().backward()
        #expect(x.grad == Array(repeating: 2.5, count: 12))
    }
}
