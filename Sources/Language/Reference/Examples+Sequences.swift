extension ReferenceExamples {
    static let sequences: [String: ReferenceExample] = [
        "stride": "stride(from: 0, to: 1, by: 0.25) //=> [0, 0.25, 0.5, 0.75]",
        "linspace": "linspace(0, 1, 5) //=> [0, 0.25, 0.5, 0.75, 1]",
        "arange": "arange(0, 10, 3) //=> [0, 3, 6, 9]",
    ]
}
