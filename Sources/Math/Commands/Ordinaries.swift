/// Ordinary symbols beyond `MiscSymbols`: Hebrew letters, suits, shapes, music signs, number sets by their
/// short names (`\R`, `\N`), corners and the brackets of stmaryrd.
enum Ordinaries {
    static let symbols: [Symbol] = letters.map { Symbol($0.0, $0.1, .identifier, upright: true) }
        + shapes.map { Symbol.ord($0.0, $0.1) }
        + opening.map { Symbol($0.0, $0.1, .operator, .open, stretchy: false) }
        + closing.map { Symbol($0.0, $0.1, .operator, .close, stretchy: false) }

    static let letters: [(String, String)] = [
        ("alef", "ℵ"), ("alefsym", "ℵ"), ("beth", "ℶ"), ("gimel", "ℷ"), ("daleth", "ℸ"), ("eth", "ð"),
        ("digamma", "ϝ"), ("Finv", "Ⅎ"), ("Game", "⅁"), ("hslash", "ℏ"), ("mho", "℧"), ("wp", "℘"),
        ("weierp", "℘"), ("image", "ℑ"), ("real", "ℜ"), ("thetasym", "ϑ"), ("Bbbk", "𝕜"), ("R", "ℝ"),
        ("Reals", "ℝ"), ("reals", "ℝ"), ("N", "ℕ"), ("natnums", "ℕ"), ("Z", "ℤ"), ("cnums", "ℂ"),
        ("Complex", "ℂ"),
    ]

    static let shapes: [(String, String)] = [
        ("backprime", "‵"), ("bigstar", "★"), ("blacklozenge", "⧫"), ("blacksquare", "■"),
        ("blacktriangle", "▲"), ("blacktriangledown", "▼"), ("blacktriangleleft", "◀"),
        ("blacktriangleright", "▶"), ("lozenge", "◊"), ("square", "□"), ("vartriangle", "△"),
        ("triangledown", "▽"), ("circledR", "®"), ("circledS", "Ⓢ"), ("clubsuit", "♣"), ("clubs", "♣"),
        ("diamondsuit", "♢"), ("diamonds", "♢"), ("heartsuit", "♡"), ("hearts", "♡"), ("spadesuit", "♠"),
        ("spades", "♠"), ("complement", "∁"), ("diagdown", "╲"), ("diagup", "╱"), ("Diamond", "◊"),
        ("flat", "♭"), ("natural", "♮"), ("sharp", "♯"), ("maltese", "✠"), ("measuredangle", "∡"),
        ("sphericalangle", "∢"), ("empty", "∅"), ("exist", "∃"), ("infin", "∞"), ("copyright", "©"),
        ("pounds", "£"), ("mathsterling", "£"), ("yen", "¥"), ("S", "§"), ("P", "¶"), ("degree", "°"),
        ("surd", "√"), ("dag", "†"), ("ddag", "‡"), ("Dagger", "‡"), ("lq", "‘"), ("rq", "’"),
        ("textdollar", "$"), ("smallint", "∫"),
    ]

    static let opening: [(String, String)] = [
        ("ulcorner", "┌"), ("llcorner", "└"), ("lang", "⟨"), ("lparen", "("), ("lbrack", "["), ("lBrace", "⦃"),
        ("llbracket", "⟦"), ("lgroup", "⟮"), ("lmoustache", "⎰"),
    ]

    static let closing: [(String, String)] = [
        ("urcorner", "┐"), ("lrcorner", "┘"), ("rang", "⟩"), ("rparen", ")"), ("rbrack", "]"), ("rBrace", "⦄"),
        ("rrbracket", "⟧"), ("rgroup", "⟯"), ("rmoustache", "⎱"),
    ]
}
