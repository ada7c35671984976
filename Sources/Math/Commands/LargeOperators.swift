/// Large operators: sums and products take their limits under and over in display, integrals beside.
enum LargeOperators {
    static let commands: [Command] = withLimits.map { large($0.0, $0.1, .movable) }
        + integrals.map { large($0.0, $0.1, .beside) }

    private static let withLimits = [
        ("sum", "∑"), ("prod", "∏"), ("coprod", "∐"), ("bigcup", "⋃"), ("bigcap", "⋂"), ("bigvee", "⋁"),
        ("bigwedge", "⋀"), ("bigoplus", "⨁"), ("bigotimes", "⨂"), ("bigodot", "⨀"), ("biguplus", "⨄"),
        ("bigsqcup", "⨆"), ("intop", "∫"),
    ]

    private static let integrals = [("int", "∫"), ("iint", "∬"), ("iiint", "∭"), ("oint", "∮"), ("oiint", "∯"), ("oiiint", "∰")]

    private static func large(_ name: String, _ symbol: String, _ limits: LimitsPlacement) -> Command {
        Command(name, doc: "the large operator \(symbol)") { _, _ in LargeOperatorNode(symbol: symbol, limits: limits) }
    }
}

/// ∑, ∫ and their kin: drawn large in display style by the browser, which also spaces them.
struct LargeOperatorNode: MathNode {
    let symbol: String
    let limits: LimitsPlacement

    var atomClass: AtomClass { .op }

    func placingLimits(_ placement: LimitsPlacement) -> (any MathNode)? {
        LargeOperatorNode(symbol: symbol, limits: placement)
    }

    func mathML() -> MathML {
        var attributes: Attributes = ["largeop": "true"]
        if limits != .beside { attributes["movablelimits"] = limits == .movable ? "true" : "false" }
        return MathML("mo", attributes, text: symbol)
    }

    func runs(_ writer: inout RunWriter) {
        writer.write(symbol)
        if writer.onBaseline { writer.write("\u{2009}") }
    }
}
