/// Matrices: `matrix` bare, and `pmatrix`, `bmatrix`, `Bmatrix`, `vmatrix`, `Vmatrix` with their brackets.
enum Matrices {
    static let environments: [Environment] = brackets.flatMap { name, open, close in
        let doc = open.isEmpty ? "a matrix without brackets" : "a matrix in \(open) \(close)"
        return [
            Environment(name, doc: doc) { body, _, _ in
                TableNode(rows: body.rows, rulesAbove: body.rulesAbove, dashedAbove: body.dashedAbove,
                          styleClass: "matrix", open: open, close: close)
            },
            Environment(name + "*", [.optionalRaw], doc: doc + ", its columns aligned by [l], [c] or [r]") {
                body, arguments, range throws(MathError) in
                let alignment = try ArrayEnvironment.columns(arguments[0].raw.isEmpty ? "c" : arguments[0].raw, at: range).0
                return TableNode(rows: body.rows, rulesAbove: body.rulesAbove, dashedAbove: body.dashedAbove,
                                 columnAlignment: alignment, styleClass: "matrix", open: open, close: close)
            },
        ]
    }

    private static let brackets: [(String, String, String)] = [
        ("matrix", "", ""), ("pmatrix", "(", ")"), ("bmatrix", "[", "]"), ("Bmatrix", "{", "}"),
        ("vmatrix", "|", "|"), ("Vmatrix", "‖", "‖"), ("smallmatrix", "", ""),
    ]
}
