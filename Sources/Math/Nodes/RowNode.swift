/// A list of atoms: a `{…}` group, a script, a table cell, or the whole formula. Building one applies TeX's
/// rule that a binary operator with nothing to combine on one side is a sign (`-x`, `a = -b`, `x^{-1}`).
struct RowNode: MathNode {
    let children: [any MathNode]
    /// Braces in a list make an ordinary atom of what they hold, so even `{=}` is spaced as a letter; the
    /// braces around an argument only delimit it, so `\overset{!}{=}` stays a relation.
    let atomClass: AtomClass

    init(_ children: [any MathNode], group: Bool = false) {
        var children = Self.resolvingSigns(children)
        if group, children.count == 1, let symbol = children[0] as? SymbolNode, symbol.kind == .operator {
            children[0] = symbol.with(atomClass: .ord)
        }
        self.children = children
        atomClass = !group && children.count == 1 ? children[0].atomClass : .ord
    }

    func mathML() -> MathML {
        .row(elements())
    }

    /// The children's elements, with the thin spaces the browser leaves to us (around `\log`, `\dots`). A
    /// relation that starts a row has nothing to its left to space it from.
    func elements() -> [MathML] {
        var out: [MathML] = []
        out.reserveCapacity(children.count)
        for (index, child) in children.enumerated() {
            if index > 0, Self.needsThinSpace(children[index - 1], child) { out.append(.space(Spacing.thin)) }
            out.append(child.mathML())
        }
        if children.count > 1, var first = out.first, first.name == "mo", first.attributes["lspace"] == nil,
           children[0].atomClass == .rel {
            first.attributes["lspace"] = "0em"
            out[0] = first
        }
        return out
    }

    func runs(_ writer: inout RunWriter) {
        for (index, child) in children.enumerated() {
            if index > 0, Self.needsThinSpace(children[index - 1], child) { writer.write("\u{2009}") }
            child.runs(&writer)
        }
    }

    /// TeX's thin space between two atoms, where one of them is spaced by the row rather than the browser.
    static func needsThinSpace(_ left: any MathNode, _ right: any MathNode) -> Bool {
        guard left.spacedByRow || right.spacedByRow else { return false }
        switch (left.atomClass, right.atomClass) {
        case (.ord, .op), (.op, .ord), (.op, .op), (.close, .op), (.inner, .op), (.op, .inner),
             (.ord, .inner), (.inner, .ord), (.inner, .open), (.inner, .inner), (.close, .inner), (.inner, .punct):
            return true
        default:
            return false
        }
    }

    /// TeX's rule 5 and 6: a `bin` at the start, after an operator, relation, opening or punctuation, or
    /// before a relation, closing, punctuation or the end, is an ordinary atom.
    private static func resolvingSigns(_ children: [any MathNode]) -> [any MathNode] {
        var children = children
        for index in children.indices where children[index].atomClass == .bin {
            let before = index == 0 ? nil : children[index - 1].atomClass
            let after = index + 1 < children.count ? children[index + 1].atomClass : nil
            let leftAlone = before.map { [.bin, .op, .rel, .open, .punct].contains($0) } ?? true
            let rightAlone = after.map { [.rel, .close, .punct].contains($0) } ?? true
            if leftAlone || rightAlone, let symbol = children[index] as? SymbolNode {
                children[index] = symbol.with(atomClass: .ord)
            }
        }
        return children
    }
}
