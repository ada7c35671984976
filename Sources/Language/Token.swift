/// A position inside one cell's source: 1-based line and column (in Characters).
struct Position: Hashable, Sendable {
    var line: Int
    var column: Int
}

/// A piece of a string literal: literal text, or the tokens of an interpolated `\(…)` expression.
enum StringSegment: Sendable {
    case text(String)
    case code([Token], Position)
}

/// Lexical categories of swift-nn.
enum LexKind: Sendable, Equatable {
    case identifier
    case keyword
    case integer
    case float
    case string
    case `operator`
    case punctuation
    case comment
    case expectation
    case whitespace
    case newline
    case invalid
    case end
}

/// One token with its source text and where it starts.
struct Token: Sendable {
    var kind: LexKind
    var text: String
    var position: Position
    /// True when a newline separates this token from the previous significant one (ends a statement).
    var newlineBefore = false
    /// The parsed pieces of a string literal.
    var segments: [StringSegment] = []
    /// Why an `.invalid` token (or a malformed string) is wrong.
    var problem: String?

    static let keywords: Set<String> = [
        "let", "var", "func", "return", "if", "else", "for", "in", "while", "break", "continue",
        "true", "false", "nil", "repeat", "guard", "struct", "class", "import", "switch", "case", "default",
        "enum", "protocol", "extension",
    ]
}
