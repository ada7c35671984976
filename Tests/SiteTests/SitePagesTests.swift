import Foundation
import Testing

@testable import Site
import Notebook

@Suite("Site pages, stylesheet and search index")
struct SitePagesTests {
    @Test func theStylesheetHasThemesPrintAndPhones() {
        let sheet = SiteStyle.sheet
        #expect(sheet.contains("prefers-color-scheme: dark"))
        #expect(sheet.contains("@media print"))
        #expect(sheet.contains("@media (max-width: 36rem)"))
        #expect(sheet.contains(".site-header, .toc, .pager, .skip { display: none; }"))
    }

    /// Pages load no script but search's; the one inline script a lesson page may carry adds copy buttons, and
    /// the page reads the same without it.
    @Test func everyPageWorksWithoutScriptButSearch() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        _ = try fixture.build()
        for page in ["index.html", "intro.html", "part2/slopes.html", "checks.html", "404.html"] {
            let html = try fixture.read("site/\(page)")
            let script = "<script>\(HTMLRenderer.copyScript)</script>"
            #expect(!html.replacingOccurrences(of: script, with: "").contains("<script"), "\(page)")
            #expect(html.contains("<form class=\"search\" action=\""), "\(page)")
        }
        let search = try fixture.read("site/search.html")
        #expect(search.contains("<script src=\"search.js\" defer></script>"))
        #expect(search.contains("<noscript>"))
        #expect(search.contains("<a href=\"part2/slopes.html#the-slope\">The slope</a>"))
        #expect(try fixture.read("site/404.html").contains("<a href=\"index.html\">the list of lessons</a>"))
    }

    @Test func theIndexMapsWordsToSections() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        _ = try fixture.build()
        let script = try fixture.read("site/search-index.js")
        #expect(script.hasPrefix("window.LESSONRUN_SEARCH = {"))
        #expect(script.contains("[\"part2/slopes.html\",\"Slopes\"]"))
        #expect(script.contains("[1,\"the-slope\",\"The slope\"]"))
        #expect(script.contains("\"tangent\":["))
        #expect(SearchIndex.words("Élan, the Gradient's x²!") == ["elan", "the", "gradient", "x²"])
    }
}
