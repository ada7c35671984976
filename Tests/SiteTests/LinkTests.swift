import Foundation
import Testing

@testable import Site

@Suite("Links and images")
struct LinkTests {
    @Test func brokenLinksAndMissingImagesAreErrorsAtTheirLines() throws {
        let fixture = try SiteFixture("broken")
        defer { fixture.remove() }
        let result = try fixture.build()
        #expect(result.failed)
        let path = fixture.course + "/lesson.md"
        let findings = result.lessons[0].findings.map { "\($0.location): \($0.message)" }
        #expect(findings == [
            "\(path):3:20: broken link `missing.md`: no file \(fixture.course)/missing.md",
            "\(path):4:40: missing image `img/none.png`: no file \(fixture.course)/img/none.png",
            "\(path):8:8: link `../../outside.md` points outside the course folder",
        ])
        let page = try fixture.read("site/lesson.html")
        #expect(page.contains("broken link `missing.md`"))
    }

    @Test func urlsAndFragmentsAreLeftAlone() {
        for destination in ["https://example.org/a.md", "#top", "mailto:x@example.org", "//cdn.example.org/x.png", "?q=1"] {
            #expect(!LinkResolver.isRelativeFile(destination), "\(destination)")
        }
        #expect(LinkResolver.isRelativeFile("gd.md#slope"))
        #expect(LinkResolver.split("gd.md?x=1#slope") == ("gd.md", "?x=1#slope"))
    }
}
