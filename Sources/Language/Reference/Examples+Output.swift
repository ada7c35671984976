extension ReferenceExamples {
    static let output: [String: ReferenceExample] = [
        "print": """
            print("loss", 0.25, separator: " = ")
            """,
        "String": """
            String(3) + " steps" //=> "3 steps"
            String(repeating: "ab", count: 3) //=> "ababab"
            String(describing: [1, 2]) //=> "[1, 2]"
            """,
        "table": """
            let xs = [0.5, 1.0, 1.5]
            table(["x", "x²"], rows: xs.map { [$0, $0 * $0] }, digits: 2)
            """,
    ]
}
