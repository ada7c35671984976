import Foundation
import Testing

@Suite("lessonrun render, end to end")
struct RenderCommandTests {
    @Test func rendersTheGradientDescentLesson() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("site").path
        let result = try BinaryRunner.run(["lessons/gd.md", "-o", out])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        let summary = result.stdout.trimmingCharacters(in: .newlines)
        #expect(summary.hasPrefix("gd.md: "))
        #expect(summary.hasSuffix(" ms → \(out)/gd.html"))
        #expect(summary.contains(" expectations passed, "))
        #expect(!summary.contains("error"))
        let html = try String(contentsOfFile: out + "/gd.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        // The only scripts lessonrun writes are small inline ones, the sliders' and the copy buttons' (once per
        // page with code); nothing is loaded from elsewhere.
        let scripts = html.components(separatedBy: "<script").count - 1
        #expect(scripts == html.components(separatedBy: "<div class=\"lr-slider\"").count - 1 + 1)
        #expect(html.contains("<script>(function(){if(!navigator.clipboard)return;"))
        #expect(!html.contains("<script src"))
        #expect(!html.contains("src=\"http"))
        #expect(!html.contains("href=\"http"))
    }

    @Test func theRenderSubcommandIsTheDefault() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = try writeLesson("# Hi\n\n```swift-nn\n1 + 1 //=> 2\n```\n", named: "hi.md", in: folder)
        let implicit = try BinaryRunner.run([lesson, "-o", folder.path + "/a"])
        let explicit = try BinaryRunner.run(["render", lesson, "--output", folder.path + "/b"])
        #expect(implicit.status == 0)
        #expect(explicit.status == 0)
        let a = try Data(contentsOf: folder.appendingPathComponent("a/hi.html"))
        let b = try Data(contentsOf: folder.appendingPathComponent("b/hi.html"))
        #expect(a == b)
        #expect(implicit.stdout.hasPrefix("hi.md: 1 cell, 0 figures, 1/1 expectations passed, "))
    }

    @Test func aFailedExpectationExitsOneWithItsLocation() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = try writeLesson(
            "# Drift\n\nText.\n\n```swift-nn\nlet x = 2.0 / 3\nx //=> 0.5\n```\n", named: "drift.md", in: folder)
        let result = try BinaryRunner.run([lesson, "-o", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(lesson):7:8: error: expected 0.5"))
        #expect(result.stderr.contains("got 0.6666666666666666"))
        #expect(result.stderr.contains("    x //=> 0.5\n           ^~~"))
        #expect(result.stdout.contains("0/1 expectations passed"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/drift.html"))
    }

    @Test func anErrorInALessonExitsOne() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = try writeLesson("```swift-nn\nlet g = gradiant(1)\n```\n", named: "typo.md", in: folder)
        let result = try BinaryRunner.run([lesson, "-o", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(lesson):2:9: error: "))
        #expect(result.stdout.contains("1 error"))
    }

    @Test func aMissingFileExitsTwoWithAClearMessage() throws {
        let result = try BinaryRunner.run(["lessons/no-such-lesson.md", "-o", "/tmp/unused-lessonrun-output"])
        #expect(result.status == 2)
        #expect(result.stderr == "lessonrun: read: cannot read lessons/no-such-lesson.md: no such file\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func aUsageErrorExitsTwo() throws {
        let missing = try BinaryRunner.run([])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Missing expected argument '<file.md>'"))
        let unknown = try BinaryRunner.run(["x.md", "--no-such-flag"])
        #expect(unknown.status == 2)
        let badLimit = try BinaryRunner.run(["x.md", "--step-budget", "0"])
        #expect(badLimit.status == 2)
        #expect(badLimit.stderr.contains("--step-budget must be a positive number"))
    }

    @Test func helpDocumentsEveryOption() throws {
        let root = try BinaryRunner.run(["--help"])
        #expect(root.status == 0)
        #expect(root.stdout.contains("render"))
        #expect(root.stdout.contains("eval"))
        let render = try BinaryRunner.run(["render", "--help"])
        #expect(render.status == 0)
        for option in ["--output", "--step-budget", "--max-depth", "<file.md>"] {
            #expect(render.stdout.contains(option), "render --help lacks \(option)")
        }
        let eval = try BinaryRunner.run(["eval", "--help"])
        for option in ["--step-budget", "--max-depth", "<file>"] {
            #expect(eval.stdout.contains(option), "eval --help lacks \(option)")
        }
    }

    func writeLesson(_ text: String, named name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
