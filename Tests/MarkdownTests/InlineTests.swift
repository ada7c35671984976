import Testing
@testable import Markdown

@Suite("Inline content")
struct InlineTests {
    @Test func emphasisAndStrong() {
        #expect(inlines("a *b* __c__ ***d***") == [
            .text("a "), .emphasis([.text("b")]), .text(" "), .strong([.text("c")]), .text(" "),
            .emphasis([.strong([.text("d")])]),
        ])
    }

    @Test func codeSpans() {
        #expect(inlines("use `let x = 1` or ``a ` b``") == [
            .text("use "), .code("let x = 1"), .text(" or "), .code("a ` b"),
        ])
    }

    @Test func linksWithTitlesAndImagesWithAlt() {
        #expect(inlines("[the *docs*](https://x.org/a \"Docs\") ![a plot](plot.svg)") == [
            .link(destination: "https://x.org/a", title: "Docs", content: [.text("the "), .emphasis([.text("docs")])]),
            .text(" "),
            .image(source: "plot.svg", title: "", alt: [.text("a plot")]),
        ])
    }

    @Test func referenceLinksAndAutolinks() {
        #expect(inlines("[ref] and <https://x.org/$a$>\n\n[ref]: /target \"T\"") == [
            .link(destination: "/target", title: "T", content: [.text("ref")]),
            .text(" and "),
            .link(destination: "https://x.org/$a$", title: "", content: [.text("https://x.org/$a$")]),
        ])
    }

    @Test func softAndHardBreaks() {
        #expect(inlines("one\ntwo  \nthree\\\nfour") == [
            .text("one"), .softBreak, .text("two"), .lineBreak, .text("three"), .lineBreak, .text("four"),
        ])
    }

    @Test func inlineHtml() {
        #expect(inlines("a <span class=\"k\">b</span> <!-- c -->") == [
            .text("a "), .html("<span class=\"k\">"), .text("b"), .html("</span>"), .text(" "), .html("<!-- c -->"),
        ])
    }

    @Test func neighbouringTextRunsAreMerged() {
        #expect(inlines("a [b] c! &amp; \\* d") == [.text("a [b] c! & * d")])
    }

    @Test func plainTextFlattensMarkup() {
        #expect(inlines("The *loss* `L` of $w$ [here](x)").plainText == "The loss L of w here")
    }
}
