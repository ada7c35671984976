import Foundation
import Serve

/// A course of one lesson in a temporary folder, previewed on a free port of 127.0.0.1.
final class PreviewFixture {
    let folder: URL
    let preview: Preview
    private(set) var port: UInt16 = 0

    /// `lesson` is the text of `a.md`; `single` previews that file alone instead of the folder.
    private init(lesson: String, single: Bool) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try lesson.write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let source = single ? folder.appendingPathComponent("a.md").path : folder.path
        preview = try Preview(PreviewOptions(source: source, port: 0, tool: "serve tests", pollInterval: 0.1))
    }

    /// Starts a preview, runs `body` with it, and stops it and removes its folders however `body` ends.
    static func with(
        lesson: String, single: Bool = false, _ body: (PreviewFixture) async throws -> Void
    ) async throws {
        let fixture = try PreviewFixture(lesson: lesson, single: single)
        do {
            fixture.port = try await fixture.preview.start { _ in }
            try await body(fixture)
        } catch {
            await fixture.stop()
            throw error
        }
        await fixture.stop()
    }

    private func stop() async {
        await preview.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    func write(_ lesson: String) throws {
        try lesson.write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    }

    func get(_ target: String) throws -> HTTPProbe.Response {
        try HTTPProbe.get(target, port: port)
    }

    /// Fetches `target` until its body contains `text`; false after `timeout` seconds.
    func waitFor(_ text: String, at target: String, timeout: Double) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if try get(target).body.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return false
    }

    static func lesson(title: String, value: String = "1 + 1") -> String {
        "---\ntitle: \(title)\n---\n# \(title)\n\nSome prose.\n\n```swift-nn\n\(value)\n```\n"
    }
}
