import Foundation
import Testing

@Suite("scripts/install and scripts/ensure-libcmark")
struct InstallScriptTests {
    @Test func installPutsTheBinaryInPrefixBin() throws {
        let prefix = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let process = Process()
        process.executableURL = BinaryRunner.root.appendingPathComponent("scripts/install")
        process.arguments = [prefix.path + "/usr"]
        // The suite's own binary, so the test does not start a release build.
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["LESSONRUN_BINARY": try BinaryRunner.binary.orThrow().path]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(text == "installed \(prefix.path)/usr/bin/lessonrun (0.2.0)\n")
        #expect(FileManager.default.isExecutableFile(atPath: prefix.path + "/usr/bin/lessonrun"))
        #expect(FileManager.default.isExecutableFile(atPath: prefix.path + "/usr/bin/lessonrun-serve"))
    }

    @Test func ensureLibcmarkIsQuietWhenTheLibraryIsThere() throws {
        let process = Process()
        process.executableURL = BinaryRunner.root.appendingPathComponent("scripts/ensure-libcmark")
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }
}
