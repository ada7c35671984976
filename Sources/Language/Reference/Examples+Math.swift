extension ReferenceExamples {
    static let math: [String: ReferenceExample] = [
        "sqrt": "sqrt(16) //=> 4",
        "exp": "exp(1) //=> 2.718281828",
        "log": "log(exp(2)) //=> 2",
        "sin": "sin(pi / 2) //=> 1",
        "cos": "cos(0) //=> 1",
        "tan": "tan(pi / 4) //=> 1.0",
        "tanh": "tanh(0.5) //=> 0.46211715726",
        "sigmoid": "sigmoid(0) //=> 0.5",
        "relu": "relu([-2.0, 3.0]) //=> [0, 3]",
        "floor": "floor(2.7) //=> 2",
        "ceil": "ceil(2.1) //=> 3",
        "round": "round(2.5) //=> 3",
        "abs": "abs(-1.5) //=> 1.5",
        "pow": "pow(2, 10) //=> 1024",
        "min": "min(3, 1, 2) //=> 1",
        "max": "max([3.0, 1.0, 2.0]) //=> 3",
        "Double": """
            Double(3) / 2 //=> 1.5
            Double("2.5") ?? 0 //=> 2.5
            """,
        "Int": """
            Int(2.9) //=> 2
            Int("42")! + 1 //=> 43
            Int("x") == nil //=> true
            """,
    ]
}
