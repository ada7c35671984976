import Foundation
import Testing

@testable import Site

@Suite("Course order")
struct CourseOrderTests {
    @Test func withoutACourseFileFrontMatterOrderThenFileName() throws {
        let fixture = try SiteFixture("unordered")
        defer { fixture.remove() }
        let result = try fixture.build()
        #expect(result.lessons.map(\.page) == ["b.html", "c.html", "a.html"])
        #expect(result.course.title == "Course")
        let index = try fixture.read("site/index.html")
        let positions = ["b.html", "c.html", "a.html"].compactMap { index.range(of: "href=\"\($0)\"")?.lowerBound }
        #expect(positions.count == 3 && positions == positions.sorted())
    }

    @Test func courseFileProblemsAreReportedAtTheirLines() throws {
        let fixture = try SiteFixture("unordered")
        defer { fixture.remove() }
        try fixture.write("title: Ordered\nlessons:\n  - c.md\n  - missing.md\n  - c.md\nauthor: me\n", to: "course/course.yml")
        let result = try fixture.build()
        #expect(result.lessons.map(\.page) == ["c.html"])
        let messages = result.course.diagnostics.map { "\($0.location.line) \($0.severity) \($0.message)" }
        #expect(messages.contains("4 error no lesson missing.md in \(fixture.course)"))
        #expect(messages.contains("5 error c.md is listed twice"))
        #expect(messages.contains("6 warning unknown course.yml key `author`"))
        #expect(messages.contains("1 warning a.md is not in the `lessons` list, so it is not built"))
        #expect(result.failed)
    }

    @Test("a course.yml without a `lessons` list names the course and keeps the front-matter order")
    func aCourseFileWithoutALessonsListKeepsFrontMatterOrder() throws {
        let fixture = try SiteFixture("unordered")
        defer { fixture.remove() }
        try fixture.write("title: Named\ndescription: \"Three lessons\"\n", to: "course/course.yml")
        let result = try fixture.build()
        #expect(result.lessons.map(\.page) == ["b.html", "c.html", "a.html"])
        #expect(result.course.title == "Named")
        #expect(!result.course.diagnostics.contains { $0.message.contains("not in the `lessons` list") })
    }

    @Test func aYAMLSyntaxErrorInTheCourseFileIsReportedAtItsCharacter() throws {
        let fixture = try SiteFixture("unordered")
        defer { fixture.remove() }
        try fixture.write("title: A\ndescription: x: y\n", to: "course/course.yml")
        let result = try fixture.build()
        let problem = try #require(result.course.diagnostics.first { $0.message.contains("not valid YAML") })
        #expect((problem.location.line, problem.location.column) == (2, 15))
        #expect(problem.sourceLine == "description: x: y")
    }

    @Test func lessonsTakingReservedNamesAreMovedAside() {
        #expect(SitePaths.pages(for: ["index.md", "a/index.md", "search.md"])
            == ["index.md": "index-lesson.html", "a/index.md": "a/index.html", "search.md": "search-lesson.html"])
    }

    @Test func relativePathsBetweenPages() {
        #expect(SitePaths.relative(from: "a/b.html", to: "c.html") == "../c.html")
        #expect(SitePaths.relative(from: "a/b.html", to: "a/d/e.html") == "d/e.html")
        #expect(SitePaths.relative(from: "x.html", to: "a/b.html") == "a/b.html")
        #expect(SitePaths.resolve("../x.md", from: "a") == "x.md")
        #expect(SitePaths.resolve("../../x.md", from: "a") == nil)
        #expect(SitePaths.root(of: "a/b/c.html") == "../../")
    }
}
