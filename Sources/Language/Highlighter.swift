/// Token categories for syntax highlighting.
public enum TokenKind: String, Hashable, Sendable {
    case keyword, identifier, builtin, number, string, comment, expectation, `operator`, punctuation, whitespace
}

/// A run of source text and its category.
public struct HighlightToken: Hashable, Sendable {
    public var kind: TokenKind
    public var text: String

    public init(kind: TokenKind, text: String) {
        self.kind = kind
        self.text = text
    }
}

/// Highlighting with the interpreter's own lexer, so what is coloured is what runs.
public enum Highlighter {
    /// The tokens of `source`; their texts concatenate to `source` exactly, even for malformed code.
    public static func tokens(_ source: String) -> [HighlightToken] {
        let tokens = Lexer.allTokens(source)
        let declared = declaredNames(tokens)
        var result: [HighlightToken] = []
        for token in tokens {
            var kind = category(token)
            if kind == .builtin, declared.contains(token.text) { kind = .identifier }
            if let last = result.last, last.kind == kind, kind == .whitespace {
                result[result.count - 1].text += token.text
            } else {
                result.append(HighlightToken(kind: kind, text: token.text))
            }
        }
        return result
    }

    /// The names the code declares with `let`, `var`, `func` or `for`: a lesson's own `det` or `loss` is its
    /// variable in every use, not the builtin of that name.
    private static func declaredNames(_ tokens: [Token]) -> Set<String> {
        var names: Set<String> = []
        var declaring = false
        for token in tokens {
            switch token.kind {
            case .whitespace, .newline, .comment: continue
            case .keyword where ["let", "var", "func", "for"].contains(token.text):
                declaring = true
                continue
            case .identifier where declaring: names.insert(token.text)
            default: break
            }
            declaring = false
        }
        return names
    }

    private static func category(_ token: Token) -> TokenKind {
        switch token.kind {
        case .keyword: return .keyword
        case .identifier:
            return Builtins.table[token.text] != nil || Builtins.constants[token.text] != nil ? .builtin : .identifier
        case .integer, .float: return .number
        case .string: return .string
        case .comment: return .comment
        case .expectation: return .expectation
        case .operator: return .operator
        case .punctuation: return .punctuation
        case .whitespace, .newline, .end: return .whitespace
        case .invalid: return .identifier
        }
    }
}
