import Foundation
import Testing
@testable import Engine

// Values derived by hand; each derivation is written beside its check.

@Test("the lecture's quadratic: f(x) = 3x² − 4x + 5")
func quadratic() {
    // f'(x) = 6x − 4: at x = −2 that is −12 − 4 = −16; at x = 2/3 it is 4 − 4 = 0 (the minimum),
    // and f(2/3) = 3·4/9 − 8/3 + 5 = 4/3 − 8/3 + 15/3 = 11/3.
    func f(_ x: Value) -> Value { 3 * pow(x, 2) - 4 * x + 5 }

    let x = Value(-2)
    let y = f(x)
    y.backward()
    #expect(y.data == 25)  // 12 + 8 + 5
    #expect(x.grad == -16)

    let atMinimum = Value(2.0 / 3.0)
    let yMinimum = f(atMinimum)
    yMinimum.backward()
    #expect(abs(yMinimum.data - 11.0 / 3.0) < 1e-15)
    #expect(abs(atMinimum.grad) < 1e-15)
}

@Test("a tanh neuron whose pre-activation is ln(1 + √2), so its output is 1/√2")
func tanhNeuron() {
    // n = x1·w1 + x2·w2 + b = 2·(−3) + 0·1 + 6.8813735870195432 = 0.8813735870195432 = artanh(1/√2),
    // so o = tanh(n) = 1/√2 and do/dn = 1 − o² = 1/2. Then ∂o/∂x1 = w1/2 = −1.5, ∂o/∂w1 = x1/2 = 1,
    // ∂o/∂x2 = w2/2 = 0.5, ∂o/∂w2 = x2/2 = 0 and ∂o/∂b = 0.5.
    let (x1, x2, w1, w2, b) = (Value(2), Value(0), Value(-3), Value(1), Value(6.8813735870195432))
    let o = (x1 * w1 + x2 * w2 + b).tanh()
    o.backward()
    #expect(abs(o.data - 1 / 2.0.squareRoot()) < 1e-12)
    #expect(abs(x1.grad - -1.5) < 1e-12)
    #expect(abs(w1.grad - 1) < 1e-12)
    #expect(abs(x2.grad - 0.5) < 1e-12)
    #expect(w2.grad == 0)
    #expect(abs(b.grad - 0.5) < 1e-12)
}

@Test("elementary derivatives at points where they are known exactly")
func elementaryDerivatives() {
    func derivative(at x: Double, of f: (Value) -> Value) -> Double {
        Gradient.valueAndGradient(at: [x]) { f($0[0]) }.gradient[0]
    }
    #expect(derivative(at: 0) { $0.exp() } == 1)                 // (eˣ)' = eˣ = 1 at 0
    #expect(derivative(at: 2) { $0.log() } == 0.5)               // (ln x)' = 1/x
    #expect(derivative(at: 4) { $0.sqrt() } == 0.25)             // (√x)' = 1/(2√x) = 1/4
    #expect(derivative(at: 0) { $0.sin() } == 1)                 // cos 0
    #expect(abs(derivative(at: Double.pi / 2) { $0.cos() } - -1) < 1e-15)  // −sin(π/2)
    #expect(derivative(at: 0) { $0.tanh() } == 1)                // 1 − tanh²(0)
    #expect(derivative(at: 0) { $0.sigmoid() } == 0.25)          // σ(0)(1 − σ(0)) = ½·½
    #expect(derivative(at: -1) { $0.relu() } == 0)
    #expect(derivative(at: 2) { $0.relu() } == 1)
    #expect(derivative(at: 0) { $0.relu() } == 0)                // the kink counts as flat
    #expect(derivative(at: 2) { pow($0, 3) } == 12)              // 3x² = 12
    #expect(derivative(at: 2) { 1 / $0 } == -0.25)               // −1/x²
}

@Test("pow with a variable exponent: ∂/∂a aᵇ = b·aᵇ⁻¹ and ∂/∂b aᵇ = aᵇ·ln a")
func variablePower() {
    // At a = 2, b = 3: the value is 8, ∂/∂a = 3·2² = 12 and ∂/∂b = 8·ln 2.
    let (a, b) = (Value(2), Value(3))
    let y = pow(a, b)
    y.backward()
    #expect(y.data == 8)
    #expect(a.grad == 12)
    #expect(abs(b.grad - 8 * log(2.0)) < 1e-12)

    // At a = 0 the exponent's partial is the limit 0, not 0·(−∞) = NaN.
    let (zero, two) = (Value(0), Value(2))
    pow(zero, two).backward()
    #expect(two.grad == 0)
    #expect(zero.grad == 0)
}

@Test("sigmoid stays finite far out on both sides")
func sigmoidSaturates() {
    let low = Value(-800).sigmoid()
    let high = Value(800).sigmoid()
    #expect(low.data == 0)
    #expect(high.data == 1)
    #expect(!low.data.isNaN && !high.data.isNaN)
}

@Test("division keeps the correctly rounded quotient")
func divisionIsExact() {
    // 2/3 computed as 2 · 3⁻¹ would differ from 2/3 in the last bit for some operands.
    #expect((Value(2) / Value(3)).data == 2.0 / 3.0)
    #expect((Value(1) / 10).data == 0.1)
    #expect((7 / Value(10)).data == 0.7)
}
