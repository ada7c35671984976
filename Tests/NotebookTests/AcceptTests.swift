import Foundation
import Testing

@testable import Notebook

@Suite("check --accept")
struct AcceptTests {
    /// The drift fixture copied to a fresh folder, as a lesson file to rewrite.
    func copyOfDrift() throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accept-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("drift.md").path
        try CheckFixture.text("drift.md").write(toFile: path, atomically: true, encoding: .utf8)
        return (folder, path)
    }

    @Test func rewritesTheDriftedValuesAndPrintsTheDiff() throws {
        let (folder, path) = try copyOfDrift()
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = Checker.check(lessonAt: path, options: .init(accept: true))
        let diff = try #require(check.acceptedDiff)
        try CheckFixture.expectMatches(diff.replacingOccurrences(of: path, with: "drift.md"), file: "drift.accept.diff")
        #expect(check.items.filter(\.accepted).count == 3)
        #expect(check.failures.map(\.line) == [27, 33])
        let before = try CheckFixture.text("drift.md").split(separator: "\n", omittingEmptySubsequences: false)
        let after = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        let changed = zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }.map { $0.offset + 1 }
        #expect(changed == [8, 13, 19])
        #expect(after[12] == "third * 2 //=> 0.667")
        #expect(after[18] == "[third, 2 * third] //=> [0.33, 0.67] ± 0.01")
    }

    @Test func anAcceptedLessonChecksCleanAndASecondAcceptChangesNothing() throws {
        let (folder, path) = try copyOfDrift()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = Checker.check(lessonAt: path, options: .init(accept: true))
        let again = Checker.check(lessonAt: path, options: .init(accept: true))
        #expect(again.acceptedDiff == nil)
        let kinds = again.failures.map(\.kind)
        #expect(kinds == [.expectedError, .error])
    }

    @Test func replacementsKeepTheWrittenShape() {
        #expect(Accept.replacement(for: "0.69", actual: "0.7012", tolerance: nil) == "0.70")
        #expect(Accept.replacement(for: "10", actual: "11", tolerance: nil) == "11")
        #expect(Accept.replacement(for: "10", actual: "10.5", tolerance: nil) == "10.5")
        #expect(Accept.replacement(for: "0.5", actual: "0.6666666666666666", tolerance: 0.001) == "0.667")
        #expect(Accept.replacement(for: "[1.0, 2.0]", actual: "[1.26, 2.5]", tolerance: nil) == "[1.3, 2.5]")
        #expect(Accept.replacement(for: "[1.0]", actual: "[1.25, 2.5]", tolerance: nil) == "[1.25, 2.5]")
        #expect(Accept.replacement(for: "\"a\"", actual: "\"b\"", tolerance: nil) == "\"b\"")
        #expect(Accept.replacement(for: "1e-3", actual: "0.0011", tolerance: nil) == "0.0011")
    }

    @Test func theDiffShowsContextAndJoinsNearbyChanges() {
        let old = (1...12).map { "line \($0)" }
        var new = old
        new[1] = "changed 2"
        new[3] = "changed 4"
        new[11] = "changed 12"
        let diff = UnifiedDiff.diff(old, new, path: "l.md")
        #expect(diff == """
            --- a/l.md
            +++ b/l.md
            @@ -1,7 +1,7 @@
             line 1
            -line 2
            +changed 2
             line 3
            -line 4
            +changed 4
             line 5
             line 6
             line 7
            @@ -9,4 +9,4 @@
             line 9
             line 10
             line 11
            -line 12
            +changed 12

            """)
    }
}
