import Foundation
import Testing

@testable import Notebook

@Suite("Writing files")
struct AtomicFileTests {
    func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nb-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func writesAndReplacesLeavingNoTemporaryFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/page.html"
        try AtomicFile.write("first", to: path)
        try AtomicFile.write("second, longer", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second, longer")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["page.html"])
    }

    @Test func aMissingFolderIsAWriteError() throws {
        #expect {
            try AtomicFile.write("x", to: "/nonexistent-folder-\(UUID().uuidString)/page.html")
        } throws: { error in
            (error as? NotebookError)?.stage == .write
        }
    }

    @Test func thePipelineCreatesTheOutputFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lesson = folder + "/intro.md"
        try "# Intro\n\n```swift-nn\n1 + 1 //=> 2\n```\n".write(toFile: lesson, atomically: true, encoding: .utf8)
        let outcome = try Pipeline.render(lessonAt: lesson, into: folder + "/out/site")
        #expect(outcome.outputPath == folder + "/out/site/intro.html")
        #expect(FileManager.default.fileExists(atPath: outcome.outputPath))
        #expect(outcome.summary.expectationsPassed == 1)
        #expect(!outcome.summary.failed)
        #expect(Pipeline.outputPath(for: "lessons/gd.md", in: "output/") == "output/gd.html")
    }
}
