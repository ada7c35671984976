/// Recursive-descent parser for swift-nn. Statements end at a newline or `;`, as in Swift.
/// It stops at the first syntax error: one precise message beats a cascade of guesses.
struct Parser {
    var tokens: [Token]
    var index = 0
    /// Guards the native stack against absurdly nested input: brackets, blocks, and the links of a chain
    /// (`a + b + …`, `f()()…`, `- - x`), each of which makes the tree one level deeper to evaluate and free.
    var depth = 0
    static let maxDepth = 1_000
    /// False while parsing an `if`, `while` or `for` header, where `{` opens the body.
    var trailingClosuresAllowed = true
    /// Loops around the current statement within the current function: `break` needs one.
    var loopDepth = 0
    /// How many `switch` bodies enclose the current statement within its function: `break` may end one.
    var switchDepth = 0
    /// Functions and closures around the current statement: `return` needs one.
    var functionDepth = 0

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole cell.
    static func parse(_ source: String) throws -> [Stmt] {
        var parser = Parser(tokens: Lexer.significantTokens(source))
        return try parser.program()
    }

    /// The modules whose `import` at the top of a cell is accepted and does nothing.
    static let systemModules: Set<String> = ["Foundation", "Darwin", "Glibc", "Swift"]

    mutating func program() throws -> [Stmt] {
        var statements: [Stmt] = []
        while current.kind != .end {
            if check(";") { advance(); continue }
            if current.kind == .keyword, current.text == "import", Parser.systemModules.contains(peek(1).text) {
                // Swift code pasted in starts with `import Foundation`; what it brings is here already.
                advance()
                advance()
                try endOfStatement()
                continue
            }
            if current.kind == .keyword, current.text == "struct" {
                statements.append(.structure(try structDeclaration()))
            } else {
                statements += try statementGroup()
            }
            try endOfStatement()
        }
        return statements
    }

    // MARK: Token helpers

    var current: Token { tokens[index] }
    var previous: Token { tokens[max(0, index - 1)] }

    func peek(_ offset: Int) -> Token {
        tokens[min(index + offset, tokens.count - 1)]
    }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    /// True when the current token is this operator, punctuation or keyword.
    func check(_ text: String) -> Bool {
        let t = current
        return (t.kind == .operator || t.kind == .punctuation || t.kind == .keyword) && t.text == text
    }

    mutating func match(_ text: String) -> Bool {
        guard check(text) else { return false }
        advance()
        return true
    }

    @discardableResult
    mutating func expect(_ text: String, _ context: String) throws -> Token {
        guard check(text) else { throw unexpected("expected `\(text)` \(context)") }
        return advance()
    }

    mutating func identifier(_ context: String) throws -> Token {
        guard current.kind == .identifier else { throw unexpected("expected a name \(context)") }
        return advance()
    }

    /// An error at the current token that describes what was found instead.
    func unexpected(_ message: String) -> LanguageError {
        let t = current
        if let problem = t.problem { return LanguageError(message: problem, position: t.position, length: t.text.count) }
        let found: String
        switch t.kind {
        case .end: found = "end of cell"
        case .string: found = "a string"
        case .integer, .float: found = "`\(t.text)`"
        default: found = "`\(t.text)`"
        }
        return LanguageError(message: "\(message), found \(found)", position: t.position, length: max(1, t.text.count))
    }

    mutating func endOfStatement() throws {
        if current.kind == .end || current.newlineBefore || check("}") { return }
        if match(";") { return }
        if current.kind == .expectation {
            throw LanguageError(message: "`//=>` must follow an expression", position: current.position, length: 4)
        }
        throw unexpected("consecutive statements on a line must be separated by `;`")
    }

    mutating func nest() throws {
        depth += 1
        if depth > Parser.maxDepth {
            throw LanguageError(message: "code nested more than \(Parser.maxDepth) levels deep", position: current.position)
        }
    }

    // MARK: Types

    /// Parses a type and ignores it: parameter and return types are advisory.
    mutating func skipType() throws {
        _ = try typeAnnotation()
    }

    /// A type: `Name`, `Name.Inner`, `Name<…>` (generic arguments are not kept), `[T]`, `[K: V]`, `(A, B)`,
    /// `(A) -> B`, each optionally followed by `?` or `!`.
    mutating func typeAnnotation() throws -> TypeAnnotation {
        try nest()
        defer { depth -= 1 }
        var type: TypeAnnotation
        if match("(") {
            var items: [TypeAnnotation] = []
            if !check(")") {
                repeat {
                    if current.kind == .identifier && peek(1).text == ":" { advance(); advance() }
                    items.append(try typeAnnotation())
                } while match(",")
            }
            try expect(")", "to close the tuple type")
            type = items.count == 1 ? items[0] : .tuple(items)
        } else if match("[") {
            let element = try typeAnnotation()
            type = match(":") ? .dictionary(element, try typeAnnotation()) : .array(element)
            try expect("]", "to close the array type")
        } else {
            var name = try identifier("of a type").text
            while match(".") { name += "." + (try identifier("of a type").text) }
            if check("<") {
                advance()
                repeat { try skipType() } while match(",")
                try expect(">", "to close the generic arguments")
            }
            type = .named(name)
        }
        while check("?") || check("!") || check("??") {
            type = advance().text == "??" ? .optional(.optional(type)) : .optional(type)
        }
        if match("->") {
            try skipType()
            type = .function
        }
        return type
    }
}
