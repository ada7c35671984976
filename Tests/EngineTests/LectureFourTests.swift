import Foundation
import Testing
@testable import Engine

// Seed 004's worked derivatives, checked against autodiff.

struct LectureFourTests {
    @Test("J = cos(sin(x²) + 3x²): dJ/dx = −sin(u)·(2x·cos(x²) + 6x) with u = sin(x²) + 3x²")
    func compositeCosine() {
        // The lecture's intermediate variables: t = x², u₁ = sin t, u₂ = 3t, u = u₁ + u₂, J = cos u.
        for x in [-1.3, 0.4, 0.9, 2.2] {
            let input = Value(x)
            let t = pow(input, 2)
            let j = (t.sin() + 3 * t).cos()
            j.backward()
            let u = Foundation.sin(x * x) + 3 * x * x
            #expect(abs(j.data - Foundation.cos(u)) < 1e-15)
            #expect(abs(input.grad - -Foundation.sin(u) * (2 * x * Foundation.cos(x * x) + 6 * x)) < 1e-12)
        }
    }

    @Test("the logistic loss at WᵀX = 9 (W = 3, X = 3, y = 1): |dL/dW| = 0.00037018372")
    func logisticLossTable() {
        // L = −y·ln σ(WX), so dL/dW = −y(1 − σ(WX))·X = −3e⁻⁹/(1 + e⁻⁹) = −0.000370183728…. The lecture's
        // table gives the magnitude cut (not rounded) after 11 places, 0.00037018372, and loses the sign
        // at ∂ξ₄/∂ξ₃ = −1/ξ₃². Autodiff forms 1 − σ(9) ≈ 1.2e-4 by cancellation, so it agrees with
        // the closed form to about 1e-12 relative, not to the last bit.
        let w = Value(3)
        let loss = -1 * (w * 3).sigmoid().log()
        loss.backward()
        let exact = -3 * exp(-9.0) / (1 + exp(-9.0))
        #expect(abs(w.grad - exact) < 1e-9 * abs(exact))
        #expect(w.grad < 0 && abs(w.grad) - 0.00037018372 < 1e-11 && abs(w.grad) > 0.00037018372)
    }
}

struct ForwardModeTests {
    @Test("forward mode gives the same derivatives as reverse mode")
    func dualMatchesValue() {
        for x in [-1.3, 0.4, 0.9, 2.2] {
            let d = Dual(x, derivative: 1)
            let forward = (pow(d, 2).sin() + 3 * pow(d, 2)).cos() * d.sigmoid() / (1 + d.exp()) - d.tanh() + (d * d + 1).log().sqrt()
            let input = Value(x)
            let v = input
            let reverse = (pow(v, 2).sin() + 3 * pow(v, 2)).cos() * v.sigmoid() / (1 + v.exp()) - v.tanh() + (v * v + 1).log().sqrt()
            reverse.backward()
            #expect(abs(forward.value - reverse.data) < 1e-15)
            #expect(abs(forward.derivative - input.grad) < 1e-12)
        }
    }

    @Test("seed 004's forward table, column by column, at W = 3, X = 3, y = 1")
    func forwardTable() {
        // ξ₁ = −WX = −9 with ∂ξ₁/∂W = −X = −3; then e^ξ₁, 1 + ξ₂, 1/ξ₃, ln ξ₄, and L = −y·ξ₅.
        let w = Dual(3, derivative: 1)
        let xi1 = -(w * 3)
        let xi4 = 1 / (1 + xi1.exp())
        let loss = -1 * xi4.log()
        #expect(xi1.value == -9 && xi1.derivative == -3)
        #expect(abs(xi1.exp().derivative - -3 * exp(-9.0)) < 1e-18)
        #expect(abs(loss.derivative - -3 * exp(-9.0) / (1 + exp(-9.0))) < 1e-18)
    }
}
