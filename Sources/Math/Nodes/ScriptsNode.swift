/// A base with a subscript, a superscript or both: beside it (`msub`…), or under and over it (`munder`…)
/// when the base is an operator that takes limits. Primes (`f'`) follow the base at full size, which is how
/// math fonts draw the prime glyph; as a MathML superscript it would shrink to a speck.
struct ScriptsNode: MathNode {
    var base: any MathNode
    var `subscript`: (any MathNode)?
    var superscript: (any MathNode)?
    /// ′, ″, … after the base.
    var primes: String?

    init(base: any MathNode) {
        self.base = base
    }

    /// `node` ready for another script: itself when it already is a scripts node.
    static func wrapping(_ node: any MathNode) -> ScriptsNode {
        node as? ScriptsNode ?? ScriptsNode(base: node)
    }

    var atomClass: AtomClass { base.atomClass }
    var spacedByRow: Bool { base.spacedByRow }

    func placingLimits(_ placement: LimitsPlacement) -> (any MathNode)? {
        guard let placed = base.placingLimits(placement) else { return nil }
        var copy = self
        copy.base = placed
        return copy
    }

    func mathML() -> MathML {
        let under = base.limits != .beside
        var children = [base.mathML()]
        if let primes { children[0] = MathML("mrow", [:], [children[0], Self.prime(primes)]) }
        if `subscript` == nil, superscript == nil { return children[0] }
        if let `subscript` { children.append(`subscript`.mathML()) }
        if let superscript { children.append(superscript.mathML()) }
        let name: String
        switch (`subscript` != nil, superscript != nil) {
        case (true, true): name = under ? "munderover" : "msubsup"
        case (true, false): name = under ? "munder" : "msub"
        default: name = under ? "mover" : "msup"
        }
        return MathML(name, [:], children)
    }

    static func prime(_ primes: String) -> MathML {
        MathML("mo", ["lspace": "0em", "rspace": "0em"], text: primes)
    }

    func runs(_ writer: inout RunWriter) {
        base.runs(&writer)
        if let primes { writer.write(primes) }
        if let `subscript` { writer.script(.subscript) { `subscript`.runs(&$0) } }
        if let superscript { writer.script(.superscript) { superscript.runs(&$0) } }
    }
}
