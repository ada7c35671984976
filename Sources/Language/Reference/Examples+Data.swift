extension ReferenceExamples {
    static let data: [String: ReferenceExample] = [
        "moons": """
            let (X, y) = moons(100, noise: 0.1, seed: 0)
            X.shape //=> (100, 2)
            y.sum() //=> 50
            """,
        "circles": """
            let (X, y) = circles(50, factor: 0.5, seed: 0)
            X.shape //=> (50, 2)
            """,
        "blobs": """
            let (X, y) = blobs(30, centers: 3, seed: 0)
            y.max() //=> 2
            """,
        "xor": """
            let (X, y) = xor(8, seed: 0)
            X.shape //=> (8, 2)
            """,
        "truthTable": """
            let (X, y) = truthTable("XOR")
            y //=> [0, 1, 1, 0]
            """,
        "noisyLinear": """
            let (x, y) = noisyLinear(20, slope: 2, intercept: 1, noise: 0, seed: 0)
            (y - 2 * x).mean() //=> 1.0
            """,
        "take": "take(tensor([[1, 2], [3, 4], [5, 6]]), [2, 0]) //=> [[5, 6], [1, 2]]",
        "Perceptron": """
            let p = Perceptron(weights: [3, 4], bias: -10)
            p.predict([1, 1]) //=> 0
            p.predict([2, 2]) //=> 1
            """,
        "LogisticRegression": """
            let model = LogisticRegression(weights: [1, 1], bias: 0)
            model.probability([0, 0]) //=> 0.5
            """,
        "csv": ReferenceExample(
            """
            let table = csv("scores.csv")
            table.header //=> ["hours", "score"]
            table.rows.shape //=> (3, 2)
            """,
            files: ["scores.csv": "hours,score\n1,52\n2,61\n3,70\n"]),
    ]
}
