import Testing

@testable import Markdown

/// Strikethrough and extended autolinks, read on top of libcmark, where lessons use them: beside math,
/// code and links, in table cells.
@Suite("GitHub strikethrough and extended autolinks")
struct GFMInlineTests {
    @Test func strikethroughWrapsInlineMarkupAndMath() {
        #expect(inlines("a ~~*b* $x$~~ c") == [
            .text("a "), .strikethrough([.emphasis([.text("b")]), .text(" "), .math(MathSpan(
                tex: "x", display: false, position: SourcePosition(line: 1, column: 9)))]), .text(" c"),
        ])
    }

    @Test func tildesThatDoNotPairStayText() {
        #expect(inlines("x ~~~a~~~ and ~b~~ and a ~ b") == [.text("x ~~~a~~~ and ~b~~ and a ~ b")])
        #expect(inlines("`~~code~~`") == [.code("~~code~~")])
    }

    @Test func autolinksInProseButNotInCodeOrLinks() {
        #expect(inlines("see www.example.org/a_b.") == [
            .text("see "), .link(destination: "http://www.example.org/a_b", title: "", content: [.text("www.example.org/a_b")]),
            .text("."),
        ])
        #expect(inlines("`https://x.org` [https://y.org](https://z.org)") == [
            .code("https://x.org"), .text(" "),
            .link(destination: "https://z.org", title: "", content: [.text("https://y.org")]),
        ])
        #expect(inlines("write to a.b@c.org, or (https://e.org/q?(x))") == [
            .text("write to "), .link(destination: "mailto:a.b@c.org", title: "", content: [.text("a.b@c.org")]),
            .text(", or ("), .link(destination: "https://e.org/q?(x)", title: "", content: [.text("https://e.org/q?(x)")]),
            .text(")"),
        ])
    }

    @Test func cellsOfAPipeTableGetBoth() {
        guard case .table(let table)? = blocks("| a | b |\n| - | - |\n| ~~x~~ | www.x.org |\n").first else {
            Issue.record("no table")
            return
        }
        #expect(table.rows[0][0] == [.strikethrough([.text("x")])])
        #expect(table.rows[0][1] == [.link(destination: "http://www.x.org", title: "", content: [.text("www.x.org")])])
    }
}
