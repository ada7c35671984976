extension ReferenceExamples {
    static let objectMethods: [String: ReferenceExample] = [
        "RandomState.seed": """
            let rng = RandomState(1)
            let first = rng.random()
            rng.seed(1)
            rng.random() == first //=> true
            """,
        "RandomState.random": "RandomState(42).random(2) //=> [0.3745401188, 0.9507143064]",
        "RandomState.randn": "RandomState(0).randn() //=> 1.764052346",
        "RandomState.uniform": "RandomState(0).uniform(-1, 1) //=> 0.0976270079",
        "RandomState.normal": "RandomState(0).normal(10, 2) //=> 13.528104692",
        "RandomState.randint": "RandomState(0).randint(0, 10, count: 3) //=> [5, 0, 3]",
        "RandomState.permutation": "RandomState(0).permutation(4) //=> [2, 3, 1, 0]",
        "RandomState.shuffled": "RandomState(0).shuffled([1, 2, 3]).sorted() //=> [1, 2, 3]",
        "RandomState.choice": "RandomState(0).choice(5, size: 2, replace: false).count //=> 2",
        "Neuron.callAsFunction": """
            let n = Neuron(weights: [2, -1], bias: 0.5, activation: "linear")
            n([1, 1]).data //=> 1.5
            """,
        "Neuron.parameters": "Neuron(3, seed: 0).parameters().count //=> 4",
        "Neuron.zeroGrad": """
            let n = Neuron(weights: [2.0], bias: 0, activation: "linear")
            n([3]).backward()
            n.zeroGrad()
            n.weights[0].grad //=> 0
            """,
        "Layer.callAsFunction": "Layer(2, 4, seed: 0)([1, -1]).count //=> 4",
        "Layer.parameters": "Layer(2, 4, seed: 0).parameters().count //=> 12",
        "Layer.zeroGrad": """
            let layer = Layer(1, 1, activation: "linear", seed: 0)
            layer([2]).backward()
            layer.zeroGrad()
            layer.parameters().map { $0.grad } //=> [0, 0]
            """,
        "MLP.callAsFunction": """
            let model = MLP(2, [3, 1], seed: 0)
            model([1, 2]).data //=> 0.5816525555
            """,
        "MLP.parameters": "MLP(2, [16, 16, 1], seed: 0).parameters().count //=> 337",
        "MLP.zeroGrad": """
            let model = MLP(2, [3, 1], seed: 0)
            model([1, 2]).backward()
            model.zeroGrad()
            model.parameters().map { $0.grad }.sum() //=> 0
            """,
        "TensorMLP.callAsFunction": "TensorMLP(2, [3, 1], seed: 0)(tensor([[1, 2]])) //=> [[0.5816525555]]",
        "TensorMLP.parameters": "TensorMLP(2, [3, 1], seed: 0).parameters().map { $0.shape } //=> [(2, 3), (3,), (3, 1), (1,)]",
        "TensorMLP.zeroGrad": """
            let model = TensorMLP(1, [1], seed: 0)
            model(tensor([[2]])).sum().backward()
            model.zeroGrad()
            model.parameters()[0].grad //=> [[0]]
            """,
        "Optimizer.step": """
            let w = Value(1.0)
            let opt = GD([w], lr: 0.25)
            (w * w).backward()
            opt.step()
            w.data //=> 0.5
            """,
        "Optimizer.zeroGrad": """
            let w = Value(1.0)
            let opt = GD([w], lr: 0.25)
            (w * w).backward()
            opt.zeroGrad()
            w.grad //=> 0
            """,
        "Schedule.callAsFunction": """
            let schedule = timeDecay(1, decay: 1)
            [0, 1, 3].map { schedule($0) } //=> [1, 0.5, 0.25]
            """,
        "Schedule.rate": "stepDecay(0.1, factor: 0.5, every: 10).rate(25) //=> 0.025",
        "EarlyStopping.shouldStop": """
            let stopper = EarlyStopping(patience: 1)
            stopper.shouldStop(0.5) //=> false
            stopper.shouldStop(0.6) //=> true
            """,
        "Perceptron.score": "Perceptron(weights: [3, 4], bias: -10).score([1, 1]) //=> -3",
        "Perceptron.predict": "Perceptron(weights: [3, 4], bias: -10).predict([2, 1]) //=> 1",
        "Perceptron.callAsFunction": "Perceptron(weights: [1, 1], bias: -1)([1, 0]) //=> 1",
        "Perceptron.trick": """
            let p = Perceptron(weights: [3, 4], bias: -10)
            p.trick([4, 5], label: 0, rate: 0.1) //=> true
            p.weights //=> [2.6, 3.5]
            """,
        "Perceptron.train": """
            let (X, y) = truthTable("AND")
            let history = Perceptron(weights: [0, 0], bias: 0).train(X, y, rate: 0.1, epochs: 10)
            history[history.count - 1].predict([1, 1]) //=> 1
            """,
        "LogisticRegression.probability": "LogisticRegression(weights: [1, 1], bias: 0).probability([1, 1]) //=> 0.880797078",
        "LogisticRegression.callAsFunction": "LogisticRegression(weights: [2], bias: -1)([0.5]) //=> 0.5",
        "LogisticRegression.predict": "LogisticRegression(weights: [1, 1], bias: -3).predict([1, 1]) //=> 0",
        "LogisticRegression.error": """
            let model = LogisticRegression(weights: [0], bias: 0)
            model.error([[1], [2]], [1, 0]) //=> 0.69314718
            """,
        "LogisticRegression.update": """
            let model = LogisticRegression(weights: [0], bias: 0)
            model.update([2], label: 1, rate: 0.1)
            model.weights //=> [0.1]
            model.bias //=> 0.05
            """,
        "LogisticRegression.train": """
            let (X, y) = truthTable("OR")
            let errors = LogisticRegression(weights: [0, 0], bias: 0).train(X, y, rate: 0.5, epochs: 50)
            errors[0] //=> 0.69314718
            errors[49] //=> 0.08837765
            """,
        "CSV.column": ReferenceExample(
            """
            let table = csv("scores.csv")
            table.column(named: "score") //=> [52, 61, 70]
            table.column(0).mean() //=> 2
            """,
            files: ["scores.csv": "hours,score\n1,52\n2,61\n3,70\n"]),
        "CSV.text": ReferenceExample(
            """
            let people = csv("people.csv")
            people.text(named: "name") //=> ["Ada", "Alan"]
            people.text(1) //=> ["36", "41"]
            """,
            files: ["people.csv": "name,age\nAda,36\nAlan,41\n"]),
    ]
}
