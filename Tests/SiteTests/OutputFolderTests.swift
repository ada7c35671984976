import Foundation
import Testing

@testable import Site

@Suite("The output folder is replaced as a whole")
struct OutputFolderTests {
    @Test func aFailedBuildLeavesThePreviousSiteAndNoStagingFolder() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        _ = try fixture.build()
        let before = try fixture.files(under: "site")
        try "<p>a page</p>\n".write(toFile: fixture.path("course/intro.html"), atomically: true, encoding: .utf8)
        let intro = try fixture.read("course/intro.md")
        try fixture.write(intro + "\nSee [the raw page](intro.html).\n", to: "course/intro.md")
        #expect(throws: SiteError.self) { try fixture.build() }
        #expect(try fixture.files(under: "site") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
            .filter { $0.contains("lessonrun-") }
        #expect(leftovers.isEmpty)
    }

    @Test func aFolderWithOtherFilesIsNotReplaced() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: fixture.path("site"), withIntermediateDirectories: true)
        try "notes".write(toFile: fixture.path("site/notes.txt"), atomically: true, encoding: .utf8)
        #expect(throws: SiteError.self) { try fixture.build() }
        #expect(try fixture.read("site/notes.txt") == "notes")
    }

    @Test func renderedPagesAndHiddenFilesAreFineAndHiddenFilesStay() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: fixture.path("site"), withIntermediateDirectories: true)
        try "".write(toFile: fixture.path("site/.gitkeep"), atomically: true, encoding: .utf8)
        try "<p>old</p>".write(toFile: fixture.path("site/old.html"), atomically: true, encoding: .utf8)
        _ = try fixture.build()
        #expect(FileManager.default.fileExists(atPath: fixture.path("site/.gitkeep")))
        #expect(!FileManager.default.fileExists(atPath: fixture.path("site/old.html")))
        #expect(FileManager.default.fileExists(atPath: fixture.path("site/.lessonrun-site")))
    }

    @Test func theOutputMayNotHoldTheLessons() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        #expect(throws: SiteError.self) { try SiteBuilder.build(fixture.options(output: "course")) }
        #expect(throws: SiteError.self) { try SiteBuilder.build(fixture.options(output: ".")) }
        #expect(FileManager.default.fileExists(atPath: fixture.path("course/intro.md")))
    }
}
