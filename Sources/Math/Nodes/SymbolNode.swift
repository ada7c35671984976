/// A single symbol: an identifier (`<mi>`), a number (`<mn>`) or an operator (`<mo>`).
struct SymbolNode: MathNode {
    enum Kind: Hashable, Sendable { case identifier, number, `operator` }

    let text: String
    let kind: Kind
    private(set) var atomClass: AtomClass
    /// The alphabet a font command chose; nil for TeX's default (italic letters, upright digits).
    let font: MathVariant?
    /// Upright by nature even when alone (`\Gamma`, `\partial`): MathML would slant a lone letter.
    let upright: Bool
    /// Brackets typed without `\left` keep their size, as in TeX.
    let stretchy: Bool?

    init(
        _ text: String, _ kind: Kind, atomClass: AtomClass = .ord, font: MathVariant? = nil, upright: Bool = false,
        stretchy: Bool? = nil
    ) {
        self.text = text
        self.kind = kind
        self.atomClass = atomClass
        self.font = font
        self.upright = upright
        self.stretchy = stretchy
    }

    func with(atomClass: AtomClass) -> SymbolNode {
        var copy = self
        copy.atomClass = atomClass
        return copy
    }

    func mathML() -> MathML {
        switch kind {
        case .identifier:
            let shown = font?.map(text) ?? text
            let keepUpright = (upright && font == nil) || font == .normal
            let attributes: Attributes = keepUpright && shown.unicodeScalars.count == 1 ? ["mathvariant": "normal"] : [:]
            return MathML("mi", attributes, text: shown)
        case .number:
            return MathML("mn", text: font == .bold || font == .doubleStruck || font == .sansSerif || font == .monospace
                ? font!.map(text) : text)
        case .operator:
            var attributes: Attributes = [:]
            if atomClass == .ord {
                attributes["lspace"] = "0em"
                attributes["rspace"] = "0em"
            }
            if let stretchy { attributes["stretchy"] = stretchy ? "true" : "false" }
            return MathML("mo", attributes, text: text)
        }
    }

    func runs(_ writer: inout RunWriter) {
        switch kind {
        case .identifier:
            guard let font else {
                writer.write(text, style: upright || text.unicodeScalars.count > 1 ? .normal : .italic)
                return
            }
            if let style = font.runStyle { writer.write(text, style: style) } else { writer.write(font.map(text)) }
        case .number:
            writer.write(text, style: font == .bold ? .bold : .normal)
        case .operator:
            switch atomClass {
            case .bin where writer.onBaseline, .rel where writer.onBaseline: writer.write(" \(text) ")
            case .punct where writer.onBaseline: writer.write(text + "\u{2009}")
            default: writer.write(text)
            }
        }
    }
}
