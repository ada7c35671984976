import Foundation
import Language
import Testing

@testable import Site

/// The built site's reference page: every registry entry under its group, each with its anchor, usage, doc and
/// its example's checked output, reachable from every page.
@Suite("The reference page")
struct ReferencePageTests {
    @Test func theBuildWritesItAndEveryPageLinksToIt() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        _ = try fixture.build()
        let page = try fixture.read("site/reference.html")
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.hasSuffix("</html>\n"))
        for other in ["site/index.html", "site/intro.html", "site/search.html"] {
            #expect(try fixture.read(other).contains("<a href=\"reference.html\">swift-nn reference</a>"), "\(other)")
        }
        #expect(try fixture.read("site/part2/slopes.html").contains("<a href=\"../reference.html\">swift-nn reference</a>"))
    }

    @Test func everyEntryHasItsAnchorUsageDocAndCheckedExample() {
        let (html, failures) = ReferencePage(chrome: PageChrome(courseTitle: "Course", root: "")).render()
        #expect(failures == 0)
        for group in Reference.groups {
            #expect(html.contains("<h2 id=\"\(group.id)\">\(group.title)</h2>"), "\(group.title)")
            #expect(html.contains("<li><a href=\"#\(group.id)\">"), "\(group.title) is not in the contents")
        }
        for entry in Reference.entries {
            let section = Self.section(entry.key, in: html)
            #expect(section.contains("<h3><a href=\"#\(entry.key)\"><code>"), "\(entry.key)")
            #expect(section.contains("<div class=\"cell\">\n<pre class=\"code\"><code>"), "\(entry.key) has no example")
            #expect(!section.contains("check fail"), "\(entry.key)")
        }
        #expect(!html.contains("check fail"))
        let sum = Self.section("sum", in: html)
        #expect(sum.contains("<code>sum(_ x, [axis:])</code>"))
        // `//=> 10` states 10.0 exactly, so the tick stands alone.
        #expect(sum.contains("<span class=\"x\">//=&gt; 10</span> <span class=\"check pass\">✓<span class=\"visually-hidden\"> holds</span></span>"))
        #expect(sum.contains("See also: <a href=\"#Array.sum\"><code>Array.sum</code></a>"))
        #expect(Self.section("plot", in: html).contains("<div class=\"figure\">\n<svg"))
        #expect(Self.section("print", in: html).contains("<pre class=\"output\">loss = 0.25</pre>"))
        #expect(Self.section("Tensor.argmax", in: html).contains("The index of the largest element"))
    }

    @Test func theSamePageEveryTime() {
        let chrome = PageChrome(courseTitle: "Course", root: "")
        #expect(ReferencePage(chrome: chrome).render().html == ReferencePage(chrome: chrome).render().html)
    }

    /// The text of one entry's section.
    private static func section(_ key: String, in html: String) -> String {
        guard let start = html.range(of: "<section class=\"entry\" id=\"\(key)\">") else { return "" }
        let rest = html[start.upperBound...]
        return String(rest[..<(rest.range(of: "<section")?.lowerBound ?? rest.endIndex)])
    }
}
