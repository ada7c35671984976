/// `\mathord`, `\mathop`, `\mathbin`, `\mathrel`, `\mathopen`, `\mathclose`, `\mathpunct`, `\mathinner`:
/// their argument spaced as an atom of the class they name.
enum Classes {
    static let commands: [Command] = [
        ("mathord", AtomClass.ord, "an ordinary atom"), ("mathop", .op, "a large operator, taking limits"),
        ("mathbin", .bin, "a binary operator"), ("mathrel", .rel, "a relation"),
        ("mathopen", .open, "an opening bracket"), ("mathclose", .close, "a closing bracket"),
        ("mathpunct", .punct, "punctuation"), ("mathinner", .inner, "an inner atom, such as a fraction"),
    ].map { name, atomClass, what in
        Command(name, [.math], doc: "its argument spaced as \(what)") { _, call in
            ClassNode(content: call.node(0), atomClass: atomClass, limits: atomClass == .op ? .movable : .beside)
        }
    }
}

/// Content spaced as a chosen class of atom. A single symbol becomes an operator with TeX's space for the
/// class; anything longer is padded with that space on either side.
struct ClassNode: MathNode {
    let content: any MathNode
    let atomClass: AtomClass
    let limits: LimitsPlacement

    func placingLimits(_ placement: LimitsPlacement) -> (any MathNode)? {
        atomClass == .op ? ClassNode(content: content, atomClass: atomClass, limits: placement) : nil
    }

    /// TeX's space on the left and right of an atom of this class, in em, between ordinary neighbours.
    private var spaces: (left: Double, right: Double) {
        switch atomClass {
        case .bin: (4.0 / 18, 4.0 / 18)
        case .rel: (5.0 / 18, 5.0 / 18)
        case .op: (Spacing.thin, Spacing.thin)
        case .punct: (0, Spacing.thin)
        case .ord, .open, .close, .inner: (0, 0)
        }
    }

    func mathML() -> MathML {
        let (left, right) = spaces
        if let symbol = content as? SymbolNode ?? (content as? RowNode)?.children.only as? SymbolNode {
            var attributes: Attributes = ["lspace": Length.em(left), "rspace": Length.em(right), "stretchy": "false"]
            if atomClass == .op { attributes["movablelimits"] = limits == .movable ? "true" : "false" }
            return MathML("mo", attributes, text: symbol.font?.map(symbol.text) ?? symbol.text)
        }
        var children = [content.mathML()]
        if left > 0 { children.insert(.space(left), at: 0) }
        if right > 0 { children.append(.space(right)) }
        return MathML("mrow", [:], children)
    }

    func runs(_ writer: inout RunWriter) {
        content.runs(&writer)
    }
}

extension Array {
    /// The one element of a one-element array; nil otherwise.
    var only: Element? { count == 1 ? first : nil }
}
