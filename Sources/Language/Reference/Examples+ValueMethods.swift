extension ReferenceExamples {
    static let valueMethods: [String: ReferenceExample] = [
        "Value.backward": """
            let a = Value(2.0)
            let b = Value(-3.0)
            let c = a * b + a
            c.backward()
            a.grad //=> -2
            b.grad //=> 2
            """,
        "Value.tanh": """
            let x = Value(0.5)
            let y = x.tanh()
            y.backward()
            x.grad //=> 0.78644773
            """,
        "Value.exp": "Value(1.0).exp().data //=> 2.718281828",
        "Value.log": "Value(1.0).log().data //=> 0",
        "Value.sigmoid": "Value(0.0).sigmoid().data //=> 0.5",
        "Value.relu": "Value(-1.0).relu().data //=> 0",
        "Value.sqrt": "Value(9.0).sqrt().data //=> 3",
        "Value.sin": "Value(0.0).sin().data //=> 0",
        "Value.cos": "Value(0.0).cos().data //=> 1",
        "Double.rounded": "(2.71828).rounded(to: 2) //=> 2.72",
        "Double.squareRoot": "(2.25).squareRoot() //=> 1.5",
        "Int.isMultiple": "(1...10).filter { $0.isMultiple(of: 4) } //=> [4, 8]",
        "Int.quotientAndRemainder": """
            let (q, r) = 17.quotientAndRemainder(dividingBy: 5)
            q //=> 3
            r //=> 2
            """,
        "Int.rounded": "(7).rounded(to: 2) //=> 7",
    ]
}
