import Foundation
import Testing

@testable import Notebook

/// Lessons a careless or hostile author might write end in clear errors, in time linear in their size.
@Suite("Hostile lessons")
struct HostileLessonTests {
    @Test func twentyThousandSameNamedHeadingsGetUniqueAnchorsInLinearTime() {
        let text = "# T\n\n" + String(repeating: "## Same\n\n", count: 20_000)
        let clock = ContinuousClock()
        let start = clock.now
        let html = HTMLRenderer.render(Executor.execute(LessonParser.parse(text, path: "h.md")))
        // Quadratic de-duplication took over 20 s here; linear takes a fraction of one.
        #expect(start.duration(to: clock.now) < .seconds(10))
        #expect(html.contains("id=\"same-20000\""))
        #expect(!html.contains("id=\"same-20001\""))
    }

    @Test func aNamedPipeIsNotReadAsALesson() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pipe.md").path
        #expect(mkfifo(path, 0o644) == 0)
        #expect(throws: NotebookError.self) { try LessonParser.parse(contentsOf: path) }
        do {
            _ = try LessonParser.parse(contentsOf: path)
        } catch {
            #expect(error.message == "cannot read \(path): not a regular file")
        }
    }

    @Test func aFigureTooLargeToDrawFailsItsCellAndSaysWhyOnThePage() {
        let text = "# Big\n\n```swift-nn\nlet g = linspace(0, 1, 2100)\npcolormesh(g, g, zeros(2100, 2100))\n```\n"
        let executed = Executor.execute(LessonParser.parse(text, path: "big.md"))
        let run = executed.runs[0]
        #expect(run.failed)
        #expect(run.problems.map(\.message) == [
            "this figure has 4410000 data points, more than the 4000000 a figure may draw; "
                + "plot fewer points (every n-th, or a coarser grid)",
        ])
        #expect(run.problems.first?.location.line == 3)
        let html = HTMLRenderer.render(executed)
        #expect(html.contains("<p class=\"lr-figure-error\" role=\"alert\">this figure has 4410000 data points"))
        #expect(!html.contains("<rect x=\"0\" y=\"0\" width=\"1\""))
    }
}
