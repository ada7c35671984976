import Foundation
import Testing

@testable import Notebook

@Suite("Golden page and determinism")
struct GoldenTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func renderFixture(_ name: String) throws -> String {
        let source = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        return HTMLRenderer.render(Executor.execute(LessonParser.parse(source, path: name)))
    }

    /// Set LESSONRUN_UPDATE_GOLDEN=1 to rewrite the expected page in the source tree, then read the diff.
    @Test func theFixtureLessonRendersAsExpected() throws {
        let html = try Self.renderFixture("basic.md")
        if ProcessInfo.processInfo.environment["LESSONRUN_UPDATE_GOLDEN"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/basic.html")
            try html.write(to: source, atomically: true, encoding: .utf8)
            Issue.record("rewrote Fixtures/basic.html; look at its diff, then run the tests again")
            return
        }
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("basic.html"), encoding: .utf8)
        guard html != expected else { return }
        let actual = html.split(separator: "\n", omittingEmptySubsequences: false)
        let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(actual, wanted).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actual.count, wanted.count)
        let got = line < actual.count ? String(actual[line]) : "<end of page>"
        let want = line < wanted.count ? String(wanted[line]) : "<end of page>"
        Issue.record("basic.html differs at line \(line + 1):\n  expected: \(want)\n  rendered: \(got)")
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let lesson = """
            # Twice

            ```swift-nn
            func f(_ x: Double) -> Double { x * x }
            plot(f, -2...2, label: "x²")
            scatter([0.0], [0.0], color: "red")
            legend()
            show()
            f(3)
            ```
            """
        let render = { HTMLRenderer.render(Executor.execute(LessonParser.parse(lesson, path: "twice.md"))) }
        let first = render()
        #expect(first == render())
        #expect(first.contains("<svg"))
        #expect(try Self.renderFixture("basic.md") == Self.renderFixture("basic.md"))
    }
}
