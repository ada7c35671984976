/// Turns swift-nn source into tokens. It never fails: malformed input becomes `.invalid` tokens
/// (or strings with a `problem`) that the parser reports, so the highlighter can use the same lexer.
struct Lexer {
    private let chars: [Character]
    /// Each character's ASCII code, or 0: operators are matched on these, since comparing two different
    /// Characters is a string comparison (operator matching was most of lexing a lesson).
    private let codes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    /// True right after a name, `)` or `]`, where `.0` is a tuple member, not the number 0.0.
    private var afterOperand = false
    /// True right after a member `.`, where `1.0` in `t.1.0` is two tuple members, not a Double.
    private var afterMemberDot = false
    /// How many `\(` the current position is inside; lexing one recurses, so the nesting is bounded.
    private var interpolationDepth = 0
    /// Set when the nesting hit the bound, so that every enclosing string reports it.
    private var interpolationTooDeep = false
    static let maxInterpolationDepth = 100
    /// The Character of each ASCII code, made once.
    private static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
    /// The highest closure parameter number, `$255`.
    static let highestShorthand = 255

    init(_ source: String) {
        // ASCII without carriage returns, most cells: one Character per byte, without the grapheme breaking
        // `Array(source)` does (a quarter of lexing a lesson).
        if source.utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) {
            codes = Array(source.utf8)
            chars = codes.map { Lexer.asciiCharacters[Int($0)] }
            return
        }
        chars = Array(source)
        codes = chars.map { character in
            let utf8 = character.utf8
            return utf8.count == 1 ? utf8.first! : 0
        }
    }

    /// Every token, trivia included; the concatenated texts equal the source.
    static func allTokens(_ source: String) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while let token = lexer.next() { tokens.append(token) }
        return tokens
    }

    /// The tokens the parser needs: no whitespace or plain comments, newlines folded into `newlineBefore`,
    /// ending with an `.end` token.
    static func significantTokens(_ source: String) -> [Token] {
        var result: [Token] = []
        var sawNewline = false
        var lexer = Lexer(source)
        while let token = lexer.next() {
            switch token.kind {
            case .whitespace: continue
            case .comment: if token.text.hasPrefix("/*") && token.text.contains("\n") { sawNewline = true }
            case .newline: sawNewline = true
            default:
                var token = token
                token.newlineBefore = sawNewline
                sawNewline = false
                result.append(token)
            }
        }
        // The end sits just after the last real token, so "found end of cell" points at a line with code on it.
        let end = result.last.map { Position(line: $0.position.line, column: $0.position.column + $0.text.count) }
        result.append(Token(kind: .end, text: "", position: end ?? lexer.here, newlineBefore: true))
        return result
    }

    private var here: Position { Position(line: line, column: column) }

    /// The ASCII code `offset` characters ahead, or 0 past the end or for a character outside ASCII. Tests on
    /// codes rather than Characters: comparing Characters is a string comparison, and `isNumber` a Unicode lookup.
    private func ascii(at offset: Int = 0) -> UInt8 {
        let i = index + offset
        return i < codes.count ? codes[i] : 0
    }

    private func peek(_ offset: Int = 0) -> Character? {
        let i = index + offset
        return i < chars.count ? chars[i] : nil
    }

    @discardableResult
    private mutating func advance() -> Character {
        let c = chars[index]
        // "\r\n" is one Character, with no single ASCII code.
        if codes[index] == 10 || (codes[index] == 0 && c == "\r\n") {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
        return c
    }

    /// The run of characters from here that `ascii` accepts by code (or `other`, for one outside ASCII), which
    /// must never accept a line break. Runs of names, digits and spaces are most of a cell, and comparing
    /// Characters one by one was most of lexing it.
    private mutating func take(ascii: (UInt8) -> Bool, other: (Character) -> Bool) -> String {
        let start = index
        var allASCII = true
        while index < chars.count {
            let code = codes[index]
            if code != 0 {
                guard ascii(code) else { break }
            } else {
                guard other(chars[index]) else { break }
                allASCII = false
            }
            index += 1
        }
        column += index - start
        return allASCII ? String(decoding: codes[start..<index], as: UTF8.self) : String(chars[start..<index])
    }

    private static func isASCIIDigit(_ code: UInt8) -> Bool { code >= 48 && code <= 57 }

    private static func isASCIINameCharacter(_ code: UInt8) -> Bool {
        (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || isASCIIDigit(code) || code == 95
    }

    mutating func next() -> Token? {
        guard let token = scan() else { return nil }
        switch token.kind {
        case .whitespace, .newline, .comment: return token
        case .identifier, .integer: afterOperand = true
        // After a key path's `\`, `.1` is a member, as after an operand.
        case .punctuation: afterOperand = token.text == ")" || token.text == "]" || token.text == "\\"
        // A postfix `!` right before a `.` keeps an operand: `t!.1` is a tuple member, as in Swift.
        case .operator where afterOperand && token.text == "!":
            afterOperand = index < codes.count && codes[index] == UInt8(ascii: ".")
        default: afterOperand = false
        }
        afterMemberDot = token.kind == .punctuation && token.text == "."
        return token
    }

    private mutating func scan() -> Token? {
        guard let c = peek() else { return nil }
        let start = here
        func token(_ kind: LexKind, _ text: String) -> Token { Token(kind: kind, text: text, position: start) }

        let code = codes[index]
        if code == 10 || (code == 0 && c == "\r\n") { advance(); return token(.newline, String(c)) }
        if code == 32 || code == 9 || code == 13 {
            return token(.whitespace, take(ascii: { $0 == 32 || $0 == 9 || $0 == 13 }, other: { _ in false }))
        }
        if code == UInt8(ascii: "/") && ascii(at: 1) == UInt8(ascii: "/") { return lineComment(start) }
        if code == UInt8(ascii: "/") && ascii(at: 1) == UInt8(ascii: "*") { return blockComment(start) }
        if Lexer.isASCIIDigit(code) { return number(start) }
        if code == UInt8(ascii: "."), !afterOperand, Lexer.isASCIIDigit(ascii(at: 1)) { return number(start) }
        if code == UInt8(ascii: "\"") { return string(start) }
        if code == UInt8(ascii: "#") && ascii(at: 1) == UInt8(ascii: "\"") { return rawString(start) }
        if Lexer.isASCIINameCharacter(code) && !Lexer.isASCIIDigit(code) || code == 0 && c.isLetter {
            let word = take(ascii: Lexer.isASCIINameCharacter, other: { $0.isLetter || $0.isNumber })
            return token(Token.keywords.contains(word) ? .keyword : .identifier, word)
        }
        if c == "$" {
            advance()
            let digits = take(ascii: Lexer.isASCIIDigit, other: { _ in false })
            if digits.isEmpty {
                return Token(kind: .invalid, text: "$", position: start, problem: "`$` must be followed by a digit, as in `$0`")
            }
            // A closure gets a parameter for every number up to the highest it names: `$66666666` would make
            // millions of them.
            guard let number = Int(digits), number <= Lexer.highestShorthand else {
                return Token(
                    kind: .invalid, text: "$" + digits, position: start,
                    problem: "a closure has at most \(Lexer.highestShorthand + 1) parameters, `$0` to `$\(Lexer.highestShorthand)`")
            }
            return token(.identifier, "$" + digits)
        }
        if let op = Lexer.operatorsByFirstCode[Int(codes[index])].first(where: matches) {
            for _ in op.code { advance() }
            return token(op.isPunctuation ? .punctuation : .operator, op.text)
        }
        advance()
        return Token(kind: .invalid, text: String(c), position: start, problem: "unexpected character `\(c)`")
    }

    /// Longest first, so `..<` wins over `..` and `**=` is never split.
    private static let operators: [String] = [
        "..<", "...", "**", "->", "??", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=", "%=",
        "+", "-", "*", "/", "%", "@", "=", "<", ">", "!", "?", ".", ",", ":", ";", "(", ")", "[", "]", "{", "}",
        "\\",
    ]
    /// `\` starts a key path, `\.count`.
    private static let punctuation: Set<String> = [".", ",", ":", ";", "(", ")", "[", "]", "{", "}", "->", "\\"]

    /// One of `operators` ready to match: its ASCII codes, and whether it is punctuation.
    private struct Operator {
        let text: String
        let code: [UInt8]
        let isPunctuation: Bool
    }

    /// The operators that start with each ASCII code, longest first; none for code 0.
    private static let operatorsByFirstCode: [[Operator]] = {
        var table = [[Operator]](repeating: [], count: 128)
        for text in operators {
            let code = Array(text.utf8)
            table[Int(code[0])].append(Operator(text: text, code: code, isPunctuation: punctuation.contains(text)))
        }
        return table
    }()

    private func matches(_ op: Operator) -> Bool {
        guard index + op.code.count <= codes.count else { return false }
        for (offset, code) in op.code.enumerated() where codes[index + offset] != code { return false }
        return true
    }

    private mutating func lineComment(_ start: Position) -> Token {
        let text = take(ascii: { $0 != 10 }, other: { $0 != "\r\n" })
        let kind: LexKind = text.hasPrefix("//=>") ? .expectation : .comment
        return Token(kind: kind, text: text, position: start)
    }

    private mutating func blockComment(_ start: Position) -> Token {
        var text = String(advance()) + String(advance())
        var depth = 1
        while depth > 0, let c = peek() {
            if c == "/" && peek(1) == "*" {
                depth += 1
                text += String(advance()) + String(advance())
            } else if c == "*" && peek(1) == "/" {
                depth -= 1
                text += String(advance()) + String(advance())
            } else {
                text.append(advance())
            }
        }
        var token = Token(kind: .comment, text: text, position: start)
        if depth > 0 { token.kind = .invalid; token.problem = "unterminated block comment" }
        return token
    }

    private mutating func number(_ start: Position) -> Token {
        func digits() -> String { take(ascii: { Lexer.isASCIIDigit($0) || $0 == 95 }, other: { _ in false }) }
        var text = digits()
        if afterMemberDot { return Token(kind: .integer, text: text, position: start) }
        var isFloat = false
        if ascii() == UInt8(ascii: "."), Lexer.isASCIIDigit(ascii(at: 1)) {
            isFloat = true
            text.append(advance())
            text += digits()
        }
        if ascii() == UInt8(ascii: "e") || ascii() == UInt8(ascii: "E") {
            let sign = ascii(at: 1) == UInt8(ascii: "+") || ascii(at: 1) == UInt8(ascii: "-")
            if Lexer.isASCIIDigit(ascii(at: sign ? 2 : 1)) {
                isFloat = true
                text.append(advance())
                if sign { text.append(advance()) }
                text += digits()
            }
        }
        return Token(kind: isFloat ? .float : .integer, text: text, position: start)
    }

    /// A string literal with `\n \t \r \" \' \\ \0 \u{…}` escapes and `\(expr)` interpolation.
    private mutating func string(_ start: Position) -> Token {
        var text = String(advance())
        var segments: [StringSegment] = []
        var literal = ""
        var problem: String?
        loop: while true {
            guard let c = peek(), c != "\n", c != "\r\n" else {
                problem = "unterminated string literal"
                break
            }
            text.append(advance())
            switch c {
            case "\"":
                break loop
            case "\\":
                guard let e = peek(), e != "\n" else { continue loop }
                if e == "(" {
                    guard interpolationDepth < Lexer.maxInterpolationDepth else {
                        interpolationTooDeep = true
                        problem = "string interpolations nested more than \(Lexer.maxInterpolationDepth) levels deep"
                        break loop
                    }
                    if !literal.isEmpty { segments.append(.text(literal)); literal = "" }
                    text.append(advance())
                    interpolationDepth += 1
                    let (inner, raw, closed) = interpolation()
                    interpolationDepth -= 1
                    text += raw
                    if interpolationTooDeep {
                        problem = "string interpolations nested more than \(Lexer.maxInterpolationDepth) levels deep"
                        break loop
                    }
                    if !closed { problem = "unterminated interpolation `\\(`"; break loop }
                    segments.append(.code(inner.tokens, inner.start))
                    continue loop
                }
                text.append(advance())
                switch e {
                case "n": literal.append("\n")
                case "t": literal.append("\t")
                case "r": literal.append("\r")
                case "0": literal.append("\0")
                case "\"", "\\", "'": literal.append(e)
                case "u":
                    switch unicodeEscape(into: &text) {
                    case .success(let scalar):
                        literal.unicodeScalars.append(scalar)
                    case .failure(let failure):
                        problem = problem ?? failure.message
                    }
                default: problem = problem ?? "unknown escape sequence `\\\(e)`"
                }
            default:
                literal.append(c)
            }
        }
        if !literal.isEmpty || segments.isEmpty { segments.append(.text(literal)) }
        if interpolationDepth == 0 { interpolationTooDeep = false }
        var token = Token(kind: .string, text: text, position: start, segments: segments)
        token.problem = problem
        return token
    }

    /// The `{XXXX}` of a `\u{XXXX}` escape, just after its `u`: 1 to 8 hex digits naming a Unicode scalar. What it
    /// reads goes on `text`, the literal's source.
    private mutating func unicodeEscape(into text: inout String) -> Result<Unicode.Scalar, EscapeProblem> {
        guard peek() == "{" else { return .failure(EscapeProblem("`\\u` needs braces, as in `\\u{1F600}`")) }
        text.append(advance())
        var digits = ""
        while let c = peek(), c.isASCII, c.isHexDigit, digits.count < 8 {
            digits.append(advance())
        }
        text += digits
        guard peek() == "}", !digits.isEmpty else {
            return .failure(EscapeProblem("`\\u{…}` takes 1 to 8 hexadecimal digits and a closing `}`"))
        }
        text.append(advance())
        guard let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else {
            return .failure(EscapeProblem("`\\u{\(digits)}` is not a Unicode scalar"))
        }
        return .success(scalar)
    }

    /// Why a `\u{…}` escape is invalid.
    private struct EscapeProblem: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// `#"…"#`: Swift's raw string, where a backslash is just a backslash — the way to write TeX such as
    /// `#"$\log\mathcal{L}$"#`, as matplotlib users write `r"…"`.
    private mutating func rawString(_ start: Position) -> Token {
        var text = String(advance()) + String(advance())
        var literal = ""
        while let c = peek(), c != "\n", c != "\r\n" {
            if c == "\"" && peek(1) == "#" {
                text += String(advance()) + String(advance())
                return Token(kind: .string, text: text, position: start, segments: [.text(literal)])
            }
            literal.append(advance())
            text.append(c)
        }
        var token = Token(kind: .string, text: text, position: start, segments: [.text(literal)])
        token.problem = "unterminated raw string literal; it ends with `\"#`"
        return token
    }

    /// Lexes the tokens of `\( … )` up to the matching parenthesis.
    private mutating func interpolation() -> (inner: (tokens: [Token], start: Position), raw: String, closed: Bool) {
        let start = here
        var depth = 1
        var tokens: [Token] = []
        var raw = ""
        var sawNewline = false
        while let token = next() {
            raw += token.text
            if token.kind == .newline { sawNewline = true; break }
            if token.kind == .punctuation && token.text == "(" { depth += 1 }
            if token.kind == .punctuation && token.text == ")" {
                depth -= 1
                if depth == 0 { break }
            }
            if token.kind != .whitespace && token.kind != .comment { tokens.append(token) }
        }
        tokens.append(Token(kind: .end, text: "", position: here, newlineBefore: true))
        return ((tokens, start), raw, depth == 0 && !sawNewline)
    }
}
