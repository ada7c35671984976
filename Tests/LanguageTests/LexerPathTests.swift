import Testing
@testable import Language

/// The lexer reads ASCII sources without carriage returns a byte at a time and everything else Character by
/// Character; both readings must give the same tokens.
@Suite("The lexer's ASCII and Unicode readings")
struct LexerPathTests {
    static let sources = [
        "let x = 1.5e-3 + .5 * t.0.1 // note\nx //=> 0.5",
        "func f(_ a: Double) -> Double { a ** 2 }\n/* block /* nested */ */ f(2)",
        "print(\"a \\(b + \"c\") \\u{41}\\n\", #\"$\\beta$\"#)\n[1, 2].map { $0 * 2 } ..< ... ?? != <= &&",
        "let s = \"open\nx @ W + b\tz $ $9999 `",
    ]

    /// Kind, text, position and problem of each token.
    static func summary(_ tokens: [Token]) -> [String] {
        tokens.map { "\($0.kind) \($0.text) \($0.position.line):\($0.position.column) \($0.problem ?? "")" }
    }

    @Test("an ASCII source lexes as it does followed by a line with a non-ASCII comment", arguments: sources)
    func samePrefix(source: String) {
        let ascii = Self.summary(Lexer.allTokens(source))
        let unicode = Self.summary(Lexer.allTokens(source + "\n// é"))
        #expect(unicode.count == ascii.count + 2)
        #expect(Array(unicode.prefix(ascii.count)) == ascii)
    }

    @Test("a carriage return takes the Character reading, where \\r\\n is one line break")
    func carriageReturn() {
        let tokens = Lexer.allTokens("a\r\nb")
        #expect(Self.summary(tokens) == ["identifier a 1:1 ", "newline \r\n 1:2 ", "identifier b 2:1 "])
    }
}
