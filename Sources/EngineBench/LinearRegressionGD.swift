import Engine

// Seed 000's gradient descent, as the lecture's numpy code runs it: the seed(1) data, the design
// matrix [1, x], β ← β − 0.002·(XᵀXβ − Xᵀy) for 1000 steps from (−8, −3.2), recording every β
// and the loss ‖y − Xβ‖² along the way.

enum LinearRegressionGD {
    static func run() throws -> (beta: [Double], loss: Double) {
        let random = RandomState(seed: 1)
        let xlin = -10 + 20 * Tensor(random.random(10))
        let y = try 1 + 0.5 * xlin + Tensor(random.randn(10))
        let X = try Tensor.columnStack([Tensor.ones([10]), xlin])
        func loss(_ beta: Tensor) throws -> Double { try pow((y - matmul(X, beta)).norm(), 2).item() }
        func gradient(_ beta: Tensor) throws -> Tensor { try matmul(matmul(X.T, X), beta) - matmul(X.T, y) }
        var beta = Tensor([-8, -3.2])
        var betas = [beta]
        var losses = [try loss(beta)]
        for _ in 0..<1000 {
            beta = try beta - 0.002 * gradient(beta)
            losses.append(try loss(beta))
            betas.append(beta)
        }
        return (beta.data, losses[losses.count - 1])
    }
}
