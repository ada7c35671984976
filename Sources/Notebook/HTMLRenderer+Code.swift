import Language

extension HTMLRenderer {
    /// swift-nn code as highlighted HTML; `marks` holds the expectations of each line (0-based), drawn at its end.
    static func highlighted(_ code: String, marks: [Int: [ExpectationResult]]) -> String {
        let source = code.hasSuffix("\n") ? String(code.dropLast()) : code
        var out = ""
        var line = 0
        for token in Highlighter.tokens(source) {
            let name = Self.className(token.kind)
            for (position, piece) in token.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if position > 0 {
                    out += mark(marks[line] ?? []) + "\n"
                    line += 1
                }
                guard !piece.isEmpty else { continue }
                let text = HTMLEscape.text(String(piece))
                out += name.map { "<span class=\"\($0)\">\(text)</span>" } ?? text
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
