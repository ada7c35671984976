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

    /// The names the code declares with `let`, `var`, `func`, `struct` or `for`, tuple patterns and `var a = 1, b = 2`
    /// included: a lesson's own `det` or `loss` is its variable in every use, not the builtin of that name.
    private static func declaredNames(_ tokens: [Token]) -> Set<String> {
        var names: Set<String> = []
        var state = State.none
        for token in tokens {
            if token.kind == .whitespace || token.kind == .comment { continue }
            if token.kind == .newline {
                if case .value(0) = state { state = .none }
                continue
            }
            if token.kind == .keyword, let next = declarationStates[token.text] {
                state = next
                continue
            }
            switch state {
            case .function:
                if token.kind == .identifier { names.insert(token.text) }
                state = .none
                continue
            case .pattern(let lists):
                if token.kind == .identifier {
                    names.insert(token.text)
                    continue
                }
                if token.text == "(" || token.text == ")" || token.text == "," { continue }
                // After the pattern of `let`/`var` comes its value, where a `,` at depth 0 starts the next name.
                state = lists ? .value(depth: 0) : .none
            case .value(let depth):
                if ["(", "[", "{"].contains(token.text) {
                    state = .value(depth: depth + 1)
                } else if [")", "]", "}"].contains(token.text) {
                    state = depth == 0 ? .none : .value(depth: depth - 1)
                } else if depth == 0, token.text == "," {
                    state = .pattern(lists: true)
                }
                continue
            case .none:
                break
            }
        }
        return names
    }

    private enum State { case none, function, pattern(lists: Bool), value(depth: Int) }

    /// What each declaring keyword starts: `let` and `var` take lists of names, `for` one pattern.
    private static let declarationStates: [String: State] = [
        "let": .pattern(lists: true), "var": .pattern(lists: true), "for": .pattern(lists: false), "func": .function,
        "struct": .function,
    ]

    /// Names the lexer reads as identifiers that Swift's own highlighting shows as keywords: they are keywords in
    /// a struct's body, and `self` and `Self` in its methods.
    private static let contextualKeywords: Set<String> = ["self", "Self", "mutating", "static", "init"]

    private static func category(_ token: Token) -> TokenKind {
        switch token.kind {
        case .keyword: return .keyword
        case .identifier:
            if contextualKeywords.contains(token.text) { return .keyword }
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
