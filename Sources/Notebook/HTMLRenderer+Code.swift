import Language

extension HTMLRenderer {
    /// swift-nn code as highlighted HTML; `marks` holds the expectations of each line (0-based), drawn at its end.
    static func highlighted(_ code: String, marks: [Int: [ExpectationResult]]) -> String {
        let source = code.hasSuffix("\n") ? String(code.dropLast()) : code
        var out = ""
        out.reserveCapacity(source.utf8.count * 2)
        var line = 0
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
                    out += mark(marks[line] ?? []) + "\n"
                    line += 1
                }
                if !piece.isEmpty { write(String(piece), name) }
            }
        }
        return out + mark(marks[line] ?? [])
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
