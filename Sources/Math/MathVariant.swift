/// A math alphabet chosen by a font command (`\mathbf`, `\mathbb`, …). MathML Core draws these as the
/// characters of Unicode's Mathematical Alphanumeric Symbols block, so the mapping is ours to do.
enum MathVariant: Hashable, Sendable {
    case normal, bold, italic, boldItalic, script, fraktur, doubleStruck, sansSerif, monospace

    /// `text` in this alphabet; characters the alphabet lacks stay as they are.
    func map(_ text: String) -> String {
        guard self != .normal else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(map(scalar) ?? scalar)
        }
        return String(out)
    }

    /// How SVG text draws this alphabet: a style for the ones fonts do with weight and slant, nil for the
    /// ones that need their own characters.
    var runStyle: MathRun.Style? {
        switch self {
        case .normal, .sansSerif, .monospace: .normal
        case .bold: .bold
        case .italic: .italic
        case .boldItalic: .boldItalic
        case .script, .fraktur, .doubleStruck: nil
        }
    }

    private func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if let special = Self.holes[self]?[scalar] { return special }
        let value = scalar.value
        let base: UInt32?
        switch value {
        case 0x41...0x5A: base = latinBase.map { $0 + value - 0x41 }
        case 0x61...0x7A: base = latinBase.map { $0 + 26 + value - 0x61 }
        case 0x30...0x39: base = digitBase.map { $0 + value - 0x30 }
        case 0x391...0x3A9: base = greekBase.map { $0 + value - 0x391 }
        case 0x3B1...0x3C9: base = greekBase.map { $0 + 26 + value - 0x3B1 }
        default: base = nil
        }
        return base.flatMap(Unicode.Scalar.init)
    }

    /// Where A sits in the alphabet; a–z follow 26 later.
    private var latinBase: UInt32? {
        switch self {
        case .normal: nil
        case .bold: 0x1D400
        case .italic: 0x1D434
        case .boldItalic: 0x1D468
        case .script: 0x1D49C
        case .fraktur: 0x1D504
        case .doubleStruck: 0x1D538
        case .sansSerif: 0x1D5A0
        case .monospace: 0x1D670
        }
    }

    private var digitBase: UInt32? {
        switch self {
        case .bold: 0x1D7CE
        case .doubleStruck: 0x1D7D8
        case .sansSerif: 0x1D7E2
        case .monospace: 0x1D7F6
        default: nil
        }
    }

    /// Where Α sits; ∇ follows Ω, then α, 26 places after Α.
    private var greekBase: UInt32? {
        switch self {
        case .bold: 0x1D6A8
        case .italic: 0x1D6E2
        case .boldItalic: 0x1D71C
        default: nil
        }
    }

    /// Letters that were in Unicode before the math block, whose slots there are left empty.
    private static let holes: [MathVariant: [Unicode.Scalar: Unicode.Scalar]] = [
        .italic: ["h": "ℎ"],
        .script: ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
                  "e": "ℯ", "g": "ℊ", "o": "ℴ"],
        .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"],
        .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
        .bold: ["\u{3F5}": "\u{1D6DC}", "\u{3D1}": "\u{1D6DD}", "\u{3D5}": "\u{1D6DF}", "\u{3F1}": "\u{1D6E0}",
                "\u{3D6}": "\u{1D6E1}", "\u{2202}": "\u{1D6DB}", "\u{2207}": "\u{1D6C1}"],
        .boldItalic: ["\u{3F5}": "\u{1D750}", "\u{3D1}": "\u{1D751}", "\u{3D5}": "\u{1D753}", "\u{3F1}": "\u{1D754}",
                      "\u{3D6}": "\u{1D755}", "\u{2202}": "\u{1D74F}", "\u{2207}": "\u{1D735}"],
    ]
}
