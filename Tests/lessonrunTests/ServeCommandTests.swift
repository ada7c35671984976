import Foundation
import Testing

@Suite("lessonrun serve, run as a user runs it")
struct ServeCommandTests {
    @Test func servesAFolderAndStopsCleanlyOnControlC() throws {
        let course = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: course) }
        try "# Served\n\n```swift-nn\n6 * 7\n```\n".write(
            to: course.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = try BinaryRunner.binary.orThrow()
        process.arguments = ["serve", course.path, "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("(Ctrl-C stops)"), Date() < deadline, process.isRunning {
            text += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        let port = try #require(text.firstMatch(of: /127\.0\.0\.1:(\d+)\//).map { String($0.1) })
        let page = try String(contentsOf: URL(string: "http://127.0.0.1:\(port)/a.html")!, encoding: .utf8)
        #expect(page.contains("42"))
        let folder = try #require(text.firstMatch(of: /→ (\S+)\/site/).map { String($0.1) })
        #expect(FileManager.default.fileExists(atPath: folder))
        kill(process.processIdentifier, SIGINT)
        let stopBy = Date().addingTimeInterval(5)
        while process.isRunning, Date() < stopBy { usleep(20_000) }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func aMissingSourceIsAUsageError() throws {
        let output = try BinaryRunner.run(["serve", "no-such-folder"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("cannot read no-such-folder"))
    }
}
