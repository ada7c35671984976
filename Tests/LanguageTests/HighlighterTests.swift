import Testing
@testable import Language

struct HighlighterTests {
    @Test(arguments: [
        "let x = 3 //=> 3\nprint(\"a \\(x + 1)\")",
        "func f(_ x: Double) -> Double { x**2 } /* c */",
        "\"unterminated\nlet y = $",
        "/* open comment",
        "x ±§ 1",
        // Interpolations nested past the lexer's bound, closed and not: cut short, and still every character.
        "let s = \"" + String(repeating: "\\(\"", count: 300) + "a" + String(repeating: "\")", count: 300) + "\"",
        "let s = \"" + String(repeating: "\\(\"", count: 300),
    ])
    func tokensReassembleTheSourceExactly(source: String) {
        #expect(Highlighter.tokens(source).map(\.text).joined() == source)
    }

    @Test func categories() {
        let tokens = Highlighter.tokens("let y = sqrt(2.5) //=> 1.58")
        let kinds = tokens.filter { $0.kind != .whitespace }.map(\.kind)
        #expect(kinds == [.keyword, .identifier, .operator, .builtin, .punctuation, .number, .punctuation, .expectation])
    }

    @Test func aDeclaredNameIsTheLessonsOwnNotTheBuiltin() {
        let tokens = Highlighter.tokens("let det = 2.0\nprint(det + log(det))\nfor exp in [1] { print(exp) }")
        let kinds = Dictionary(tokens.map { ($0.text, $0.kind) }, uniquingKeysWith: { first, later in
            #expect(first == later, "every use is coloured alike")
            return first
        })
        #expect(kinds["det"] == .identifier)
        #expect(kinds["exp"] == .identifier)
        #expect(kinds["log"] == .builtin)
        #expect(kinds["print"] == .builtin)
    }

    @Test func everyNameOfAPatternOrAListIsDeclared() {
        let source = "var w = max(1, 2), mse = 0.0\nlet (sum, mean) = (1, 2)\nfor (i, exp) in [(1, 2)] {}\n"
            + "if let v = Int(\"1\") {\n    let relu = v\n}\nprint(norm)"
        let kinds = Dictionary(Highlighter.tokens(source).map { ($0.text, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["mse"] == .identifier)
        #expect(kinds["sum"] == .identifier)
        #expect(kinds["mean"] == .identifier)
        #expect(kinds["exp"] == .identifier)
        #expect(kinds["relu"] == .identifier, "a declaration inside a block")
        #expect(kinds["max"] == .builtin, "the value's names are not declared")
        #expect(kinds["norm"] == .builtin)
    }
}
