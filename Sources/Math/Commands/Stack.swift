/// Symbols stacked over or under others: `\overset`, `\underset`, `\stackrel`, and the braces
/// `\underbrace`/`\overbrace`, whose `_` and `^` labels go under and over them.
enum Stacks {
    static let commands: [Command] = [
        Command("overset", [.math, .math], doc: "its first argument set small over the second") { _, call in
            StackNode(base: call.node(1), over: call.node(0))
        },
        Command("stackrel", [.math, .math], doc: "its first argument set small over the second, a relation") {
            _, call in
            StackNode(base: call.node(1), over: call.node(0), atomClass: .rel)
        },
        Command("underset", [.math, .math], doc: "its first argument set small under the second") { _, call in
            StackNode(base: call.node(1), under: call.node(0))
        },
        Command("substack", doc: "lines stacked in a script: \\sum_{\\substack{i<m\\\\j<n}}") { parser, call throws(MathError) in
            parser.skipSpaces()
            let open = parser.next()
            guard open.isCharacter("{") else { throw MathError("\\substack needs its lines in braces", at: call.range) }
            let body = try parser.parseRows(of: nil, openedAt: open.range)
            return TableNode(rows: body.rows, styleClass: "substack")
        },
        Command("underbrace", [.math], doc: "a brace under its argument; _{…} labels it") { _, call in
            BraceNode(base: call.node(0), under: true, brace: "⏟")
        },
        Command("overbrace", [.math], doc: "a brace over its argument; ^{…} labels it") { _, call in
            BraceNode(base: call.node(0), under: false, brace: "⏞")
        },
    ]
}

/// A base with something small over or under it, spaced as its base (`\overset{!}{=}` is a relation).
struct StackNode: MathNode {
    let base: any MathNode
    var over: (any MathNode)?
    var under: (any MathNode)?
    let atomClass: AtomClass

    init(base: any MathNode, over: (any MathNode)? = nil, under: (any MathNode)? = nil, atomClass: AtomClass? = nil) {
        self.base = base
        self.over = over
        self.under = under
        self.atomClass = atomClass ?? base.atomClass
    }

    func mathML() -> MathML {
        if let over { return MathML("mover", [:], [base.mathML(), over.mathML()]) }
        return MathML("munder", [:], [base.mathML(), (under ?? RowNode([])).mathML()])
    }

    func runs(_ writer: inout RunWriter) {
        base.runs(&writer)
        if let over { writer.script(.superscript) { over.runs(&$0) } }
        if let under { writer.script(.subscript) { under.runs(&$0) } }
    }
}

/// `\underbrace{…}`, `\overbrace{…}` and the brackets: a stretching brace; its label is a script set under or
/// over it.
struct BraceNode: MathNode {
    let base: any MathNode
    let under: Bool
    /// ⏟ or ⏞, or a bracket for `\underbracket` and `\overbracket`.
    let brace: String

    var limits: LimitsPlacement { .always }

    func mathML() -> MathML {
        let mark = MathML("mo", ["stretchy": "true"], text: brace)
        return MathML(under ? "munder" : "mover", [under ? "accentunder" : "accent": "true"], [base.mathML(), mark])
    }

    func runs(_ writer: inout RunWriter) {
        base.runs(&writer)
    }
}
