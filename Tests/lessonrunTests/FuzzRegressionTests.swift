import Foundation
import Testing

/// Every input in fuzz/regressions (findings of scripts/fuzz, and the hardening issue's hostile cases) runs
/// through the target its folder names (a whole lesson, the parser and compiler, a program, a formula) without
/// a crash or a hang.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    private static let targets = ["lesson", "parse", "program", "tex"]

    @Test func theRegressionCorpusReplaysCleanly() throws {
        let folder = BinaryRunner.root.appendingPathComponent("fuzz/regressions").path
        let fileManager = FileManager.default
        #expect(try fileManager.contentsOfDirectory(atPath: folder).sorted() == Self.targets)
        let counts = try Self.targets.map { try fileManager.contentsOfDirectory(atPath: folder + "/" + $0).count }
        #expect(counts.allSatisfy { $0 > 0 }, "every target has regressions: \(counts)")
        let result = try BinaryRunner.run([folder], timeout: 120, program: "LessonFuzz")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout == "replayed \(counts.reduce(0, +)) inputs without a crash\n")
    }

    @Test func anInputOutsideATargetFolderNeedsTheTargetNamed() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lessonfuzz-\(UUID().uuidString).nn")
        try Data("print(1 +)".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let refused = try BinaryRunner.run([file.path], timeout: 60, program: "LessonFuzz")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("pass --target"))
        let replayed = try BinaryRunner.run(["--target", "program", file.path], timeout: 60, program: "LessonFuzz")
        #expect(replayed.status == 0, "stderr: \(replayed.stderr)")
        #expect(replayed.stdout == "replayed 1 inputs without a crash\n")
    }
}
