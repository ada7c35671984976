import Foundation
import Testing
@testable import Engine

@Test("value and gradient of a function of one variable")
func oneVariable() {
    // f(x) = x³ at 2: value 8, derivative 3x² = 12.
    let (value, gradient) = Gradient.valueAndGradient(at: [2]) { pow($0[0], 3) }
    #expect(value == 8)
    #expect(gradient == [12])
}

@Test("the one-variable form gives valueAndGradient's numbers to the bit", arguments: [-2.5, -0.3, 0, 0.7, 1.9])
func oneVariableForm(x: Double) {
    // g(x) = x⁶ − 5x⁴ + 4x² + x/3: an input used by several nodes, whose contributions are summed.
    func g(_ x: Value) -> Value { pow(x, 6) - 5 * pow(x, 4) + 4 * pow(x, 2) + x / 3 }
    let (value, gradient) = Gradient.valueAndGradient(at: [x]) { g($0[0]) }
    let (sameValue, derivative) = Gradient.valueAndDerivative(at: x) { g($0) }
    #expect(sameValue.bitPattern == value.bitPattern)
    #expect(derivative.bitPattern == gradient[0].bitPattern)
    #expect(abs(derivative - (6 * pow(x, 5) - 20 * pow(x, 3) + 8 * x + 1.0 / 3)) <= 1e-12 * max(1, abs(derivative)))
}

@Test("value and gradient of a function of three variables")
func threeVariables() {
    // f(x, y, z) = x·y + x·sin z at (1, 2, 0): value 2,
    // ∇f = (y + sin z, x, x·cos z) = (2, 1, 1).
    let (value, gradient) = Gradient.valueAndGradient(at: [1, 2, 0]) { v in
        v[0] * v[1] + v[0] * v[2].sin()
    }
    #expect(value == 2)
    #expect(gradient == [2, 1, 1])
}

@Test("an input the function ignores has gradient 0, and returning an input gives 1")
func untouchedInputs() {
    let (value, gradient) = Gradient.valueAndGradient(at: [3, 4]) { $0[1] }
    #expect(value == 4)
    #expect(gradient == [0, 1])
}

@Test("errors thrown by the function pass through")
func errorsPassThrough() {
    struct Failure: Error {}
    #expect(throws: Failure.self) {
        try Gradient.valueAndGradient(at: [1]) { _ in throw Failure() }
    }
}
