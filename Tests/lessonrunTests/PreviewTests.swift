import Foundation
import Testing


@Suite("serve: the preview over HTTP", .serialized)
struct PreviewTests {
    /// How long a test waits for the preview to show an edit. The preview polls every 0.2 s and rebuilds in tens
    /// of milliseconds, but the test suite runs beside CPU-heavy tests; the latency itself is measured by
    /// `scripts/bench`, not here.
    static let patience = 30.0

    @Test func servesThePageAndShowsAnEdit() throws {
        try PreviewFixture.with(lesson: PreviewFixture.lesson(title: "Before", value: "40 + 2")) { fixture in
            let page = try fixture.get("/a.html")
            #expect(page.status == 200)
            #expect(page.headers.contains("text/html"))
            #expect(page.body.contains("<h1 id=\"before\">Before<a class=\"anchor\""))
            #expect(page.body.contains("42"))
            #expect(page.body.contains("new EventSource(\"/.lessonrun/events\")"))
            try fixture.write(PreviewFixture.lesson(title: "After", value: "40 + 3"))
            #expect(try fixture.waitFor("<h1 id=\"after\">After<a class=\"anchor\"", at: "/a.html", timeout: Self.patience))
            #expect(try fixture.get("/a.html").body.contains("43"))
            #expect(try fixture.get("/").body.contains("href=\"a.html\""))
        }
    }

    @Test func theEventStreamAnnouncesEachBuild() throws {
        try PreviewFixture.with(lesson: PreviewFixture.lesson(title: "One")) { fixture in
            let events = try HTTPProbe(port: fixture.port, target: "/.lessonrun/events")
            #expect(events.waitFor("text/event-stream", timeout: Self.patience))
            #expect(events.waitFor("data: 1\n\n", timeout: Self.patience))
            try fixture.write(PreviewFixture.lesson(title: "Two"))
            #expect(events.waitFor("data: 2\n\n", timeout: Self.patience))
        }
    }

    @Test func pathsOutsideTheSiteAndHiddenFilesAreNotFound() throws {
        try PreviewFixture.with(lesson: PreviewFixture.lesson(title: "Safe")) { fixture in
            for target in [
                "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc/passwd",
                "/a.html/../../site/a.html", "/.lessonrun-site", "/missing.html", "//etc/passwd",
            ] {
                let response = try fixture.get(target)
                #expect(response.status == 404, "\(target)")
                #expect(!response.body.contains("root:"), "\(target)")
            }
            #expect(try fixture.get("/style.css").status == 200)
        }
    }

    @Test func aLessonThatCannotBeReadShowsInThePageUntilItCanAgain() throws {
        try PreviewFixture.with(lesson: PreviewFixture.lesson(title: "Here"), single: true) { fixture in
            #expect(try fixture.get("/").body.contains("<h1 id=\"here\">Here<a class=\"anchor\""))
            try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent("a.md"))
            #expect(try fixture.waitFor("lessonrun-serve-error", at: "/", timeout: Self.patience))
            #expect(try fixture.get("/").body.contains("cannot read"))
            try fixture.write(PreviewFixture.lesson(title: "Back"))
            #expect(try fixture.waitFor("<h1 id=\"back\">Back<a class=\"anchor\"", at: "/", timeout: Self.patience))
            #expect(try !fixture.get("/").body.contains("lessonrun-serve-error"))
        }
    }
}
