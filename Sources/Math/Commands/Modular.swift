/// Modular arithmetic: `a \bmod b`, `x \equiv y \pmod n`, `\mod n` and `\pod n`.
enum Modular {
    static let commands: [Command] = [
        Command("bmod", doc: "mod as a binary operator: a \\bmod b") { _, _ in
            ClassNode(content: SymbolNode("mod", .identifier, font: .normal), atomClass: .bin, limits: .beside)
        },
        Command("mod", [.math], doc: "mod after a wide space: a \\equiv b \\mod n") { _, call in
            RowNode([SpaceNode(width: 1), SymbolNode("mod", .identifier, font: .normal), SpaceNode(width: 1.0 / 3),
                     call.node(0)])
        },
        Command("pmod", [.math], doc: "(mod n) after a wide space") { _, call in
            RowNode([SpaceNode(width: 1), Modular.parenthesized([SymbolNode("mod", .identifier, font: .normal),
                                                                 SpaceNode(width: 1.0 / 3), call.node(0)])])
        },
        Command("pod", [.math], doc: "(n) after a wide space") { _, call in
            RowNode([SpaceNode(width: 1), Modular.parenthesized([call.node(0)])])
        },
    ]

    private static func parenthesized(_ nodes: [any MathNode]) -> any MathNode {
        RowNode([Symbol("(", "(", .operator, .open, stretchy: false).node(font: nil)] + nodes
            + [Symbol(")", ")", .operator, .close, stretchy: false).node(font: nil)])
    }
}
