/// Dirac's notation and set-builder braces: `\bra`, `\ket`, `\braket`, `\set`, and the capitalised forms,
/// whose brackets grow with their content.
enum Braket {
    static let commands: [Command] = [
        ("bra", "⟨", "|"), ("ket", "|", "⟩"), ("braket", "⟨", "⟩"), ("set", "{", "}"),
    ].flatMap { name, open, close in
        [
            Command(name, [.math], doc: "its argument between \(open) and \(close)") { _, call in
                RowNode([SymbolNode(open, .operator, atomClass: .open, stretchy: false), call.node(0),
                         SymbolNode(close, .operator, atomClass: .close, stretchy: false)])
            },
            Command(name.prefix(1).uppercased() + name.dropFirst(), [.math],
                    doc: "its argument between \(open) and \(close), grown to its height") { _, call in
                FencedNode(open: open, body: [call.node(0)], close: close)
            },
        ]
    }
}
