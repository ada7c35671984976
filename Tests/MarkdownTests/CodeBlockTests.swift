import Testing
@testable import Markdown

@Suite("Code blocks")
struct CodeBlockTests {
    @Test func fencedBlockKeepsTheWholeInfoString() throws {
        let code = codeBlocks("Text\n\n```swift-nn\nlet x = 1\nx\n```\n\n``` python {.x #y}\nprint(1)\n```\n")
        #expect(code.map(\.info) == ["swift-nn", "python {.x #y}"])
        #expect(code.map(\.code) == ["let x = 1\nx\n", "print(1)\n"])
        #expect(code.map(\.firstCodeLine) == [4, 9])
        #expect(code.map(\.range) == [range(3, 1, 6, 3), range(8, 1, 10, 3)])
        #expect(code.allSatisfy { $0.fenced && $0.indent == 0 })
    }

    @Test func tildeFenceWithoutInfo() throws {
        let code = try #require(codeBlocks("~~~~\n```\ninside\n~~~~\n").first)
        #expect(code.info == "")
        #expect(code.code == "```\ninside\n")
        #expect(code.fenced)
        #expect(code.firstCodeLine == 2)
    }

    @Test func fenceInsideListItemReportsItsIndent() throws {
        let source = "1. Run this:\n\n   ```swift-nn\n   let y = 2\n     y\n   ```\n"
        let code = try #require(codeBlocks(source).first)
        #expect(code.code == "let y = 2\n  y\n")
        #expect(code.indent == 3)
        #expect(code.firstCodeLine == 4)
        #expect(code.range == range(3, 4, 6, 6))
    }

    @Test func fenceInsideBlockQuote() throws {
        let code = try #require(codeBlocks("> ```js\n> a $x$ b\n> ```\n").first)
        #expect(code.info == "js")
        #expect(code.code == "a $x$ b\n")
        #expect(code.indent == 2)
        #expect(code.firstCodeLine == 2)
    }

    @Test func indentedCodeIsNotFenced() throws {
        let code = try #require(codeBlocks("Para\n\n    let a = 1\n    let b = 2\n\nAfter\n").first)
        #expect(code.fenced == false)
        #expect(code.info == "")
        #expect(code.code == "let a = 1\nlet b = 2\n")
        #expect(code.indent == 4)
        #expect(code.firstCodeLine == 3)
        #expect(code.range == range(3, 5, 4, 13))
    }

    @Test func indentedCodeThatLooksLikeAFenceIsNotFenced() throws {
        let code = try #require(codeBlocks("    ```\n    x\n").first)
        #expect(code.fenced == false)
        #expect(code.code == "```\nx\n")
    }

    @Test func unclosedFenceRunsToTheEnd() throws {
        let code = try #require(codeBlocks("```swift-nn\nlet a = $b$\n").first)
        #expect(code.code == "let a = $b$\n")
        #expect(code.fenced)
    }
}
