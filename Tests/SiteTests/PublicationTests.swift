import Foundation
import Testing

@testable import Site

/// A course folder is untrusted: only files its pages reference, that are regular files inside it, not hidden
/// and not lesson sources, reach the site; everything else is reported and left out.
@Suite("What a build publishes")
struct PublicationTests {
    /// A course with a secret folder beside it, reached through a symbolic link, and a hidden file.
    struct HostileCourse {
        let fixture: SiteFixture

        init(lesson: String) throws {
            fixture = try SiteFixture("unordered")
            let manager = FileManager.default
            try manager.createDirectory(atPath: fixture.path("secret"), withIntermediateDirectories: true)
            try fixture.write("TOKEN=abc\n", to: "secret/key.txt")
            try fixture.write("# Secret lesson\n", to: "secret/hidden.md")
            try manager.createSymbolicLink(atPath: fixture.path("course/linked"), withDestinationPath: "../secret")
            try manager.createSymbolicLink(
                atPath: fixture.path("course/stolen.md"), withDestinationPath: fixture.path("secret/hidden.md"))
            try fixture.write("X=1\n", to: "course/.env")
            try fixture.write("x,y\n1,2\n", to: "course/data.csv")
            try fixture.write("private notes\n", to: "course/notes.key")
            try fixture.write(lesson, to: "course/a.md")
        }

        func publishedFiles() throws -> [String] {
            try fixture.files(under: "site").keys.filter { !$0.hasPrefix(".") }.sorted()
        }
    }

    @Test func stringsInCellsPublishOnlyDataFiles() throws {
        let course = try HostileCourse(lesson: """
            # A

            ```swift-nn
            let names = [".env", "a.md", "b.md", "notes.key", "linked/key.txt", "course.yml"]
            let table = csv("data.csv")
            ```
            """)
        defer { course.fixture.remove() }
        let result = try course.fixture.build()
        #expect(try course.publishedFiles() == [
            "404.html", "a.html", "b.html", "c.html", "data.csv", "index.html", "reference.html", "search-index.js",
            "search.html", "search.js", "style.css",
        ])
        let lesson = course.fixture.course + "/a.md"
        #expect(result.unpublished.map(\.line) == [
            "not published: .env (named in \(lesson)): it is a hidden file",
            "not published: a.md (named in \(lesson)): it is a lesson source",
            "not published: b.md (named in \(lesson)): it is a lesson source",
            "not published: linked/key.txt (named in \(lesson)): its real path is outside the course folder",
            "not published: notes.key (named in \(lesson)): code names it, but only data files (csv, dat, json, tsv, txt) are published from code",
        ])
    }

    @Test func imagesThroughALinkOutOfTheCourseAreErrorsAndNotCopied() throws {
        let course = try HostileCourse(lesson: "# A\n\n![key](linked/key.txt) and [env](.env)\n")
        defer { course.fixture.remove() }
        let result = try course.fixture.build()
        #expect(result.failed)
        let lesson = try #require(result.lessons.first { $0.path.hasSuffix("/a.md") })
        let messages = lesson.findings.map(\.message)
        #expect(messages == [
            "image `linked/key.txt` cannot be published: its real path is outside the course folder",
            "link `.env` cannot be published: it is a hidden file",
        ])
        #expect(try !course.publishedFiles().contains { $0.contains("key") || $0.contains("env") })
    }

    @Test func lessonsThatAreLinksOutOfTheCourseOrNotRegularFilesAreNotBuilt() throws {
        let course = try HostileCourse(lesson: "# A\n")
        defer { course.fixture.remove() }
        #expect(mkfifo(course.fixture.path("course/pipe.md"), 0o644) == 0)
        let result = try course.fixture.build()
        #expect(result.course.lessons.sorted() == ["a.md", "b.md", "c.md"])
        #expect(result.course.diagnostics.map(\.message) == [
            "pipe.md is not built: it is not a regular file",
            "stolen.md is not built: its real path is outside the course folder",
            "`order: 1` is also given to b.md; b.md comes first, by file name",
        ])
        #expect(try !course.publishedFiles().contains("stolen.html"))
    }

    @Test func aLinkInsideTheCourseIsPublishedFromItsRealFile() throws {
        let course = try HostileCourse(lesson: "# A\n\n![chart](alias.csv)\n")
        defer { course.fixture.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: course.fixture.path("course/alias.csv"), withDestinationPath: "data.csv")
        let result = try course.fixture.build()
        #expect(!result.failed)
        let copied = course.fixture.path("site/alias.csv")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: copied)) == nil)
        #expect(try String(contentsOfFile: copied, encoding: .utf8) == "x,y\n1,2\n")
    }
}
