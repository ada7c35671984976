import Foundation
import Testing
@testable import Engine

// Gradients worked out by hand, and seed 000's least-squares numbers from numpy.

struct TensorReferenceTests {
    @Test("least squares: ∇β ‖y − Xβ‖² = 2Xᵀ(Xβ − y), by hand on a 3×2 problem")
    func leastSquaresByHand() throws {
        // X = [[1, 0], [1, 1], [1, 2]], y = (1, 2, 4), β = (0, 1): Xβ = (0, 1, 2), Xβ − y = (−1, −1, −2),
        // loss = 1 + 1 + 4 = 6, Xᵀ(Xβ − y) = (−1 − 1 − 2, 0 − 1 − 4) = (−4, −5), so ∇ = (−8, −10).
        let X = Tensor([1, 0, 1, 1, 1, 2], shape: [3, 2])
        let y = Tensor([1, 2, 4])
        let (loss, gradient) = try TensorGradient.valueAndGradient(at: Tensor([0, 1])) { beta in
            try pow(y - matmul(X, beta), 2).sum()
        }
        #expect(loss == 6)
        #expect(gradient.data == [-8, -10])
    }

    @Test("a broadcast bias receives the sum of its rows' gradients")
    func broadcastBiasByHand() throws {
        // L = Σᵢⱼ (Aᵢⱼ + bⱼ)·cᵢⱼ: ∂L/∂bⱼ = Σᵢ cᵢⱼ. With c = [[1, 2, 3], [4, 5, 6]] that is (5, 7, 9).
        let b = Tensor([0, 0, 0], requiresGrad: true)
        let c = Tensor([1, 2, 3, 4, 5, 6], shape: [2, 3])
        try ((Tensor.zeros([2, 3]) + b) * c).sum().backward()
        #expect(b.grad == [5, 7, 9])
    }

    @Test("softmax's Jacobian: ∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ)")
    func softmaxByHand() throws {
        // z = (0, ln 2, ln 3) gives e^z = (1, 2, 3) and p = (1/6, 1/3, 1/2). The gradient of p₀ is
        // p₀(1 − p₀, −p₁, −p₂) = (1/6)(5/6, −1/3, −1/2) = (5/36, −1/18, −1/12).
        let (p0, gradient) = try TensorGradient.valueAndGradient(at: Tensor([0, log(2.0), log(3.0)])) { z in
            let e = z.exp()
            return try (e / e.sum()).index([.single(0)])
        }
        #expect(abs(p0 - 1.0 / 6) < 1e-15)
        for (actual, expected) in zip(gradient.data, [5.0 / 36, -1.0 / 18, -1.0 / 12]) {
            #expect(abs(actual - expected) < 1e-15)
        }
    }

    /// Seed 000's data: np.random.seed(1); xlin = -10 + 20·random(10); y = 1 + 0.5·xlin + randn(10).
    static func lectureZeroProblem() throws -> (X: Tensor, y: Tensor) {
        let random = RandomState(seed: 1)
        let xlin = -10 + 20 * Tensor(random.random(10))
        let y = try 1 + 0.5 * xlin + Tensor(random.randn(10))
        return (try Tensor.columnStack([Tensor.ones([10]), xlin]), y)
    }

    @Test("seed 000: the lecture's gradient XᵀXβ − Xᵀy and 1000 steps of GD match numpy")
    func lectureZeroGradientDescent() throws {
        // numpy 2.4.6 (see the lecture's code): grad(β₀) at β₀ = (−8, −3.2) is
        // [47.39166481245374, -803.6698320927735] and loss ‖y − Xβ₀‖² = 2550.7176840025536; after
        // 1000 steps of β ← β − 0.002·grad(β): [0.9176973502587193, 0.48368651472062374], loss
        // 12.866375772613143. numpy's BLAS may sum in another order, so the bound is 1e-12 relative.
        let (X, y) = try Self.lectureZeroProblem()
        func gradient(_ beta: Tensor) throws -> Tensor {
            try matmul(matmul(X.T, X), beta) - matmul(X.T, y)
        }
        func loss(_ beta: Tensor) throws -> Double { try pow((y - matmul(X, beta)).norm(), 2).item() }
        var beta = Tensor([-8, -3.2])
        #expect(isClose(try gradient(beta).data[0], 47.39166481245374, tolerance: 1e-12))
        #expect(isClose(try gradient(beta).data[1], -803.6698320927735, tolerance: 1e-12))
        #expect(isClose(try loss(beta), 2550.7176840025536, tolerance: 1e-12))
        for _ in 0..<1000 { beta = try beta - 0.002 * gradient(beta) }
        #expect(isClose(beta.data[0], 0.9176973502587193, tolerance: 1e-12))
        #expect(isClose(beta.data[1], 0.48368651472062374, tolerance: 1e-12))
        #expect(isClose(try loss(beta), 12.866375772613143, tolerance: 1e-12))
    }

    @Test("seed 000: autodiff of the loss is twice the lecture's gradient")
    func lectureZeroAutodiff() throws {
        // The lecture drops the factor 2 of ∇‖y − Xβ‖² = 2(XᵀXβ − Xᵀy); autodiff keeps it:
        // 2·(47.39166481245374, −803.6698320927735).
        let (X, y) = try Self.lectureZeroProblem()
        let (_, gradient) = try TensorGradient.valueAndGradient(at: Tensor([-8, -3.2])) { beta in
            try pow(y - matmul(X, beta), 2).sum()
        }
        #expect(isClose(gradient.data[0], 2 * 47.39166481245374, tolerance: 1e-12))
        #expect(isClose(gradient.data[1], 2 * -803.6698320927735, tolerance: 1e-12))
    }
}
