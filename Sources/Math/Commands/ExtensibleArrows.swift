/// Arrows that stretch under and over their labels: `\xrightarrow[below]{above}` and its kin.
enum ExtensibleArrows {
    static let commands: [Command] = arrows.map { name, arrow in
        Command(name, [.optionalMath, .math], doc: "the arrow \(arrow), as long as its labels") { _, call in
            ExtensibleArrowNode(arrow: arrow, over: call.node(1), under: call.arguments[0].node)
        }
    }

    static let arrows: [(String, String)] = [
        ("xrightarrow", "→"), ("xleftarrow", "←"), ("xRightarrow", "⇒"), ("xLeftarrow", "⇐"),
        ("xleftrightarrow", "↔"), ("xLeftrightarrow", "⇔"), ("xhookleftarrow", "↩"), ("xhookrightarrow", "↪"),
        ("xtwoheadleftarrow", "↞"), ("xtwoheadrightarrow", "↠"), ("xleftharpoonup", "↼"),
        ("xleftharpoondown", "↽"), ("xrightharpoonup", "⇀"), ("xrightharpoondown", "⇁"),
        ("xrightleftharpoons", "⇌"), ("xleftrightharpoons", "⇋"), ("xlongequal", "="), ("xtofrom", "⇄"),
        ("xmapsto", "↦"), ("xrightleftarrows", "⇄"),
    ]
}

/// A stretching arrow with its labels set small above and below, spaced as a relation.
struct ExtensibleArrowNode: MathNode {
    let arrow: String
    let over: any MathNode
    let under: (any MathNode)?

    var atomClass: AtomClass { .rel }

    func mathML() -> MathML {
        let mark = MathML("mo", ["stretchy": "true", "minsize": "1.75em"], text: arrow)
        let padded = { (node: any MathNode) in
            MathML("mrow", [:], [.space(0.3), node.mathML(), .space(0.3)])
        }
        guard let under else { return MathML("mover", [:], [mark, padded(over)]) }
        return MathML("munderover", [:], [mark, padded(under), padded(over)])
    }

    func runs(_ writer: inout RunWriter) {
        writer.write(" \(arrow) ")
        writer.script(.superscript) { over.runs(&$0) }
    }
}
