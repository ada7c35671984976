import Testing
@testable import Markdown

// A lesson is untrusted input: control characters, odd line endings, unclosed constructs and long runs of
// markers must parse, quickly, into something with the right positions, never trap or hang. (Deep nesting of
// quotes, lists and emphasis is in StructureTests.)

struct UntrustedInputTests {
    @Test("long runs of list markers, emphasis runs and brackets parse")
    func longRuns() {
        for source in [
            String(repeating: "- ", count: 50_000) + "x\n",
            String(repeating: "*", count: 50_000) + "x" + String(repeating: "*", count: 50_000) + "\n",
            String(repeating: "[", count: 100_000) + "x" + String(repeating: "]", count: 100_000) + "\n",
        ] {
            #expect(!blocks(source).isEmpty)
        }
    }

    @Test("a NUL byte becomes U+FFFD, as CommonMark says, and the code around it is kept")
    func nulBytes() {
        let code = codeBlocks("a\u{0}b\n\n```swift-nn\nprint(\"x\u{0}y\")\n```\n")
        #expect(code.count == 1)
        #expect(code.first?.code == "print(\"x\u{FFFD}y\")\n")
        #expect(code.first?.firstCodeLine == 4)
    }

    @Test("CRLF and lone CR line endings count lines as LF does")
    func lineEndings() {
        for ending in ["\r\n", "\r"] {
            let source = ["# Head", "", "```swift-nn", "let x = 1", "x //=> 1", "```", ""].joined(separator: ending)
            let code = codeBlocks(source)
            #expect(code.count == 1)
            #expect(code.first?.firstCodeLine == 4)
            #expect(code.first?.code.contains("let x = 1") == true)
        }
    }

    @Test("an unterminated fence runs to the end of the file, and unclosed math stays text")
    func unclosedConstructs() {
        let code = codeBlocks("# T\n\n```swift-nn\nlet x = 1\nx //=> 1\n")
        #expect(code.first?.code == "let x = 1\nx //=> 1\n")
        #expect(mathSpans("$" + String(repeating: "{", count: 100_000) + "\n").isEmpty)
        #expect(mathSpans(String(repeating: "$", count: 9) + "\n").count == 1)
    }

    @Test("unterminated front matter is not front matter")
    func unterminatedFrontMatter() {
        let document = Markdown.parse("---\ntitle: x\n# Heading\n")
        #expect(document.frontMatter == nil)
        #expect(!document.blocks.isEmpty)
    }
}
