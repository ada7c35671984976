import CommandSupport
import Foundation
import Testing

@Suite("lessonrun serve runs lessonrun-serve, and lessonrun links no network library")
struct ServeProgramTests {
    @Test func optionsParseBackFromTheirArguments() throws {
        let options = try ServeOptions.parse([
            "--port", "0", "--jobs", "3", "--step-budget", "500", "--max-depth", "40", "--timeout", "2.5",
            "--memory-limit", "512M", "--lesson-timeout", "9", "--", "-odd name",
        ])
        let again = try ServeOptions.parse(options.arguments)
        #expect(again.arguments == options.arguments)
        #expect(again.source == "-odd name")
        #expect(again.port == 0 && again.jobs == 3)
        #expect(again.limits.cell.limits == options.limits.cell.limits)
        #expect(again.limits.cell.timeout == 2.5 && again.limits.cell.memoryLimit == "512M")
        #expect(again.limits.lessonTimeout == 9)
    }

    @Test func defaultsParseBackToTheDefaults() throws {
        let options = try ServeOptions.parse(["course"])
        let again = try ServeOptions.parse(options.arguments)
        #expect(again.arguments == options.arguments)
        #expect(again.limits.cell.timeout == nil && again.limits.cell.memoryLimit == nil)
        #expect(again.limits.cell.limits == options.limits.cell.limits)
    }

    @Test func withoutTheServerBesideItServeSaysWhatIsMissing() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let alone = folder.appendingPathComponent("lessonrun")
        try FileManager.default.copyItem(at: try BinaryRunner.binary.orThrow(), to: alone)
        let process = Process()
        process.executableURL = alone
        process.arguments = ["serve", BinaryRunner.root.appendingPathComponent("lessons").path, "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 2)
        #expect(text.contains("cannot start \(folder.resolvingSymlinksInPath().path)/lessonrun-serve"))
    }

    #if os(Linux)
    /// FlyingFox brings FoundationNetworking and libcurl (and some thirty libraries behind it); they belong to
    /// `lessonrun-serve` only, so that every render and check starts without loading them.
    @Test func lessonrunDoesNotLinkFoundationNetworking() throws {
        let lessonrun = try Data(contentsOf: try BinaryRunner.binary.orThrow())
        let server = try Data(contentsOf: try BinaryRunner.binary.orThrow().deletingLastPathComponent()
            .appendingPathComponent("lessonrun-serve"))
        let library = Data("libFoundationNetworking.so".utf8)
        #expect(lessonrun.range(of: library) == nil)
        #expect(server.range(of: library) != nil)
    }
    #endif
}
