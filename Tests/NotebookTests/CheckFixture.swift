import Foundation
import Testing

@testable import Notebook

/// The drifted-numbers fixture, and a way to compare a report with its expected file (set
/// LESSONRUN_UPDATE_GOLDEN=1 to rewrite the expected files, then read their diff).
enum CheckFixture {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func text(_ name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    /// The fixture checked as `drift.md`, its time set to zero so reports are the same on every run.
    static func driftReport() throws -> CheckReport {
        let lesson = LessonParser.parse(try text("drift.md"), path: "drift.md")
        var check = Checker.check(Executor.execute(lesson))
        check.milliseconds = 0
        return CheckReport(lessons: [check])
    }

    static func expectMatches(_ actual: String, file name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["LESSONRUN_UPDATE_GOLDEN"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/\(name)")
            try actual.write(to: source, atomically: true, encoding: .utf8)
            Issue.record("rewrote Fixtures/\(name); look at its diff, then run the tests again", sourceLocation: sourceLocation)
            return
        }
        let expected = try text(name)
        guard actual != expected else { return }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        let want = line < e.count ? String(e[line]) : "<end>", got = line < a.count ? String(a[line]) : "<end>"
        Issue.record("\(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
    }
}
