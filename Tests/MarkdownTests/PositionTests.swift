import Testing
@testable import Markdown

@Suite("Source positions")
struct PositionTests {
    @Test func headingAndParagraphRanges() {
        let parsed = blocks("# Title\n\nSome text\nand more\n")
        #expect(parsed.map(\.range) == [range(1, 1, 1, 7), range(3, 1, 4, 8)])
    }

    @Test func setextHeadingSpansItsUnderline() {
        guard case .heading(let level, let content, let headingRange)? = blocks("Title\n=====\n").first else {
            Issue.record("expected a heading")
            return
        }
        #expect(level == 1)
        #expect(content == [.text("Title")])
        #expect(headingRange == range(1, 1, 2, 5))
    }

    @Test func positionsAfterFrontMatterCountFileLines() {
        let source = "---\ntitle: Gradients\norder: 2\n---\n# Intro\n\nText $x$ here.\n"
        #expect(blocks(source).map(\.range) == [range(5, 1, 5, 7), range(7, 1, 7, 14)])
        #expect(mathSpans(source).map(\.position) == [position(7, 6)])
    }

    @Test func positionsAfterMultiLineDisplayMath() {
        let source = "Intro\n\n$$\na \\\\\nb\n$$\n\n## Next\n\nText\n"
        let parsed = blocks(source)
        #expect(parsed.map(\.range) == [range(1, 1, 1, 5), range(3, 1, 6, 2), range(8, 1, 8, 7), range(10, 1, 10, 4)])
    }

    @Test func paragraphWithDisplayMathInsideEndsOnTheRightLine() {
        let source = "Before\n$$x\na + y$$ after\nlast line\n\nNext\n"
        #expect(blocks(source).map(\.range) == [range(1, 1, 4, 9), range(6, 1, 6, 4)])
    }

    @Test func columnsCountCharactersNotBytes() {
        let source = "## Grüße, café\n\nnaïve ünïcödé $x$ and 😀 $y$\n"
        let parsed = blocks(source)
        #expect(parsed.first?.range == range(1, 1, 1, 14))
        #expect(parsed.last?.range == range(3, 1, 3, 27))
        #expect(mathSpans(source).map(\.position) == [position(3, 15), position(3, 25)])
    }

    @Test func carriageReturnLineEndingsCountAsOneLine() {
        let source = "# A\r\n\r\nText $x$\r\nmore\r\n"
        #expect(blocks(source).map(\.range) == [range(1, 1, 1, 3), range(3, 1, 4, 4)])
        #expect(mathSpans(source).map(\.position) == [position(3, 6)])
    }

    @Test func listItemsAndQuotesKeepTheirColumns() {
        let source = "> quoted $a$\n\n1. first $b$\n   - nested $c$\n"
        #expect(mathSpans(source).map(\.position) == [position(1, 10), position(3, 10), position(4, 13)])
    }

    @Test func codeBlockAfterMultiLineMathKeepsItsLines() throws {
        let source = "$$\n\\begin{aligned}\na &= b \\\\\nc &= d\n\\end{aligned}\n$$\n\n```swift-nn\nlet x = 1\n```\n"
        let code = try #require(codeBlocks(source).first)
        #expect(code.range == range(8, 1, 10, 3))
        #expect(code.firstCodeLine == 9)
    }

    @Test func byteOrderMarkIsIgnored() {
        #expect(blocks("\u{FEFF}# Title\n").first?.range == range(1, 1, 1, 7))
    }
}
