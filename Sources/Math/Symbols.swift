/// Characters typed in a formula: letters, digits, operators, punctuation, and Unicode symbols that a
/// command also names (typing ≤ is `\leq`).
enum Symbols {
    static func character(_ scalar: Unicode.Scalar, font: MathVariant?) -> (any MathNode)? {
        if let symbol = Operators.characters[scalar] ?? MiscSymbols.characters[scalar] {
            return symbol.node(font: font)
        }
        if scalar == "~" { return TextNode.space }
        if Lexer.isLetter(scalar) { return SymbolNode(String(scalar), .identifier, font: font) }
        if scalar.value < 0x80 { return nil }
        if let symbol = Registry.symbolsByText[String(scalar)] { return symbol.node(font: font) }
        let kind: SymbolNode.Kind = scalar.properties.isAlphabetic ? .identifier : .operator
        return SymbolNode(String(scalar), kind, font: kind == .identifier ? font : nil)
    }
}
