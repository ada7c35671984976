import Foundation

/// A course of one lesson in a temporary folder, previewed by `lessonrun serve --port 0` in its own process
/// (in-process, a busy test run's cooperative threads would starve the server).
final class PreviewFixture {
    let folder: URL
    private(set) var port: UInt16 = 0
    private let process = Process()

    /// Starts a preview, runs `body` with it, and stops it and removes its folder however `body` ends.
    static func with(lesson: String, single: Bool = false, _ body: (PreviewFixture) throws -> Void) throws {
        let fixture = try PreviewFixture(lesson: lesson)
        defer { fixture.stop() }
        try fixture.start(single: single)
        try body(fixture)
    }

    private init(lesson: String) throws {
        folder = try BinaryRunner.temporaryFolder()
        try lesson.write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    }

    /// Runs serve and reads its port from the line it prints once it listens.
    private func start(single: Bool) throws {
        let source = single ? folder.appendingPathComponent("a.md").path : folder.path
        process.executableURL = try BinaryRunner.binary.orThrow()
        process.arguments = ["serve", source, "--port", "0", "--jobs", "1"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("(Ctrl-C stops)"), Date() < deadline, process.isRunning {
            text += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        guard let match = text.firstMatch(of: /127\.0\.0\.1:(\d+)\//), let port = UInt16(match.1) else {
            throw BinaryRunner.RunnerError.timedOut(process.arguments ?? [])
        }
        self.port = port
    }

    private func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGINT) }
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
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

extension Optional {
    /// The value, or the runner's binary-not-found error.
    func orThrow() throws -> Wrapped {
        guard let self else { throw BinaryRunner.RunnerError.binaryNotFound }
        return self
    }
}
