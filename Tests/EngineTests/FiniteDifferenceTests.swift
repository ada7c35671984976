import Foundation
import Testing
@testable import Engine

// Every operation's gradient is checked against central finite differences of the same
// function written on plain Doubles — an independent system, as micrograd's tests use PyTorch.

/// A one-input operation: the `Value` version under test and its plain-Double reference.
struct UnaryOp: Sendable, CustomTestStringConvertible {
    let name: String
    let domain: ClosedRange<Double>
    let onValue: @Sendable (Value) -> Value
    let onDouble: @Sendable (Double) -> Double
    var testDescription: String { name }
}

/// A two-input operation, checked in both partial derivatives.
struct BinaryOp: Sendable, CustomTestStringConvertible {
    let name: String
    let lhsDomain: ClosedRange<Double>
    let rhsDomain: ClosedRange<Double>
    let onValues: @Sendable (Value, Value) -> Value
    let onDoubles: @Sendable (Double, Double) -> Double
    var testDescription: String { name }
}

let unaryOps: [UnaryOp] = [
    UnaryOp(name: "-x", domain: -3...3, onValue: { -$0 }, onDouble: { -$0 }),
    UnaryOp(name: "x + 2.5", domain: -3...3, onValue: { $0 + 2.5 }, onDouble: { $0 + 2.5 }),
    UnaryOp(name: "2.5 + x", domain: -3...3, onValue: { 2.5 + $0 }, onDouble: { 2.5 + $0 }),
    UnaryOp(name: "x - 2.5", domain: -3...3, onValue: { $0 - 2.5 }, onDouble: { $0 - 2.5 }),
    UnaryOp(name: "2.5 - x", domain: -3...3, onValue: { 2.5 - $0 }, onDouble: { 2.5 - $0 }),
    UnaryOp(name: "x * -1.5", domain: -3...3, onValue: { $0 * -1.5 }, onDouble: { $0 * -1.5 }),
    UnaryOp(name: "-1.5 * x", domain: -3...3, onValue: { -1.5 * $0 }, onDouble: { -1.5 * $0 }),
    UnaryOp(name: "x / 3", domain: -3...3, onValue: { $0 / 3 }, onDouble: { $0 / 3 }),
    UnaryOp(name: "3 / x", domain: 0.5...3, onValue: { 3 / $0 }, onDouble: { 3 / $0 }),
    UnaryOp(name: "pow(x, 2)", domain: -3...3, onValue: { pow($0, 2) }, onDouble: { $0 * $0 }),
    UnaryOp(name: "pow(x, 3)", domain: -3...3, onValue: { pow($0, 3) }, onDouble: { $0 * $0 * $0 }),
    UnaryOp(name: "pow(x, -1)", domain: 0.5...3, onValue: { pow($0, -1) }, onDouble: { 1 / $0 }),
    UnaryOp(name: "pow(x, 0.5)", domain: 0.5...3, onValue: { pow($0, 0.5) }, onDouble: { Foundation.sqrt($0) }),
    UnaryOp(name: "pow(x, 2.7)", domain: 0.5...3, onValue: { pow($0, 2.7) }, onDouble: { Foundation.pow($0, 2.7) }),
    UnaryOp(name: "exp", domain: -3...3, onValue: { $0.exp() }, onDouble: { Foundation.exp($0) }),
    UnaryOp(name: "log", domain: 0.1...5, onValue: { $0.log() }, onDouble: { Foundation.log($0) }),
    UnaryOp(name: "sqrt", domain: 0.1...5, onValue: { $0.sqrt() }, onDouble: { Foundation.sqrt($0) }),
    UnaryOp(name: "sin", domain: -4...4, onValue: { $0.sin() }, onDouble: { Foundation.sin($0) }),
    UnaryOp(name: "cos", domain: -4...4, onValue: { $0.cos() }, onDouble: { Foundation.cos($0) }),
    UnaryOp(name: "tanh", domain: -3...3, onValue: { $0.tanh() }, onDouble: { Foundation.tanh($0) }),
    UnaryOp(name: "sigmoid", domain: -6...6, onValue: { $0.sigmoid() }, onDouble: { 1 / (1 + Foundation.exp(-$0)) }),
    UnaryOp(name: "relu", domain: -3...3, onValue: { $0.relu() }, onDouble: { max(0, $0) }),
]

let binaryOps: [BinaryOp] = [
    BinaryOp(name: "a + b", lhsDomain: -3...3, rhsDomain: -3...3, onValues: { $0 + $1 }, onDoubles: { $0 + $1 }),
    BinaryOp(name: "a - b", lhsDomain: -3...3, rhsDomain: -3...3, onValues: { $0 - $1 }, onDoubles: { $0 - $1 }),
    BinaryOp(name: "a * b", lhsDomain: -3...3, rhsDomain: -3...3, onValues: { $0 * $1 }, onDoubles: { $0 * $1 }),
    BinaryOp(name: "a / b", lhsDomain: -3...3, rhsDomain: 0.5...3, onValues: { $0 / $1 }, onDoubles: { $0 / $1 }),
    BinaryOp(name: "a / -b", lhsDomain: -3...3, rhsDomain: 0.5...3, onValues: { $0 / -$1 }, onDoubles: { $0 / -$1 }),
    BinaryOp(
        name: "pow(a, b)", lhsDomain: 0.5...3, rhsDomain: -2...2,
        onValues: { pow($0, $1) }, onDoubles: { Foundation.pow($0, $1) }
    ),
]

/// Central difference (f(x+h) − f(x−h)) / 2h: error O(h²) from truncation plus O(ε/h) from
/// rounding, about 1e-10 at this h.
func centralDifference(_ f: (Double) -> Double, at x: Double, step h: Double = 1e-5) -> Double {
    (f(x + h) - f(x - h)) / (2 * h)
}

/// Agreement to 1e-6, relative to the size of the numbers once they exceed 1.
func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-6) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}

/// Points drawn from `domain`, away from the kink of relu at 0.
func samplePoints(in domain: ClosedRange<Double>, count: Int, using generator: inout SeededGenerator) -> [Double] {
    var points: [Double] = []
    while points.count < count {
        let x = Double.random(in: domain, using: &generator)
        if abs(x) > 1e-3 { points.append(x) }
    }
    return points
}

@Test("unary gradient matches central differences", arguments: unaryOps)
func unaryGradient(_ op: UnaryOp) {
    var generator = SeededGenerator(seed: 1)
    for x in samplePoints(in: op.domain, count: 6, using: &generator) {
        let input = Value(x)
        let output = op.onValue(input)
        output.backward()
        #expect(isClose(output.data, op.onDouble(x), tolerance: 1e-12), "value of \(op.name) at \(x)")
        let numeric = centralDifference(op.onDouble, at: x)
        #expect(isClose(input.grad, numeric), "d/dx \(op.name) at \(x): \(input.grad) vs \(numeric)")
    }
}

@Test("binary gradients match central differences", arguments: binaryOps)
func binaryGradient(_ op: BinaryOp) {
    var generator = SeededGenerator(seed: 2)
    let lhsPoints = samplePoints(in: op.lhsDomain, count: 6, using: &generator)
    let rhsPoints = samplePoints(in: op.rhsDomain, count: 6, using: &generator)
    for (a, b) in zip(lhsPoints, rhsPoints) {
        let (lhs, rhs) = (Value(a), Value(b))
        let output = op.onValues(lhs, rhs)
        output.backward()
        #expect(isClose(output.data, op.onDoubles(a, b), tolerance: 1e-12), "value of \(op.name) at (\(a), \(b))")
        let dA = centralDifference({ op.onDoubles($0, b) }, at: a)
        let dB = centralDifference({ op.onDoubles(a, $0) }, at: b)
        #expect(isClose(lhs.grad, dA), "d/da \(op.name) at (\(a), \(b)): \(lhs.grad) vs \(dA)")
        #expect(isClose(rhs.grad, dB), "d/db \(op.name) at (\(a), \(b)): \(rhs.grad) vs \(dB)")
    }
}

@Test("a composite expression matches central differences in every input")
func compositeGradient() throws {
    func f(_ v: [Value]) -> Value {
        let (x, y, z) = (v[0], v[1], v[2])
        return (x * y + z.sin()).tanh() * (x / (1 + y * y)).exp() - pow(z.sigmoid(), x) + (x - z).relu()
    }
    func reference(_ p: [Double]) -> Double {
        let (x, y, z) = (p[0], p[1], p[2])
        let s = 1 / (1 + Foundation.exp(-z))
        return Foundation.tanh(x * y + Foundation.sin(z)) * Foundation.exp(x / (1 + y * y))
            - Foundation.pow(s, x) + max(0, x - z)
    }
    var generator = SeededGenerator(seed: 3)
    for _ in 0..<5 {
        let point = (0..<3).map { _ in Double.random(in: -2...2, using: &generator) }
        let (value, gradient) = Gradient.valueAndGradient(at: point, of: f)
        #expect(isClose(value, reference(point), tolerance: 1e-12))
        for i in 0..<3 {
            let numeric = centralDifference({ t in
                var shifted = point
                shifted[i] = t
                return reference(shifted)
            }, at: point[i])
            #expect(isClose(gradient[i], numeric), "∂f/∂x\(i) at \(point): \(gradient[i]) vs \(numeric)")
        }
    }
}

@Test("the many-input nodes dot and sum, and max, match central differences in every input")
func manyInputGradients() {
    // f(b, w₁, w₂, x₁, x₂) = max(b + w₁x₁ + w₂x₂, w₁ + x₂) + Σ(w₁, x₁, b)², one node for each of dot and sum.
    func f(_ v: [Value]) -> Value {
        let z = Value.dot([v[1], v[2]], [v[3], v[4]], plus: v[0])
        return max(z, v[1] + v[4]) + pow(Value.sum([v[1], v[3], v[0]]), 2)
    }
    func reference(_ p: [Double]) -> Double {
        max(p[0] + p[1] * p[3] + p[2] * p[4], p[1] + p[4]) + pow(p[1] + p[3] + p[0], 2)
    }
    var generator = SeededGenerator(seed: 4)
    for _ in 0..<6 {
        let point = (0..<5).map { _ in Double.random(in: -2...2, using: &generator) }
        let (value, gradient) = Gradient.valueAndGradient(at: point, of: f)
        #expect(isClose(value, reference(point), tolerance: 1e-12))
        for i in 0..<5 {
            let numeric = centralDifference({ t in
                var shifted = point
                shifted[i] = t
                return reference(shifted)
            }, at: point[i])
            #expect(isClose(gradient[i], numeric), "∂f/∂x\(i) at \(point): \(gradient[i]) vs \(numeric)")
        }
    }
}
