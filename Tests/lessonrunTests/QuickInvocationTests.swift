import Foundation
import Testing

/// `lessonrun LESSON.md`, `lessonrun render LESSON.md` and `lessonrun eval FILE` without options skip
/// ArgumentParser (`QuickInvocation`); they must do exactly what the parsed command does with its defaults.
@Suite("plain invocations, without the argument parser")
struct QuickInvocationTests {
    private let lesson = "# Hi\n\n```swift-nn\nlet x = 1 + 1 //=> 2\nx * 3 //=> 7\n```\n\nText $x^2$.\n"

    @Test func aPlainRenderWritesWhatTheParsedOneWrites() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try lesson.write(to: folder.appendingPathComponent("hi.md"), atomically: true, encoding: .utf8)
        let plain = try BinaryRunner.run(["hi.md"], directory: folder)
        let named = try BinaryRunner.run(["render", "hi.md"], directory: folder)
        let folderOption = try BinaryRunner.run(["-o", "site", "hi.md"], directory: folder)
        let pageOption = try BinaryRunner.run(["render", "hi.md", "--output=page.html"], directory: folder)
        let parsed = try BinaryRunner.run(["render", "hi.md", "--output", "parsed", "--lesson-timeout", "300"], directory: folder)
        // The lesson states a wrong value: status 1, the failure on standard error, the page written all the same.
        for result in [plain, named, folderOption, pageOption, parsed] {
            #expect(result.status == 1)
            #expect(result.stderr.contains("hi.md:5:12: error: expected 7, got 6"))
            #expect(result.stderr == parsed.stderr)
        }
        #expect(plain.stdout.hasSuffix("→ output/hi.html\n"))
        let quick = try Data(contentsOf: folder.appendingPathComponent("output/hi.html"))
        let reference = try Data(contentsOf: folder.appendingPathComponent("parsed/hi.html"))
        #expect(quick == reference)
        #expect(try Data(contentsOf: folder.appendingPathComponent("site/hi.html")) == reference)
        #expect(try Data(contentsOf: folder.appendingPathComponent("page.html")) == reference)
        #expect(folderOption.stdout.hasSuffix("→ site/hi.html\n"))
    }

    @Test func aPlainEvalPrintsWhatTheParsedOnePrints() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = "print(\"start\")\nvar (a, b) = (1, 2)\n(a, b) = (b, a)\na\nlet t = (1, 2, 3)\n(a, b) = t\n"
        try program.write(to: folder.appendingPathComponent("p.nn"), atomically: true, encoding: .utf8)
        let plain = try BinaryRunner.run(["eval", "p.nn"], directory: folder)
        let parsed = try BinaryRunner.run(["eval", "p.nn", "--timeout", "60"], directory: folder)
        #expect(plain.status == 1)
        #expect(plain.stdout == "start\n")
        #expect(plain.stderr.contains("p.nn:6:10: error: cannot assign a tuple of 3 values to a tuple of 2 targets"))
        #expect((plain.status, plain.stdout, plain.stderr) == (parsed.status, parsed.stdout, parsed.stderr))
    }

    @Test func anythingElseIsStillParsed() throws {
        let missing = try BinaryRunner.run(["eval"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Missing expected argument"))
        let unknown = try BinaryRunner.run(["render", "a.md", "b.md"])
        #expect(unknown.status == 2)
        let dangling = try BinaryRunner.run(["lessons/gd.md", "-o"])
        #expect(dangling.status == 2)
        #expect(dangling.stderr.contains("Missing value for '-o"))
        let help = try BinaryRunner.run(["help", "sum"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("sum"))
        let absent = try BinaryRunner.run(["no-such-lesson.md"])
        #expect(absent.status == 2)
        #expect(absent.stderr.contains("no-such-lesson.md"))
    }
}
