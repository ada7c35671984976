extension ReferenceExamples {
    static let output: [String: ReferenceExample] = [
        "print": """
            print("loss", 0.25, separator: " = ")
            """,
        "String": """
            String(3) + " steps" //=> "3 steps"
            """,
    ]
}
