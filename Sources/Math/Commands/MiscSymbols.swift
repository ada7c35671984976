/// Symbols that are neither letters nor operators: ∞, ∂, ∇, quantifiers, escaped characters, brackets
/// typed without `\left`, and dots.
enum MiscSymbols {
    static let symbols: [Symbol] = [
        Symbol("infty", "∞", .identifier), .ord("partial", "∂"), .ord("nabla", "∇"), .ord("emptyset", "∅"),
        .ord("varnothing", "∅"), .ord("forall", "∀"), .ord("exists", "∃"), .ord("nexists", "∄"),
        Symbol("ell", "ℓ", .identifier), Symbol("hbar", "ℏ", .identifier), .ord("Re", "ℜ"), .ord("Im", "ℑ"),
        .ord("aleph", "ℵ"), .ord("angle", "∠"), .ord("top", "⊤"), .ord("bot", "⊥"), .ord("triangle", "△"),
        .ord("Box", "□"), .ord("checkmark", "✓"), .ord("imath", "ı"), .ord("jmath", "ȷ"),
        Symbol("neg", "¬", .operator), Symbol("lnot", "¬", .operator), Symbol("prime", "′", .operator),
        Symbol("colon", ":", .operator, .punct), Symbol("ldotp", ".", .operator, .punct),
        Symbol("cdotp", "⋅", .operator, .punct),
        .ord("$", "$"), .ord("%", "%"), .ord("&", "&"), .ord("#", "#"), .ord("_", "_"),
        Symbol("{", "{", .operator, .open, stretchy: false), Symbol("}", "}", .operator, .close, stretchy: false),
        Symbol("lbrace", "{", .operator, .open, stretchy: false),
        Symbol("rbrace", "}", .operator, .close, stretchy: false),
        Symbol("|", "‖", .operator, stretchy: false), Symbol("Vert", "‖", .operator, stretchy: false),
        Symbol("vert", "|", .operator, stretchy: false), Symbol("backslash", "\\", .operator, stretchy: false),
        Symbol("lvert", "|", .operator, .open, stretchy: false), Symbol("rvert", "|", .operator, .close, stretchy: false),
        Symbol("lVert", "‖", .operator, .open, stretchy: false), Symbol("rVert", "‖", .operator, .close, stretchy: false),
        Symbol("langle", "⟨", .operator, .open, stretchy: false),
        Symbol("rangle", "⟩", .operator, .close, stretchy: false),
        Symbol("lfloor", "⌊", .operator, .open, stretchy: false),
        Symbol("rfloor", "⌋", .operator, .close, stretchy: false),
        Symbol("lceil", "⌈", .operator, .open, stretchy: false),
        Symbol("rceil", "⌉", .operator, .close, stretchy: false),
    ]

    /// Punctuation and brackets typed in a formula.
    static let characters: [Unicode.Scalar: Symbol] = [
        ",": Symbol(",", ",", .operator, .punct), ";": Symbol(";", ";", .operator, .punct),
        ".": Symbol(".", ".", .operator), "!": Symbol("!", "!", .operator), "?": Symbol("?", "?", .operator),
        "/": Symbol("/", "/", .operator), "|": Symbol("|", "|", .operator, stretchy: false),
        "(": Symbol("(", "(", .operator, .open, stretchy: false), ")": Symbol(")", ")", .operator, .close, stretchy: false),
        "[": Symbol("[", "[", .operator, .open, stretchy: false), "]": Symbol("]", "]", .operator, .close, stretchy: false),
        "@": Symbol("@", "@", .identifier), "\"": Symbol("\"", "\"", .identifier), "`": Symbol("`", "‘", .identifier),
    ]

    /// `\ldots` and its kin, spaced as TeX's inner atoms by the row around them.
    static let commands: [Command] = [
        ("ldots", "…"), ("dots", "…"), ("dotsc", "…"), ("cdots", "⋯"), ("dotsb", "⋯"), ("dotsm", "⋯"),
        ("vdots", "⋮"), ("ddots", "⋱"),
    ].map { name, text in
        Command(name, doc: "the dots \(text)") { _, _ in DotsNode(text: text) }
    }
}

/// Dots: an operator the browser does not space, so the row gives it TeX's thin spaces.
struct DotsNode: MathNode {
    let text: String
    var atomClass: AtomClass { .inner }
    var spacedByRow: Bool { true }

    func mathML() -> MathML {
        MathML("mo", ["lspace": "0em", "rspace": "0em"], text: text)
    }

    func runs(_ writer: inout RunWriter) {
        writer.write(text)
    }
}
