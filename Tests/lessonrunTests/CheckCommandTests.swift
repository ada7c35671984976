import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("lessonrun check, end to end")
struct CheckCommandTests {
    static let drift = "# Drift\n\nIt is `{nn} 2/3 => 0.5`.\n\n```swift-nn\nlet x = 2.0 / 3\nx //=> 0.5\nx * 3 //=> 2.0\n```\n"
    static let clean = "# Clean\n\n```swift-nn\n1 + 1 //=> 2\n```\n"

    /// A folder with a clean lesson at the top and a drifted one in a subfolder.
    func course() throws -> URL {
        let folder = try BinaryRunner.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("part"), withIntermediateDirectories: true)
        try Self.clean.write(to: folder.appendingPathComponent("clean.md"), atomically: true, encoding: .utf8)
        try Self.drift.write(to: folder.appendingPathComponent("part/drift.md"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aFolderIsSearchedRecursivelyAndADriftExitsOne() throws {
        let folder = try course()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(["check", folder.path])
        #expect(result.status == 1)
        let lesson = folder.path + "/part/drift.md"
        #expect(result.stdout.contains("\(lesson):3:20: error: expected 0.5 ± 0.05, got 0.6666666666666666 "
            + "(absolute error 0.167, relative error 33.3%)\n    It is `{nn} 2/3 => 0.5`.\n"))
        #expect(result.stdout.contains("\(lesson):7:8: error: expected 0.5 ± 0.05, got 0.6666666666666666"))
        #expect(result.stdout.contains("\(folder.path)/clean.md: 1 check, all held, "))
        #expect(result.stdout.hasSuffix("check: 2 lessons, 4 checks, 2 failed\n"))
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(result.stderr.isEmpty)
    }

    @Test func aCleanLessonExitsZero() throws {
        let folder = try course()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(["check", folder.path + "/clean.md"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("check: 1 lesson, 1 check, all held\n"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try BinaryRunner.run(["check"]).status == 2)
        let missing = try BinaryRunner.run(["check", "no/such/place"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "lessonrun: read: cannot read no/such/place: no such file or folder\n")
        #expect(try BinaryRunner.run(["check", "lessons", "--format", "yaml"]).status == 2)
        #expect(try BinaryRunner.run(["check", "lessons", "--jobs", "0"]).status == 2)
    }

    @Test func everyFormatReportsTheDrift() throws {
        let folder = try course()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = folder.path + "/part/drift.md"
        let github = try BinaryRunner.run(["check", lesson, "--format", "github"])
        #expect(github.status == 1)
        #expect(github.stdout.hasPrefix("::error file=\(lesson),line=3,col=20,title=lessonrun check%3A inline-value::expected 0.5"))
        let json = try BinaryRunner.run(["check", lesson, "--format", "json"])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let lessons = object?["lessons"] as? [[String: Any]]
        let items = lessons?.first?["items"] as? [[String: Any]]
        #expect(items?.count == 3)
        #expect(items?.compactMap { $0["line"] as? Int } == [3, 7, 8])
        let junit = try BinaryRunner.run(["check", folder.path, "--format", "junit"])
        #expect(junit.status == 1)
        let document = try XMLDocument(data: Data(junit.stdout.utf8))
        let suites = document.rootElement()?.elements(forName: "testsuite") ?? []
        #expect(suites.map { $0.attribute(forName: "tests")?.stringValue } == ["1", "3"])
        #expect(document.rootElement()?.attribute(forName: "failures")?.stringValue == "2")
    }

    @Test func acceptRewritesTheLessonAndPrintsTheDiff() throws {
        let folder = try course()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = folder.path + "/part/drift.md"
        let accepted = try BinaryRunner.run(["check", lesson, "--accept"])
        #expect(accepted.status == 0)
        #expect(accepted.stdout.contains("-It is `{nn} 2/3 => 0.5`.\n+It is `{nn} 2/3 => 0.7`.\n"))
        #expect(accepted.stdout.contains("-x //=> 0.5\n+x //=> 0.7\n"))
        #expect(accepted.stdout.contains("3 checks, all held, 2 accepted"))
        let again = try BinaryRunner.run(["check", lesson])
        #expect(again.status == 0)
        #expect(try String(contentsOfFile: lesson, encoding: .utf8)
            == Self.drift.replacingOccurrences(of: "0.5", with: "0.7"))
    }

    @Test func snapshotsAreRecordedThenCompared() throws {
        let folder = try course()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = folder.path + "/snap.md"
        try "```swift-nn\nlet r = 0.25\nprint(\"r\", r)\n```\n".write(toFile: lesson, atomically: true, encoding: .utf8)
        let record = try BinaryRunner.run(["check", lesson, "--update-snapshots"])
        #expect(record.status == 0)
        #expect(record.stdout.contains("recorded \(folder.path)/snap.snapshot.txt\n"))
        #expect(try BinaryRunner.run(["check", lesson]).status == 0)
        try "```swift-nn\nlet r = 0.26\nprint(\"r\", r)\n```\n".write(toFile: lesson, atomically: true, encoding: .utf8)
        let drifted = try BinaryRunner.run(["check", lesson])
        #expect(drifted.status == 1)
        #expect(drifted.stdout.contains("\(lesson):1:1: error: cell 1 drifted from snap.snapshot.txt: recorded 0.25, now 0.26 (in `text: r 0.26`)"))
    }

    @Test func timeoutsStopRunawayCells() throws {
        let folder = try course()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = folder.path + "/loop.md"
        try "```swift-nn\nvar i = 0\nwhile true { i += 1 }\n```\n".write(toFile: lesson, atomically: true, encoding: .utf8)
        let cell = try BinaryRunner.run(["check", lesson, "--timeout", "0.3", "--step-budget", "1000000000000"])
        #expect(cell.status == 1)
        #expect(cell.stdout.contains("error: cell 1 ran past its time limit of 0.3 s and was stopped"))
        let whole = try BinaryRunner.run(["check", lesson, "--lesson-timeout", "0.3", "--step-budget", "1000000000000"])
        #expect(whole.status == 1)
        #expect(whole.stdout.contains("error: cell 1 was stopped: the lesson's time limit of 0.3 s ran out"))
        #expect(whole.seconds < 10)
    }
}
