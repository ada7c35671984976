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
}
