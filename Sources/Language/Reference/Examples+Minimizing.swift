extension ReferenceExamples {
    static let minimizing: [String: ReferenceExample] = [
        "minimize": """
            let path = minimize({ x in (x - 3) ** 2 }, from: 0, lr: 0.1, steps: 100)
            path.final //=> 3.0
            path.steps //=> 100
            """,
        "randomRestarts": """
            func f(_ x: Double) -> Double { x ** 4 - 3 * x ** 2 + x }
            seed(3)
            let (best, runs) = randomRestarts(3, low: -2, high: 2) { start in minimize(f, from: start, lr: 0.01, steps: 300) }
            best //=> 2
            runs[best].final //=> -1.30083957
            """,
    ]
}
