/// Binary operators, relations and arrows, with the characters typed directly that mean the same.
enum Operators {
    static let symbols: [Symbol] = binary.map { Symbol.binary($0.0, $0.1) } + relations.map { Symbol.relation($0.0, $0.1) }

    /// `+ - * = < > :` typed in a formula; `-` is the minus sign, `*` the asterisk operator.
    static let characters: [Unicode.Scalar: Symbol] = [
        "+": .binary("+", "+"), "-": .binary("-", "−"), "*": .binary("*", "∗"),
        "=": .relation("=", "="), "<": .relation("<", "<"), ">": .relation(">", ">"), ":": .relation(":", ":"),
    ]

    private static let binary: [(String, String)] = [
        ("pm", "±"), ("mp", "∓"), ("times", "×"), ("div", "÷"), ("cdot", "⋅"), ("circ", "∘"), ("ast", "∗"),
        ("star", "⋆"), ("bullet", "∙"), ("cap", "∩"), ("cup", "∪"), ("setminus", "∖"), ("wedge", "∧"),
        ("land", "∧"), ("vee", "∨"), ("lor", "∨"), ("oplus", "⊕"), ("ominus", "⊖"), ("otimes", "⊗"),
        ("odot", "⊙"), ("oslash", "⊘"), ("dagger", "†"), ("ddagger", "‡"), ("sqcup", "⊔"), ("sqcap", "⊓"),
        ("uplus", "⊎"), ("amalg", "⨿"), ("diamond", "⋄"), ("wr", "≀"), ("bigtriangleup", "△"),
        ("bigtriangledown", "▽"),
    ]

    private static let relations: [(String, String)] = [
        ("leq", "≤"), ("le", "≤"), ("geq", "≥"), ("ge", "≥"), ("neq", "≠"), ("ne", "≠"), ("approx", "≈"),
        ("sim", "∼"), ("simeq", "≃"), ("cong", "≅"), ("equiv", "≡"), ("propto", "∝"), ("in", "∈"),
        ("notin", "∉"), ("ni", "∋"), ("subset", "⊂"), ("subseteq", "⊆"), ("supset", "⊃"), ("supseteq", "⊇"),
        ("ll", "≪"), ("gg", "≫"), ("prec", "≺"), ("succ", "≻"), ("preceq", "⪯"), ("succeq", "⪰"),
        ("mid", "∣"), ("parallel", "∥"), ("perp", "⊥"), ("models", "⊨"), ("vdash", "⊢"), ("doteq", "≐"),
        ("coloneqq", "≔"), ("leqslant", "⩽"), ("geqslant", "⩾"), ("asymp", "≍"), ("lesssim", "≲"),
        ("gtrsim", "≳"), ("to", "→"), ("rightarrow", "→"), ("leftarrow", "←"), ("gets", "←"),
        ("leftrightarrow", "↔"), ("Rightarrow", "⇒"), ("Leftarrow", "⇐"), ("Leftrightarrow", "⇔"),
        ("implies", "⟹"), ("impliedby", "⟸"), ("iff", "⟺"), ("mapsto", "↦"), ("longrightarrow", "⟶"),
        ("longleftarrow", "⟵"), ("longmapsto", "⟼"), ("Longrightarrow", "⟹"), ("Longleftarrow", "⟸"),
        ("Longleftrightarrow", "⟺"), ("uparrow", "↑"), ("downarrow", "↓"), ("nearrow", "↗"),
        ("searrow", "↘"), ("hookrightarrow", "↪"), ("rightharpoonup", "⇀"),
    ]
}

extension Operators {
    /// `\not` before a relation: the negated relation (`\not=` is ≠), or the relation struck through.
    static let commands: [Command] = [
        Command("not", [.math], doc: "negates the relation after it: \\not\\in is ∉") { _, call in
            guard let symbol = call.node(0) as? SymbolNode else { return call.node(0) }
            let text = negated[symbol.text] ?? symbol.text + "\u{0338}"
            return SymbolNode(text, symbol.kind, atomClass: symbol.atomClass, font: symbol.font)
        },
    ]

    private static let negated: [String: String] = [
        "=": "≠", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "∈": "∉", "≡": "≢", "∼": "≁", "≈": "≉", "⊂": "⊄",
        "⊆": "⊈", "⊃": "⊅", "⊇": "⊉", "∣": "∤", "∥": "∦", "≅": "≇", "≃": "≄",
    ]
}
