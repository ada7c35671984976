import Testing

@testable import Markdown

/// GitHub pipe tables, recognised among cmark's paragraphs as the GFM spec reads them.
@Suite("Pipe tables")
struct TableTests {
    func table(_ text: String) -> (blocks: [Block], table: TableBlock?) {
        let blocks = Markdown.parse(text).blocks
        for case .table(let table) in blocks { return (blocks, table) }
        return (blocks, nil)
    }

    @Test func headerDelimiterAndRowsWithAlignment() throws {
        let (blocks, found) = table("Intro\n| a | b | c |\n|:--|:-:|--:|\n| 1 | *x* |\n| 2 | \\| | 3 | 4 |\n")
        let table = try #require(found)
        #expect(blocks.count == 2)
        if case .paragraph(let intro, _) = blocks[0] { #expect(intro == [.text("Intro")]) } else { Issue.record("no intro") }
        #expect(table.alignments == [.left, .center, .right])
        #expect(table.header == [[.text("a")], [.text("b")], [.text("c")]])
        #expect(table.rows == [
            [[.text("1")], [.emphasis([.text("x")])], []],
            [[.text("2")], [.text("|")], [.text("3")]],
        ])
        #expect(table.range.start.line == 2)
    }

    @Test func cellsAreInlineOnlyAndKeepMathAndCode() throws {
        let table = try #require(table("| a | b |\n| --- | --- |\n| 1. no list | `c\\|d` $x^2$ |\n").table)
        #expect(table.rows[0][0] == [.text("1. no list")])
        #expect(table.rows[0][1].first == .code("c|d"))
        #expect(table.rows[0][1].contains { if case .math = $0 { true } else { false } })
    }

    @Test func whatIsNotATable() {
        #expect(table("| a | b | c |\n| --- | --- |\n| x | y | z |\n").table == nil)
        #expect(table("| a | b |\n| a | b |\n").table == nil)
        #expect(table("| --- | --- |\n").table == nil)
        #expect(table("a\n---\n").table == nil)
    }

    @Test func delimiterRows() {
        #expect(PipeTable.delimiterRow("| --- | :-- | --: | :-: |") == [nil, .left, .right, .center])
        #expect(PipeTable.delimiterRow("--- |") == [nil])
        #expect(PipeTable.delimiterRow("| -x- |") == nil)
        #expect(PipeTable.delimiterRow("---") == nil)
    }
}
