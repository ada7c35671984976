import Language

extension HTMLRenderer {
    /// swift-nn code as highlighted HTML; `marks` holds the expectations of each line (0-based), drawn at its end.
    /// `lines` is `highlightedLines(code)` when it is at hand already.
    static func highlighted(_ code: String, marks: [Int: [ExpectationResult]], lines: [String]? = nil) -> String {
        let lines = lines ?? highlightedLines(code)
        var out = ""
        for (line, html) in lines.enumerated() {
            if line > 0 { out += "\n" }
            out += html
            out += mark(marks[line] ?? [])
        }
        return out
    }

    /// The highlighted HTML of each line of `code` (without a final line break), without marks: a token that
    /// spans lines is closed at each line's end and opened again on the next, so each line stands alone. It
    /// depends on the code alone, so a page can have it made while the cells run.
    static func highlightedLines(_ code: String) -> [String] {
        let source = code.hasSuffix("\n") ? String(code.dropLast()) : code
        var lines: [String] = []
        var out = ""
        func write(_ piece: String, _ name: String?) {
            guard let name else { return out += HTMLEscape.text(piece) }
            out += "<span class=\""
            out += name
            out += "\">"
            out += HTMLEscape.text(piece)
            out += "</span>"
        }
        for token in Highlighter.tokens(source) {
            let name = Self.className(token.kind)
            // Most tokens hold no line break: written whole, without splitting.
            guard token.text.utf8.contains(UInt8(ascii: "\n")) else {
                if !token.text.isEmpty { write(token.text, name) }
                continue
            }
            for (position, piece) in token.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if position > 0 {
                    lines.append(out)
                    out = ""
                }
                if !piece.isEmpty { write(String(piece), name) }
            }
        }
        lines.append(out)
        return lines
    }

    /// Short class names in the spirit of Pygments; identifiers, punctuation and spaces stay plain.
    static func className(_ kind: TokenKind) -> String? {
        switch kind {
        case .keyword: "k"
        case .builtin: "nb"
        case .number: "m"
        case .string: "s"
        case .comment: "c"
        case .expectation: "x"
        case .operator: "o"
        case .identifier, .punctuation, .whitespace: nil
        }
    }
}
