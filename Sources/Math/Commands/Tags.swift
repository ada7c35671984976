/// Equation numbers: `\tag{3.1}` sets (3.1) at the right of a display formula (or of a row of `align`),
/// `\tag*{…}` sets it without parentheses; `\notag` and `\nonumber` leave a numbered row unnumbered.
enum Tags {
    static let commands: [Command] = [
        Command("tag", doc: "an equation number at the right: \\tag{1}, or \\tag*{A} as written") {
            parser, call throws(MathError) in
            let starred = parser.skipStar()
            let label = try parser.textArgument(of: "tag", at: call.token)
            var tag = TextNode()
            if !starred { tag.append("(", font: nil) }
            tag.append(contentsOf: label)
            if !starred { tag.append(")", font: nil) }
            parser.tag = tag
            return EmptyNode()
        },
        Command("notag", doc: "no equation number on this line") { parser, _ in
            parser.notag = true
            return EmptyNode()
        },
        Command("nonumber", doc: "no equation number on this line") { parser, _ in
            parser.notag = true
            return EmptyNode()
        },
    ]

    /// A display formula with its tag: a full-width table row, the tag in its own cell at the right, balanced
    /// by an empty cell at the left so the formula stays centred.
    static func tagged(_ formula: [MathML], tag: TextNode) -> MathML {
        let cells = [
            MathML("mtd", ["class": "tag-balance"]),
            MathML("mtd", [:], [.row(formula)]),
            MathML("mtd", ["class": "tag"], [tag.mathML()]),
        ]
        return MathML("mtable", ["class": "tagged"], [MathML("mtr", [:], cells)])
    }
}
