import Foundation
import Testing

@testable import Site

/// Headless Chromium, when it is installed: loads built pages and prints the DOM after scripts ran.
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The DOM of `url` once the page has loaded and its deferred scripts have run; `extra` adds switches.
    static func dom(_ url: String, extra: [String] = []) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu"] + extra + ["--dump-dom", url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

@Suite("The built site in a browser", .enabled(if: Chromium.path != nil, "needs Chromium"))
struct BrowserTests {
    @Test func chromiumLoadsTheIndexAndALessonAndSearchFindsAWord() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        _ = try fixture.build()
        let site = "file://" + fixture.path("site")
        let index = try Chromium.dom(site + "/index.html")
        #expect(index.contains("<a href=\"part2/slopes.html\">Slopes</a>"))
        let lesson = try Chromium.dom(site + "/part2/slopes.html")
        #expect(lesson.contains("<h2 id=\"the-slope\">The slope<a class=\"anchor\" href=\"#the-slope\""))
        #expect(lesson.contains("<span class=\"check pass\""))
        let search = try Chromium.dom(site + "/search.html?q=tang")
        #expect(search.contains("1 section match “tang”."))
        #expect(search.contains("<a href=\"part2/slopes.html#tangent\">Slopes › Tangent</a>"))
        let none = try Chromium.dom(site + "/search.html?q=zebra")
        #expect(none.contains("0 sections match “zebra”."))
    }
}
