import Foundation
import Testing

@testable import Site

@Suite("The fixture course builds to its expected site")
struct GoldenSiteTests {
    /// The stylesheet is left out: it holds every page rule of the renderer, which other work changes often;
    /// `SitePagesTests` checks the site's own rules. The reference page grows with every builtin;
    /// `ReferencePageTests` checks its structure.
    static let unchecked: Set<String> = ["style.css", ".lessonrun-site", "reference.html"]

    /// Set LESSONRUN_UPDATE_GOLDEN=1 to rewrite Fixtures/course.expected, then read its diff.
    @Test func theBuiltSiteMatchesTheExpectedFiles() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        let result = try fixture.build()
        #expect(!result.failed, "\(result.lessons.flatMap(\.findings))")
        // Diagnostics name lessons by the path the build was given, which here is a fresh folder each run.
        let built = try fixture.files(under: "site").filter { !Self.unchecked.contains($0.key) }.mapValues { data in
            Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: fixture.root.path + "/", with: "").utf8)
        }
        let expectedFolder = SiteFixture.fixtures.appendingPathComponent("course.expected")
        if ProcessInfo.processInfo.environment["LESSONRUN_UPDATE_GOLDEN"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/course.expected")
            try? FileManager.default.removeItem(at: source)
            for (name, data) in built {
                let url = source.appendingPathComponent(name)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            Issue.record("rewrote Fixtures/course.expected; look at its diff, then run the tests again")
            return
        }
        var expected: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: expectedFolder, includingPropertiesForKeys: [.isDirectoryKey])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true else { continue }
            let name = String(url.standardizedFileURL.path.dropFirst(expectedFolder.standardizedFileURL.path.count + 1))
            expected[name] = try Data(contentsOf: url)
        }
        #expect(built.keys.sorted() == expected.keys.sorted())
        for name in built.keys.sorted() where built[name] != expected[name] {
            Issue.record("\(name) differs from Fixtures/course.expected/\(name)")
        }
    }

    @Test func pagesLinkTheWayTheCourseReads() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        let result = try fixture.build()
        #expect(result.lessons.map(\.page) == ["intro.html", "part2/slopes.html", "checks.html"])
        let intro = try fixture.read("site/intro.html")
        #expect(intro.contains("<a href=\"part2/slopes.html#the-slope\">the slopes lesson</a>"))
        #expect(intro.contains("<img src=\"img/dot.svg\" alt=\"a dot\">"))
        #expect(intro.contains("<a rel=\"next\" href=\"part2/slopes.html\"><span>Next</span>Slopes</a>"))
        #expect(intro.contains("<a class=\"course\" href=\"index.html\">A tiny course</a>"))
        #expect(intro.contains("<li><a href=\"#setting-up\">Setting up</a>\n<ol>\n<li><a href=\"#a-detail\">A detail</a></li>\n</ol></li>"))
        let slopes = try fixture.read("site/part2/slopes.html")
        #expect(slopes.contains("<link rel=\"stylesheet\" href=\"../style.css\">"))
        #expect(slopes.contains("<a href=\"../intro.html\">the introduction</a>"))
        #expect(slopes.contains("<a rel=\"prev\" href=\"../intro.html\">"))
        #expect(slopes.contains("<a rel=\"next\" href=\"../checks.html\">"))
        #expect(slopes.contains("<h2 id=\"the-slope\">The slope<a class=\"anchor\" href=\"#the-slope\""))
        #expect(FileManager.default.contents(atPath: fixture.path("site/img/dot.svg")) != nil)
        #expect(try fixture.read("site/data/points.csv") == "x,y\n0,1\n1,3\n")
        let index = try fixture.read("site/index.html")
        #expect(index.contains("<h1>A tiny course</h1>\n<p class=\"summary\">Three short lessons that exercise the site build.</p>"))
        #expect(index.contains("<a href=\"intro.html\">Introduction</a>\n<p>What the course is about, and a first computed number.</p>"))
    }
}
