import Foundation
import Testing

@Suite("serve: a page open in the browser reloads", .enabled(if: HeadlessChromium.path != nil, "needs Chromium"))
struct BrowserReloadTests {
    @Test func chromiumShowsTheEditedLessonWithoutBeingAskedTo() throws {
        try PreviewFixture.with(lesson: PreviewFixture.lesson(title: "Before")) { fixture in
            let browser = try HeadlessChromium(url: "http://127.0.0.1:\(fixture.port)/a.html")
            defer { browser.close() }
            // A fresh profile takes a few seconds to start on a busy machine.
            #expect(browser.waitForTitle(startingWith: "Before · ", timeout: 30))
            try fixture.write(PreviewFixture.lesson(title: "After"))
            #expect(browser.waitForTitle(startingWith: "After · ", timeout: PreviewTests.patience))
        }
    }
}
