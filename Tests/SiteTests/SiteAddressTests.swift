import Foundation
import Testing

@testable import Site

@Suite("Site title, numbering and the 404 page")
struct SiteAddressTests {
    @Test func theURLsPathIsTheBase() {
        #expect(CourseFile.basePath("https://example.org/course") == "/course/")
        #expect(CourseFile.basePath("https://example.org/a/b/") == "/a/b/")
        #expect(CourseFile.basePath("https://example.org") == "/")
        #expect(CourseFile.basePath("/course") == "/course/")
        #expect(CourseFile.basePath("course/") == nil)
        #expect(CourseFile.basePath("ftp://example.org/x") == nil)
        #expect(CourseFile.basePath("/a\"><script>") == nil)
    }

    /// A server shows 404.html for a missing page at any depth under the sub-folder; every link on it must
    /// reach a page the build wrote.
    @Test func theNotFoundPageLinksWorkFromAnyDepthUnderTheSubFolder() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        let yml = try fixture.read("course/course.yml")
        try fixture.write(yml + "url: https://example.org/teaching/course/\n", to: "course/course.yml")
        let result = try fixture.build()
        #expect(result.course.diagnostics.filter { $0.severity == .error }.isEmpty)
        let page = try fixture.read("site/404.html")
        #expect(page.contains("<base href=\"/teaching/course/\">"))
        #expect(page.contains("<style>\n"), "the stylesheet is embedded, so it shows at any depth")
        #expect(!page.contains("<link rel=\"stylesheet\""))
        let links = Self.links(in: page)
        #expect(links.contains("index.html") && links.contains("search.html"))
        for missing in ["https://example.org/teaching/course/nope.html", "https://example.org/teaching/course/a/b/nope.html"] {
            let base = try #require(URL(string: "/teaching/course/", relativeTo: URL(string: missing)))
            for link in links {
                let target = try #require(URL(string: link, relativeTo: base)?.absoluteURL.path)
                let file = String(target.dropFirst("/teaching/course/".count))
                #expect(FileManager.default.fileExists(atPath: fixture.path("site/" + file)), "\(link) from \(missing)")
            }
        }
    }

    @Test func aURLThatIsNotOneIsAnError() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        try fixture.write(try fixture.read("course/course.yml") + "url: course/\n", to: "course/course.yml")
        let result = try fixture.build()
        let messages = result.course.diagnostics.map { "\($0.severity) \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("error `url` takes the address the site is published at") })
        #expect(!(try fixture.read("site/404.html")).contains("<base"))
    }

    @Test func withoutACourseFileTheREADMEsFirstHeadingNamesTheCourse() throws {
        let fixture = try SiteFixture("unordered")
        defer { fixture.remove() }
        try fixture.write("Some words first.\n\n## Descent, *slowly*\n\n# Later\n", to: "course/README.md")
        let result = try fixture.build()
        #expect(result.course.title == "Descent, slowly")
        #expect(try fixture.read("site/index.html").contains("<h1>Descent, slowly</h1>"))
    }

    @Test func aREADMEWithoutHeadingsLeavesTheFolderName() throws {
        let fixture = try SiteFixture("unordered")
        defer { fixture.remove() }
        try fixture.write("No heading here.\n", to: "course/README.md")
        #expect(try fixture.build().course.title == "Course")
    }

    @Test func twoLessonsGivingTheSameOrderAreWarnedAboutAndOrderedByName() throws {
        let fixture = try SiteFixture("unordered")
        defer { fixture.remove() }
        try fixture.write("---\ntitle: Z\norder: 7\n---\n# Z\n", to: "course/z.md")
        try fixture.write("---\ntitle: Y\norder: 7\n---\n# Y\n", to: "course/y.md")
        let result = try fixture.build()
        let pages = result.lessons.map(\.page)
        #expect(pages.firstIndex(of: "y.html")! + 1 == pages.firstIndex(of: "z.html")!)
        let warnings = result.course.diagnostics.map { "\($0.location.file.hasSuffix("z.md")) \($0.location.line) \($0.message)" }
        #expect(warnings.contains("true 3 `order: 7` is also given to y.md; y.md comes first, by file name"))
        #expect(try SiteBuilder.build(fixture.options()).lessons.map(\.page) == pages, "the same order every time")
    }

    static func links(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
            .filter { !$0.hasPrefix("/") } + html.components(separatedBy: "action=\"").dropFirst()
            .compactMap { $0.split(separator: "\"").first.map(String.init) }
    }
}
