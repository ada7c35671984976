import Foundation
import Testing

/// Every input in fuzz/regressions (findings of scripts/fuzz, and the hardening issue's hostile cases) runs
/// through the whole pipeline without a crash or a hang.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    @Test func theRegressionCorpusReplaysCleanly() throws {
        let folder = BinaryRunner.root.appendingPathComponent("fuzz/regressions").path
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(inputs.count >= 10)
        let result = try BinaryRunner.run([folder], timeout: 120, program: "LessonFuzz")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout == "replayed \(inputs.count) inputs without a crash\n")
    }
}
