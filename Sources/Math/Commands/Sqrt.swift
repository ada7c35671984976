/// `\sqrt{x}` and `\sqrt[n]{x}`.
enum Roots {
    static let commands: [Command] = [
        Command("sqrt", [.optionalMath, .math], doc: "a square root, or an n-th root with [n]") { _, call in
            RootNode(radicand: call.node(1), index: call.arguments[0].node)
        },
    ]
}

struct RootNode: MathNode {
    let radicand: any MathNode
    let index: (any MathNode)?

    func mathML() -> MathML {
        guard let index else { return MathML("msqrt", [:], [radicand.mathML()]) }
        return MathML("mroot", [:], [radicand.mathML(), index.mathML()])
    }

    /// `√x`, `√(x + 1)`, and a raised index before the sign: `³√x`.
    func runs(_ writer: inout RunWriter) {
        if let index { writer.script(.superscript) { index.runs(&$0) } }
        writer.write("√")
        let wrap = writer.text(of: radicand).count > 1
        if wrap { writer.write("(") }
        radicand.runs(&writer)
        if wrap { writer.write(")") }
    }
}
