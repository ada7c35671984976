import Foundation
import Testing

/// On a full disk, render and build say so and leave no half-written page or site behind. Needs root, to
/// mount a 64 KB tmpfs.
@Suite("A full disk", .enabled(if: geteuid() == 0, "mounting a tiny file system needs root"))
struct FullDiskTests {
    /// Runs `body` with a fresh 64 KB tmpfs, unmounted afterwards.
    func withTinyDisk(_ body: (String) throws -> Void) throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(shell("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path]) == 0)
        defer { _ = shell("/bin/umount", [folder.path]) }
        try body(folder.path)
    }

    func shell(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func renderReportsTheFullDiskAndLeavesNoPage() throws {
        try withTinyDisk { disk in
            let result = try BinaryRunner.run(["lessons/gd.md", "-o", disk + "/out"], timeout: 120)
            #expect(result.status == 2)
            #expect(result.stderr.contains("cannot write \(disk)/out/gd.html: No space left on device"))
            #expect((try FileManager.default.contentsOfDirectory(atPath: disk + "/out")).isEmpty)
        }
    }

    @Test func buildReportsTheFullDiskAndLeavesNoSite() throws {
        try withTinyDisk { disk in
            let result = try BinaryRunner.run(["build", "lessons", "-o", disk + "/site"], timeout: 180)
            #expect(result.status == 2)
            #expect(result.stderr.contains("No space left on device"), "stderr: \(result.stderr)")
            let left = try FileManager.default.contentsOfDirectory(atPath: disk)
            #expect(!left.contains("site"))
            #expect(!left.contains { $0.hasPrefix(".site.lessonrun-") })
        }
    }
}
