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
        Command("underbrace", [.math], doc: "a brace under its argument; _{…} labels it") { _, call in
            BraceNode(base: call.node(0), under: true)
        },
        Command("overbrace", [.math], doc: "a brace over its argument; ^{…} labels it") { _, call in
            BraceNode(base: call.node(0), under: false)
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

/// `\underbrace{…}` or `\overbrace{…}`: a stretching brace; its label is a script set under or over it.
struct BraceNode: MathNode {
    let base: any MathNode
    let under: Bool

    var limits: LimitsPlacement { .always }

    func mathML() -> MathML {
        let brace = MathML("mo", ["stretchy": "true"], text: under ? "⏟" : "⏞")
        return MathML(under ? "munder" : "mover", [under ? "accentunder" : "accent": "true"], [base.mathML(), brace])
    }

    func runs(_ writer: inout RunWriter) {
        base.runs(&writer)
    }
}
