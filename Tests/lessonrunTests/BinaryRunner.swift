import Foundation

/// Runs the built `lessonrun` binary the way a user does, with a time limit.
struct BinaryRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var seconds: Double
    }

    /// The repository root, for the real lessons.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary sits in the products folder, next to the test bundle: on Linux the bundle is an
    /// executable in that folder; on macOS `.xctest` bundles (and the test tool) live there.
    static let binary: URL? = {
        var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        folders += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
            .map { $0.deletingLastPathComponent() }
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        return folders.map { $0.appendingPathComponent("lessonrun") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// `addressSpaceKB` runs the binary under `ulimit -v`, as a user on a shared machine might; `directory` is its
    /// working directory (the repository root when nil).
    static func run(
        _ arguments: [String], stdin: String? = nil, timeout: Double = 30, addressSpaceKB: Int? = nil,
        program: String = "lessonrun", directory: URL? = nil
    ) throws -> Output {
        guard let lessonrun = binary else { throw RunnerError.binaryNotFound }
        let binary = lessonrun.deletingLastPathComponent().appendingPathComponent(program)
        // A binary that exits before reading its input must fail its test, not kill the test process.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        if let addressSpaceKB {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -v \(addressSpaceKB) && exec \"$0\" \"$@\"", binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory ?? root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        let start = Date()
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        while process.isRunning, Date().timeIntervalSince(start) < timeout { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw RunnerError.timedOut(arguments)
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Output(
            status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8),
            seconds: Date().timeIntervalSince(start))
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lessonrun-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    enum RunnerError: Error {
        case binaryNotFound
        case timedOut([String])
    }
}
