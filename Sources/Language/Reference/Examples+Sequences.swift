extension ReferenceExamples {
    static let sequences: [String: ReferenceExample] = [
        "Array": """
            Array(repeating: 0.5, count: 3) //=> [0.5, 0.5, 0.5]
            Array(1...3) //=> [1, 2, 3]
            Array("abc") //=> ["a", "b", "c"]
            var grid = [[Int]](repeating: [Int](repeating: 0, count: 3), count: 2)
            grid[1][2] = 7
            grid //=> [[0, 0, 0], [0, 0, 7]]
            [Double](repeating: 1, count: 2) //=> [1.0, 1.0]
            """,
        "stride": "stride(from: 0, to: 1, by: 0.25) //=> [0, 0.25, 0.5, 0.75]",
        "linspace": "linspace(0, 1, 5) //=> [0, 0.25, 0.5, 0.75, 1]",
        "Dictionary": """
            Dictionary(uniqueKeysWithValues: zip(["a", "b"], [1, 2])) //=> ["a": 1, "b": 2]
            Dictionary(grouping: ["ab", "c", "de"], by: { $0.count }) //=> [2: ["ab", "de"], 1: ["c"]]
            """,
        "arange": "arange(0, 10, 3) //=> [0, 3, 6, 9]",
        "zip": """
            for (x, name) in zip([1, 2, 3], ["a", "b"]) {
                print(name, x)
            }
            zip([1.0, 2.0], [3.0, 4.0]).map { $0.0 * $0.1 } //=> [3, 8]
            """,
    ]
}
