extension Parser {
    /// The argument of `\text` and its kin: characters as they are, with TeX's text ligatures and escapes.
    mutating func textArgument(of name: String, at token: Token) throws(MathError) -> TextNode {
        skipSpaces()
        let open = tokens[position]
        guard open.kind != .end else { throw MathError("\\\(name) needs an argument", at: token.range) }
        position += 1
        var text = TextNode()
        guard open.isCharacter("{") else {
            text.append(open.text, font: font)
            return text
        }
        try readText(into: &text, openedAt: open)
        return text
    }

    /// Text up to the brace that closes `open`.
    private mutating func readText(into text: inout TextNode, openedAt open: Token) throws(MathError) {
        while true {
            try expandMacros()
            let token = next()
            switch token.kind {
            case .end: throw MathError("this { is never closed", at: open.range)
            case .character("}"): return
            case .character("{"): try readText(into: &text, openedAt: token)
            case .character("~"), .space: text.append(" ", font: font)
            case .character("$"): text.append(node: try nestedMath(closedBy: .dollar, "$", openedAt: token))
            case .command("("): text.append(node: try nestedMath(closedBy: .mathClose, "\\)", openedAt: token))
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

    /// Math inside text, `$…$` or `\(…\)`, read with no text font in force.
    private mutating func nestedMath(closedBy stop: Stops, _ close: String, openedAt open: Token) throws(MathError) -> any MathNode {
        let outer = font
        font = nil
        defer { font = outer }
        let list = try parseList(until: [stop, .brace])
        guard tokens[position].kind != .end, !tokens[position].isCharacter("}") else { throw MathError("this math is never closed by \(close)", at: open.range) }
        position += 1
        return RowNode(list)
    }

    private mutating func textCommand(_ name: String, at token: Token, into text: inout TextNode) throws(MathError) {
        if let escaped = Text.escapes[name] ?? TextSymbols.characters[name] {
            text.append(escaped, font: font)
        } else if let mark = TextAccents.marks[name] {
            let base = try textArgument(of: name, at: token).plainText
            let first = base.first.map(String.init) ?? "\u{A0}"
            text.append(first + mark + base.dropFirst(), font: font)
        } else if let enclosure = TextEnclosures.classes[name] {
            text.append(node: EnclosureNode(content: try textArgument(of: name, at: token), styleClass: enclosure))
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
            text.appendError(token.text)
        }
    }
}
