extension ReferenceExamples {
    static let random: [String: ReferenceExample] = [
        "seed": """
            seed(0)
            random() //=> 0.5488135039
            """,
        "RandomState": """
            let rng = RandomState(42)
            rng.random() //=> 0.3745401188
            """,
        "random": """
            seed(0)
            random(2) //=> [0.5488135039, 0.7151893664]
            """,
        "randn": """
            seed(0)
            randn() //=> 1.764052346
            """,
        "uniform": """
            seed(0)
            uniform(-1, 1) //=> 0.0976270079
            """,
        "normal": """
            seed(0)
            normal(10, 2) //=> 13.528104692
            """,
        "randint": """
            seed(0)
            randint(0, 10, count: 3) //=> [5, 0, 3]
            """,
        "permutation": """
            seed(0)
            permutation(4) //=> [2, 3, 1, 0]
            """,
        "shuffled": """
            seed(0)
            shuffled(["a", "b", "c"]).count //=> 3
            """,
        "Double.random": """
            seed(1)
            Double.random(in: 0..<1) //=> 0.417022004702574
            Double.random(in: -1...1) //=> 0.4406489868843162
            """,
        "Int.random": """
            seed(0)
            [Int.random(in: 1...6), Int.random(in: 1..<7)] //=> [5, 6]
            """,
        "Bool.random": """
            seed(0)
            Bool.random() //=> false
            """,
        "Array.randomElement": """
            seed(0)
            ["rock", "paper", "scissors"].randomElement()! //=> "rock"
            """,
        "Array.shuffled": """
            seed(0)
            [1, 2, 3, 4, 5].shuffled() //=> [3, 1, 2, 4, 5]
            """,
        "choice": """
            seed(0)
            choice(5, size: 3, replace: false).count //=> 3
            """,
    ]
}
