import Foundation
@testable import Engine

// The tensor gradient checker: autodiff against central differences of the same function run
// without a graph. The function is reduced to a scalar with fixed random weights, L = Σ w·f(x),
// so that each output element's gradient is exercised with a different seed value.

/// Random tensors of the given shapes with elements from `domain`, kept away from the kinks of
/// relu, abs and clip (0 and ±1), where a central difference straddles two slopes.
func randomTensors(_ shapes: [[Int]], in domain: ClosedRange<Double>, using generator: inout SeededGenerator) -> [Tensor] {
    shapes.map { shape in
        var values: [Double] = []
        while values.count < shape.reduce(1, *) {
            let x = Double.random(in: domain, using: &generator)
            if [0.0, 1.0, -1.0].allSatisfy({ Swift.abs(x - $0) > 1e-2 }) { values.append(x) }
        }
        return Tensor(values, shape: shape)
    }
}

/// Mismatches between the autodiff gradient of Σ w·f(inputs) and its central differences, one
/// message per element that disagrees beyond 1e-6 (relative once the numbers exceed 1).
func gradientMismatches(
    of f: ([Tensor]) throws -> Tensor, at inputs: [Tensor], using generator: inout SeededGenerator
) throws -> [String] {
    let variables = inputs.map { Tensor($0.data, shape: $0.shape, requiresGrad: true) }
    let output = try f(variables)
    let weights = Tensor((0..<output.count).map { _ in Double.random(in: -1...1, using: &generator) }, shape: output.shape)
    try (output * weights).sum().backward()

    func loss(_ points: [Tensor]) throws -> Double {
        try (f(points) * weights).sum().item()
    }
    var mismatches: [String] = []
    let h = 1e-5
    for (n, input) in inputs.enumerated() {
        let analytic = variables[n].gradient.data
        for i in 0..<input.count {
            func shifted(_ delta: Double) -> [Tensor] {
                var copy = inputs
                var values = input.data
                values[i] += delta
                copy[n] = Tensor(values, shape: input.shape)
                return copy
            }
            let numeric = (try loss(shifted(h)) - loss(shifted(-h))) / (2 * h)
            if !isClose(analytic[i], numeric) {
                mismatches.append("input \(n) element \(i): autodiff \(analytic[i]), finite difference \(numeric)")
            }
        }
    }
    return mismatches
}
