import Foundation
import Testing

@testable import Serve

@Suite("serve: which files a preview may serve")
struct SiteFilesTests {
    @Test func symbolicLinksMayNotLeadOutOfTheSite() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("sitefiles-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let site = base.appendingPathComponent("site"), manager = FileManager.default
        try manager.createDirectory(at: site.appendingPathComponent("part"), withIntermediateDirectories: true)
        try "secret".write(to: base.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try "<p>page</p>".write(to: site.appendingPathComponent("part/page.html"), atomically: true, encoding: .utf8)
        try "<p>home</p>".write(to: site.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: site.path + "/out.txt", withDestinationPath: base.path + "/secret.txt")
        try manager.createSymbolicLink(atPath: site.path + "/outside", withDestinationPath: base.path)
        try manager.createSymbolicLink(atPath: site.path + "/inside.html", withDestinationPath: "part/page.html")
        let files = SiteFiles(root: site.path, home: "index.html")
        #expect(files.file(for: "/out.txt") == nil)
        #expect(files.file(for: "/outside/secret.txt") == nil)
        #expect(files.file(for: "/inside.html")?.hasSuffix("/site/part/page.html") == true)
        #expect(files.file(for: "/")?.hasSuffix("/site/index.html") == true)
        #expect(files.file(for: "/part/page.html") != nil)
        #expect(files.file(for: "/part") == nil)
        #expect(files.file(for: "/part/../index.html") == nil)
    }

    @Test func pagesGetTheReloadScriptAndTheProblemBanner() {
        let page = "<html><body>\n<p>x</p>\n</body></html>"
        let plain = ReloadScript.inject(into: page, generation: 3, problem: nil)
        #expect(plain.contains("if (event.data !== \"3\")"))
        #expect(plain.hasSuffix("</script>\n</body></html>"))
        #expect(!plain.contains("lessonrun-serve-error"))
        let failing = ReloadScript.inject(into: page, generation: 4, problem: "course: bad <yaml>")
        #expect(failing.contains("<body>\n<pre class=\"lessonrun-serve-error\""))
        #expect(failing.contains("course: bad &lt;yaml&gt;</pre>"))
    }
}
