import Language
import Testing

@testable import Notebook

@Suite("Raw HTML dropped: one warning per lesson, which check does not fail for")
struct RawHTMLNoticeTests {
    func page(_ source: String) -> RenderedPage {
        HTMLRenderer.page(PageContent(Executor.execute(LessonParser.parse(source, path: "h.md"))))
    }

    @Test func theFirstRawHTMLIsNamedOnce() {
        let page = page("# T\n\nText\nwith <span>a tag</span>.\n\n<div>\nblock\n</div>\n")
        #expect(page.diagnostics.map { "\($0.location) \($0.severity)" } == ["h.md:4:6 warning"])
        #expect(page.diagnostics.first?.message == RawHTMLNotice.message)
        #expect(!page.html.contains("<span>") && !page.html.contains("<div>\nblock"))
    }

    @Test func allowedOrAbsentHTMLSaysNothing() {
        #expect(page("---\nallow-html: true\n---\n<b>x</b>\n").diagnostics.isEmpty)
        #expect(page("a < b and `<i>` code\n").diagnostics.isEmpty)
    }

    @Test func checkReportsTheNoticeAsAWarningThatHolds() {
        let lesson = LessonParser.parse("> - <em>x</em>\n", path: "h.md")
        let executed = Executor.execute(lesson)
        let article = HTMLRenderer.article(PageContent(executed))
        let items = CheckItems(executed: executed).items(renderWarnings: article.diagnostics, snapshot: [])
        #expect(items.map(\.kind) == [.warning])
        #expect(items.allSatisfy { $0.passed })
        #expect(items.first?.line == 1)
        let check = LessonCheck(path: "h.md", items: items, milliseconds: 1)
        let text = TextReport.format(CheckReport(lessons: [check]), color: false)
        #expect(text.contains("h.md:1:5: warning: \(RawHTMLNotice.message)"))
        #expect(text.contains("all held"))
    }
}

@Suite("Links and code fences as cmark writes them")
struct CommonMarkDestinationTests {
    func body(_ source: String) -> String {
        HTMLRenderer.render(Executor.execute(LessonParser.parse(source, path: "l.md")))
    }

    @Test func destinationsArePercentEncodedAndEscaped() {
        #expect(body("[a](</my uri>)\n").contains("<a href=\"/my%20uri\">a</a>"))
        #expect(body("[a](/f&ouml;?x=1&y='2')\n").contains("<a href=\"/f%C3%B6?x=1&amp;y=&#x27;2&#x27;\">a</a>"))
        #expect(body("![i](a\\b.png)\n").contains("<img src=\"a%5Cb.png\""))
    }

    @Test func escapesResolveEvenWhereTheyLookLikeMath() {
        #expect(body("[link](\\(foo\\))\n").contains("<a href=\"(foo)\">link</a>"))
        #expect(body("[link](foo\\(and\\(bar\\))\n").contains("<a href=\"foo(and(bar)\">link</a>"))
    }

    @Test func theInfoStringIsTheLanguageClass() {
        #expect(body("``` f&ouml;&ouml; x\nfoo\n```\n").contains("<code class=\"language-föö\">foo\n</code>"))
        #expect(body("````;\n````\n").contains("<code class=\"language-;\"></code>"))
        #expect(body("```a\"b\nx\n```\n").contains("<code class=\"language-a&quot;b\">"))
    }
}
