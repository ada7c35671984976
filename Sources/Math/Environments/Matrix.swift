/// Matrices: `matrix` bare, and `pmatrix`, `bmatrix`, `Bmatrix`, `vmatrix`, `Vmatrix` with their brackets.
enum Matrices {
    static let environments: [Environment] = [
        ("matrix", "", ""), ("pmatrix", "(", ")"), ("bmatrix", "[", "]"), ("Bmatrix", "{", "}"),
        ("vmatrix", "|", "|"), ("Vmatrix", "‖", "‖"), ("smallmatrix", "", ""),
    ].map { name, open, close in
        let doc = open.isEmpty ? "a matrix without brackets" : "a matrix in \(open) \(close)"
        return Environment(name, doc: doc) { body, _, _ in
            TableNode(rows: body.rows, rulesAbove: body.rulesAbove, styleClass: "matrix", open: open, close: close)
        }
    }
}
