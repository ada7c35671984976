extension ReferenceExamples {
    static let networks: [String: ReferenceExample] = [
        "Value": """
            let x = Value(3.0)
            let y = x * x + 2 * x
            y.backward()
            x.grad //=> 8
            """,
        "parameter": """
            let w = parameter([1.0, 2.0])
            let loss = (w * w).sum()
            loss.backward()
            w.grad //=> [2, 4]
            """,
        "Neuron": """
            let gate = Neuron(weights: [1, 1], bias: -1.5, activation: "step")
            gate([1, 1]).data //=> 1
            gate([1, 0]).data //=> 0
            """,
        "Layer": """
            let layer = Layer(2, 3, seed: 0)
            layer([1, 2]).count //=> 3
            """,
        "MLP": """
            let model = MLP(2, [4, 1], seed: 0)
            model.parameters().count //=> 17
            """,
        "TensorMLP": """
            let model = TensorMLP(2, [4, 1], seed: 0)
            model(ones(5, 2)).shape //=> (5, 1)
            """,
    ]
}
