extension Parser {
    /// The argument of `\text` and its kin: characters as they are, with TeX's text ligatures and escapes.
    mutating func textArgument(of name: String, at token: Token) throws(MathError) -> TextNode {
        skipSpaces()
        let open = tokens[position]
        guard open.kind != .end else { throw MathError("\\\(name) needs an argument", at: token.range) }
        position += 1
        var text = TextNode()
        guard open.isCharacter("{") else {
            text.append(source(open.range), font: font)
            return text
        }
        try readText(into: &text, openedAt: open)
        return text
    }

    /// Text up to the brace that closes `open`.
    private mutating func readText(into text: inout TextNode, openedAt open: Token) throws(MathError) {
        while true {
            let token = next()
            switch token.kind {
            case .end: throw MathError("this { is never closed", at: open.range)
            case .character("}"): return
            case .character("{"): try readText(into: &text, openedAt: token)
            case .character("~"), .space: text.append(" ", font: font)
            case .character(let scalar): text.append(ligature(scalar), font: font)
            case .command(let name): try textCommand(name, at: token, into: &text)
            }
        }
    }

    /// `--` → –, `---` → —, quotes curled, as TeX sets text.
    private mutating func ligature(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "-" where tokens[position].isCharacter("-"):
            position += 1
            if tokens[position].isCharacter("-") {
                position += 1
                return "—"
            }
            return "–"
        case "'": return "’"
        case "`": return "‘"
        default: return String(scalar)
        }
    }

    private mutating func textCommand(_ name: String, at token: Token, into text: inout TextNode) throws(MathError) {
        if let escaped = Text.escapes[name] {
            text.append(escaped, font: font)
        } else if let space = Text.spaces[name] {
            text.append(space, font: font)
        } else if let variant = Text.fonts[name] {
            let outer = font
            font = variant
            defer { font = outer }
            text.append(contentsOf: try textArgument(of: name, at: token))
        } else {
            let suggestion = Registry.suggestion(for: name, among: Text.commandNames).map { "\\" + $0 }
            warn(MathError("unknown command \\\(name) in text", at: token.range, suggestion: suggestion))
            text.appendError(source(token.range))
        }
    }
}
