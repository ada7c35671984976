import Foundation
import Testing
@testable import Engine

// Property-style gradient checks: every differentiable tensor operation, on random inputs drawn
// from a seeded generator, broadcasting included, against central finite differences.

/// A differentiable tensor operation, its input shapes and the domain its inputs are drawn from.
struct TensorCase: Sendable, CustomTestStringConvertible {
    let name: String
    let shapes: [[Int]]
    var domain: ClosedRange<Double> = -2...2
    let f: @Sendable ([Tensor]) throws -> Tensor
    var testDescription: String { name }
}

let elementwiseCases: [TensorCase] = [
    TensorCase(name: "-x", shapes: [[2, 3]]) { -$0[0] },
    TensorCase(name: "x + 2.5, 2.5 - x", shapes: [[3]]) { try ($0[0] + 2.5) * (2.5 - $0[0]) },
    TensorCase(name: "x * 3, 3 / x", shapes: [[3]], domain: 0.5...3) { try ($0[0] * 3) + (3 / $0[0]) },
    TensorCase(name: "x / 4 - 1", shapes: [[2, 2]]) { $0[0] / 4 - 1 },
    TensorCase(name: "pow(x, 3)", shapes: [[2, 3]]) { pow($0[0], 3) },
    TensorCase(name: "pow(x, 0.5)", shapes: [[4]], domain: 0.2...3) { pow($0[0], 0.5) },
    TensorCase(name: "exp", shapes: [[2, 3]]) { $0[0].exp() },
    TensorCase(name: "log", shapes: [[2, 3]], domain: 0.1...4) { $0[0].log() },
    TensorCase(name: "sqrt", shapes: [[5]], domain: 0.1...4) { $0[0].sqrt() },
    TensorCase(name: "sin", shapes: [[5]], domain: -4...4) { $0[0].sin() },
    TensorCase(name: "cos", shapes: [[5]], domain: -4...4) { $0[0].cos() },
    TensorCase(name: "tanh", shapes: [[5]]) { $0[0].tanh() },
    TensorCase(name: "sigmoid", shapes: [[2, 4]], domain: -6...6) { $0[0].sigmoid() },
    TensorCase(name: "relu", shapes: [[8]]) { $0[0].relu() },
    TensorCase(name: "abs", shapes: [[8]]) { $0[0].abs() },
    TensorCase(name: "leakyRelu", shapes: [[8]]) { $0[0].leakyRelu(slope: 0.1) },
    TensorCase(name: "elu", shapes: [[8]]) { $0[0].elu(alpha: 0.7) },
    TensorCase(name: "softplus", shapes: [[8]], domain: -5...5) { $0[0].softplus() },
    TensorCase(name: "swish", shapes: [[8]], domain: -4...4) { $0[0].swish() },
    TensorCase(name: "clip", shapes: [[8]]) { $0[0].clip(-1, 1) },
]

let broadcastCases: [TensorCase] = [
    TensorCase(name: "a + b, same shape", shapes: [[2, 3], [2, 3]]) { try $0[0] + $0[1] },
    TensorCase(name: "a + b, (2,3) and (3,)", shapes: [[2, 3], [3]]) { try $0[0] + $0[1] },
    TensorCase(name: "a - b, (3,1) and (1,4)", shapes: [[3, 1], [1, 4]]) { try $0[0] - $0[1] },
    TensorCase(name: "a * b, () and (2,2)", shapes: [[], [2, 2]]) { try $0[0] * $0[1] },
    TensorCase(name: "a * b, (2,1,3) and (4,1)", shapes: [[2, 1, 3], [4, 1]]) { try $0[0] * $0[1] },
    TensorCase(name: "a / b, (2,3) and (2,1)", shapes: [[2, 3], [2, 1]], domain: 0.5...3) { try $0[0] / $0[1] },
    TensorCase(name: "pow(a, b), (3,) and (2,1)", shapes: [[3], [2, 1]], domain: 0.5...2) { try pow($0[0], $0[1]) },
    TensorCase(name: "select(a > 0, a, b)", shapes: [[2, 3], [3]]) {
        try Tensor.select($0[0].compare(.gt, Tensor(scalar: 0)), $0[0], $0[1])
    },
    TensorCase(name: "broadcast(to:)", shapes: [[3, 1]]) { try $0[0].broadcast(to: [2, 3, 4]) },
    TensorCase(name: "maximum(a, b), (2,3) and (3,)", shapes: [[2, 3], [3]]) { try Tensor.maximum($0[0], $0[1]) },
    TensorCase(name: "minimum(a, b), (3,) and (2,1)", shapes: [[3], [2, 1]]) { try Tensor.minimum($0[0], $0[1]) },
]

let structuralCases: [TensorCase] = [
    TensorCase(name: "sum()", shapes: [[2, 3]]) { try $0[0].sum() },
    TensorCase(name: "sum(axis: 0)", shapes: [[2, 3]]) { try $0[0].sum(axis: 0) },
    TensorCase(name: "sum(axis: -1, keepDims)", shapes: [[2, 3, 2]]) { try $0[0].sum(axis: -1, keepDims: true) },
    TensorCase(name: "mean(axis: 1)", shapes: [[3, 4]]) { try $0[0].mean(axis: 1) },
    TensorCase(name: "mean()", shapes: [[5]]) { try $0[0].mean() },
    TensorCase(name: "max(axis: 0)", shapes: [[4, 3]]) { try $0[0].max(axis: 0) },
    TensorCase(name: "min()", shapes: [[6]]) { try $0[0].min() },
    TensorCase(name: "norm", shapes: [[2, 3]]) { $0[0].norm() },
    TensorCase(name: "reshape", shapes: [[2, 3]]) { try $0[0].reshape([3, -1]) * Tensor([1, 2]) },
    TensorCase(name: "T", shapes: [[2, 3]]) { try $0[0].T * Tensor([1, 2]) },
    TensorCase(name: "transposed 3-d", shapes: [[2, 3, 4]]) { try $0[0].transposed([1, 0, 2]) },
    TensorCase(name: "concat axis 0", shapes: [[2, 3], [1, 3]]) { try Tensor.concat([$0[0], $0[1]]) },
    TensorCase(name: "concat axis 1", shapes: [[2, 3], [2, 2]]) { try Tensor.concat([$0[0], $0[1]], axis: 1) },
    TensorCase(name: "stack axis 1", shapes: [[3], [3]]) { try Tensor.stack([$0[0], $0[1]], axis: 1) },
    TensorCase(name: "columnStack", shapes: [[4], [4, 2]]) { try Tensor.columnStack([$0[0], $0[1]]) },
    TensorCase(name: "index one element", shapes: [[3, 4]]) { try $0[0].index([.single(1), .single(-1)]) },
    TensorCase(name: "index row", shapes: [[3, 4]]) { try $0[0].index([.single(1)]) },
    TensorCase(name: "index column from the end", shapes: [[3, 4]]) { try $0[0].index([.all, .single(-1)]) },
    TensorCase(name: "index range", shapes: [[5, 2]]) { try $0[0].index([.range(1, 4), .single(0)]) },
    TensorCase(name: "index reversed", shapes: [[5]]) { try $0[0].index([.slice(nil, nil, step: -2)]) },
    TensorCase(name: "replacing", shapes: [[3, 4], [4]]) { try $0[0].replacing([.single(1)], with: $0[1]) * 2 },
    TensorCase(name: "matmul 2-d @ 2-d", shapes: [[3, 4], [4, 2]]) { try matmul($0[0], $0[1]) },
    TensorCase(name: "matmul 2-d @ 1-d", shapes: [[3, 4], [4]]) { try matmul($0[0], $0[1]) },
    TensorCase(name: "matmul 1-d @ 2-d", shapes: [[4], [4, 2]]) { try matmul($0[0], $0[1]) },
    TensorCase(name: "matmul 1-d @ 1-d", shapes: [[4], [4]]) { try matmul($0[0], $0[1]) },
    TensorCase(name: "a value used twice", shapes: [[3]]) { try $0[0] * $0[0].sin() + $0[0] },
]

@Test("elementwise gradients match central differences", arguments: elementwiseCases)
func elementwiseTensorGradient(_ c: TensorCase) throws {
    try expectGradientsMatch(c, seed: 11)
}

@Test("broadcast gradients match central differences", arguments: broadcastCases)
func broadcastTensorGradient(_ c: TensorCase) throws {
    try expectGradientsMatch(c, seed: 12)
}

@Test("reduction, shape, indexing and matmul gradients match central differences", arguments: structuralCases)
func structuralTensorGradient(_ c: TensorCase) throws {
    try expectGradientsMatch(c, seed: 13)
}

/// Three random draws of the inputs, each checked element by element.
func expectGradientsMatch(_ c: TensorCase, seed: UInt64) throws {
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<3 {
        let inputs = randomTensors(c.shapes, in: c.domain, using: &generator)
        let mismatches = try gradientMismatches(of: c.f, at: inputs, using: &generator)
        #expect(mismatches.isEmpty, "\(c.name): \(mismatches.joined(separator: "; "))")
    }
}

@Test("a composite network-like expression matches central differences in every input")
func compositeTensorGradient() throws {
    // tanh(X·W + b) reduced by a softplus and a mean: the shape of one dense layer and its loss.
    var generator = SeededGenerator(seed: 14)
    let inputs = randomTensors([[5, 3], [3, 4], [4]], in: -1.5...1.5, using: &generator)
    let mismatches = try gradientMismatches(of: { t in
        try (matmul(t[0], t[1]) + t[2]).tanh().softplus().mean(axis: 0)
    }, at: inputs, using: &generator)
    #expect(mismatches.isEmpty, "\(mismatches)")
}

@Test("each node of a graph with shared uses is sorted once, in a small graph and in one past the array's 64 nodes",
      arguments: [10, 200])
func sharedUsesSortedOnce(steps: Int) throws {
    // y ← (y + y)·½ keeps y = x with dy/dx = 1, whatever the depth; a node counted twice would double a gradient.
    let x = Tensor([0.5, -2], requiresGrad: true)
    var y = x
    for _ in 0..<steps { y = try (y + y) * 0.5 }
    try y.sum().backward()
    #expect(y.data == [0.5, -2])
    #expect(x.grad == [1, 1])
}
