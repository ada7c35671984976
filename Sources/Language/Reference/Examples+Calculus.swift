extension ReferenceExamples {
    static let calculus: [String: ReferenceExample] = [
        "grad": """
            let f = { x in x ** 3 }
            grad(f)(2) //=> 12
            grad({ x, y in x * y })(3, 4) //=> [4, 3]
            """,
        "valueAndGrad": """
            let (value, slope) = valueAndGrad({ x in x ** 2 })(3)
            value //=> 9
            slope //=> 6
            """,
    ]
}
