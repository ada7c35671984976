extension ReferenceExamples {
    static let properties: [String: ReferenceExample] = [
        "Array.count": """
            [4, 5, 6].count //=> 3
            [4, 5, 6].count(where: { $0 > 4 }) //=> 2
            """,
        "Double.pi": "Double.pi //=> 3.141592653589793",
        "Double.infinity": "-Double.infinity < -1e308 //=> true",
        "Double.nan": "Double.nan == Double.nan //=> false",
        "Double.greatestFiniteMagnitude": "Double.greatestFiniteMagnitude * 2 == Double.infinity //=> true",
        "Double.leastNonzeroMagnitude": "Double.leastNonzeroMagnitude / 2 //=> 0",
        "Double.ulpOfOne": "1 + Double.ulpOfOne > 1 //=> true",
        "Int.max": "Int.max //=> 9223372036854775807",
        "Int.min": "Int.min + Int.max //=> -1",
        "Array.isEmpty": "[1, 2].filter { $0 > 5 }.isEmpty //=> true",
        "Array.first": """
            [4, 5, 6].first //=> 4
            [4, 5, 6].first(where: { $0 > 4 })! //=> 5
            """,
        "Array.last": """
            [4, 5, 6].last //=> 6
            [4, 5, 6].last(where: { $0 < 6 }) ?? 0 //=> 5
            """,
        "Array.indices": "[4, 5, 6].indices.map { $0 * 10 } //=> [0, 10, 20]",
        "String.count": "\"relu\".count //=> 4",
        "String.first": "\"relu\".first //=> \"r\"",
        "String.last": "\"relu\".last //=> \"u\"",
        "String.isEmpty": "\"\".isEmpty //=> true",
        "Double.isNaN": "(0.0 / 0.0).isNaN //=> true",
        "Double.isFinite": "(1.0 / 0.0).isFinite //=> false",
        "Double.isInfinite": "(-1.0 / 0.0).isInfinite //=> true",
        "Double.description": "0.1.description //=> \"0.1\"",
        "Int.description": "42.description.count //=> 2",
        "Bool.description": "true.description //=> \"true\"",
        "String.description": "\"relu\".description //=> \"relu\"",
        "Array.description": "[1, 2].description //=> \"[1, 2]\"",
        "Dictionary.description": "[\"a\": 1].description //=> \"[\\\"a\\\": 1]\"",
        "Range.description": "(0..<3).description //=> \"0..<3\"",
        "Tensor.description": "tensor([1.0, 2.0]).description //=> \"[1.0, 2.0]\"",
        "Range.lowerBound": "(2..<5).lowerBound //=> 2",
        "Range.upperBound": "(2...5).upperBound //=> 5",
        "Range.count": "(2..<5).count //=> 3",
        "Value.data": "(Value(2.0) * 3).data //=> 6",
        "Value.grad": """
            let x = Value(3.0)
            (x * x).backward()
            x.grad //=> 6
            """,
        "Tensor.T": "tensor([[1, 2, 3]]).T.shape //=> (3, 1)",
        "Tensor.shape": "zeros(2, 3).shape //=> (2, 3)",
        "Tensor.count": "zeros(4, 2).count //=> 4",
        "Tensor.rank": "zeros(4, 2).rank //=> 2",
        "Tensor.grad": """
            let w = parameter([1.0, 2.0])
            (w * w).sum().backward()
            w.grad //=> [2, 4]
            """,
        "Tensor.first": "tensor([[1, 2], [3, 4]]).first //=> [1, 2]",
        "Tensor.last": "tensor([1, 2, 3]).last //=> 3",
        "Tensor.isEmpty": "zeros(0).isEmpty //=> true",
        "Neuron.weights": "Neuron(weights: [0.5, -1], bias: 2).weights.map { $0.data } //=> [0.5, -1]",
        "Neuron.bias": "Neuron(weights: [0.5, -1], bias: 2).bias.data //=> 2",
        "Neuron.activation": "Neuron(weights: [1], activation: \"tanh\").activation //=> \"tanh\"",
        "Layer.neurons": "Layer(2, 3, seed: 0).neurons.count //=> 3",
        "MLP.layers": "MLP(2, [4, 4, 1], seed: 0).layers.count //=> 3",
        "Optimizer.steps": """
            let w = Value(1.0)
            let opt = GD([w], lr: 0.1)
            opt.step()
            opt.steps //=> 1
            """,
        "Optimizer.lr": "GD([Value(1.0)], lr: 0.1).lr //=> 0.1",
        "Trajectory.points": "minimize({ x in x * x }, from: 1, lr: 0.25, steps: 2).points //=> [1, 0.5, 0.25]",
        "Trajectory.losses": "minimize({ x in x * x }, from: 1, lr: 0.25, steps: 2).losses //=> [1, 0.25, 0.0625]",
        "Trajectory.final": "minimize({ x in x * x }, from: 1, lr: 0.25, steps: 2).final //=> 0.25",
        "Trajectory.finalLoss": "minimize({ x in x * x }, from: 1, lr: 0.25, steps: 2).finalLoss //=> 0.0625",
        "Trajectory.validationLosses": """
            let path = minimize({ x in x * x }, from: 1, lr: 0.25, steps: 2, validation: { x in (x - 1) ** 2 })
            path.validationLosses //=> [0, 0.25, 0.5625]
            """,
        "Trajectory.stoppedEarly": """
            let path = minimize({ x in (x - 3) ** 2 }, from: 0, lr: 0.1, steps: 100, validation: { x in (x - 2) ** 2 }, patience: 2)
            path.stoppedEarly //=> true
            """,
        "Trajectory.steps": "minimize({ x in x * x }, from: 1, lr: 0.25, steps: 2).steps //=> 2",
        "EarlyStopping.best": """
            let stopper = EarlyStopping(patience: 3)
            [0.9, 0.4, 0.6].map { stopper.shouldStop($0) }
            stopper.best //=> 0.4
            """,
        "EarlyStopping.bestEpoch": """
            let stopper = EarlyStopping(patience: 3)
            [0.9, 0.4, 0.6].map { stopper.shouldStop($0) }
            stopper.bestEpoch //=> 1
            """,
        "EarlyStopping.patience": "EarlyStopping(patience: 5).patience //=> 5",
        "TrainingHistory.losses": """
            let w = parameter([0.0])
            let history = train(SGD(w, lr: 0.1), samples: 4, batchSize: 2, epochs: 2) { batch in ((w - 1) ** 2).sum() }
            history.losses.count //=> 2
            """,
        "TrainingHistory.validationLosses": """
            let w = parameter([0.0])
            let history = train(SGD(w, lr: 0.1), samples: 4, batchSize: 4, epochs: 2, validation: { ((w - 2) ** 2).sum() }) {
                batch in ((w - 1) ** 2).sum()
            }
            history.validationLosses.count //=> 2
            """,
        "TrainingHistory.stoppedEarly": """
            let w = parameter([0.0])
            let history = train(SGD(w, lr: 0.1), samples: 4, batchSize: 4, epochs: 3) { batch in ((w - 1) ** 2).sum() }
            history.stoppedEarly //=> false
            """,
        "TrainingHistory.epochs": """
            let w = parameter([0.0])
            let history = train(SGD(w, lr: 0.1), samples: 4, batchSize: 4, epochs: 3) { batch in ((w - 1) ** 2).sum() }
            history.epochs //=> 3
            """,
        "Perceptron.weights": "Perceptron(weights: [3, 4], bias: -10).weights //=> [3, 4]",
        "Perceptron.bias": "Perceptron(weights: [3, 4], bias: -10).bias //=> -10",
        "LogisticRegression.weights": "LogisticRegression(weights: [1, 2], bias: 0).weights //=> [1, 2]",
        "LogisticRegression.bias": "LogisticRegression(weights: [1, 2], bias: 0.5).bias //=> 0.5",
        "CSV.header": ReferenceExample("csv(\"scores.csv\").header //=> [\"hours\", \"score\"]", files: scores),
        "CSV.rows": ReferenceExample("csv(\"scores.csv\").rows //=> [[1, 52], [2, 61]]", files: scores),
        "CSV.columns": ReferenceExample("csv(\"scores.csv\").columns[1] //=> [52, 61]", files: scores),
        "CSV.numericHeader": ReferenceExample(
            "csv(\"people.csv\").numericHeader //=> [\"age\"]", files: ["people.csv": "name,age\nAda,36\nAlan,41\n"]),
        "CSV.count": ReferenceExample("csv(\"scores.csv\").count //=> 2", files: scores),
        "Dictionary.count": "[\"a\": 1.0, \"b\": 2.0].count //=> 2",
        "Dictionary.isEmpty": "let d: [String: Double] = [:]\nd.isEmpty //=> true",
        "Dictionary.keys": "[\"b\": 2.0, \"a\": 1.0].keys //=> [\"b\", \"a\"]",
        "Dictionary.values": "[\"b\": 2.0, \"a\": 1.0].values //=> [2, 1]",
    ]

    private static let scores = ["scores.csv": "hours,score\n1,52\n2,61\n"]
}
