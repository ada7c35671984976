import Language
import Testing

@testable import Notebook

@Suite("Time limits for a cell and a lesson")
struct LimitTests {
    static let loop = "var i = 0\nwhile true { i += 1 }\n"

    @Test func aCellTimeoutStopsTheCellAndNamesIt() {
        let lesson = LessonParser.parse(
            "```swift-nn\n1 + 1\n```\n\n```swift-nn\n//| timeout: 0.2\n\(Self.loop)```\n\n```swift-nn\n2 + 2\n```\n",
            path: "t.md")
        let clock = ContinuousClock()
        let start = clock.now
        let executed = Executor.execute(lesson)
        #expect(start.duration(to: clock.now) < .seconds(5))
        let error = executed.runs[1].errors.first
        #expect(error?.message.hasPrefix("cell 2 ran past its time limit of 0.2 s") == true)
        #expect(error?.location.line == 8)
        #expect(executed.runs[2].errors.isEmpty)
    }

    @Test func theRunsTimeoutAppliesToEveryCell() {
        let lesson = LessonParser.parse("```swift-nn\n\(Self.loop)```\n", path: "t.md")
        let executed = Executor.execute(lesson, limits: Limits(stepBudget: .max, timeout: 0.2))
        #expect(executed.runs[0].errors.first?.message.contains("time limit of 0.2 s") == true)
    }

    @Test func aLessonTimeoutStopsTheRunningCellAndSkipsTheRest() {
        let lesson = LessonParser.parse(
            "```swift-nn\nlet a = 1\n```\n\n```swift-nn\n\(Self.loop)```\n\nThen `{nn} a`.\n\n```swift-nn\na\n```\n",
            path: "t.md")
        let executed = Executor.execute(lesson, limits: Limits(stepBudget: .max), lessonTimeout: 0.3)
        #expect(executed.runs[0].errors.isEmpty)
        #expect(executed.runs[1].errors.first?.message.hasPrefix("cell 2 was stopped: the lesson's time limit of 0.3 s ran out") == true)
        #expect(executed.inlineRuns[0].errors.first?.message.hasPrefix("inline value 1 was not run") == true)
        #expect(executed.runs[2].errors.first?.message.hasPrefix("cell 3 was not run") == true)
        #expect(executed.runs[2].errors.first?.location.line == 12)
    }

    @Test("a figure that takes longer to draw than its cell's time limit is not shown, and fails its cell")
    func drawingObeysTheCellsTimeLimit() throws {
        let source = """
            # Drawing

            ```swift-nn
            let xs = linspace(-3, 3, 200)
            contour(xs, xs, xs.reshape(200, 1) * xs.reshape(1, 200), levels: 20)
            ```
            """
        let lesson = LessonParser.parse(source, path: "draw.md")
        var executed = Executor.execute(lesson, limits: Limits(timeout: 30))
        #expect(executed.runs[0].drawingTimeLimit == 30)
        let drawn = PageContent(executed)
        #expect(drawn.findings.isEmpty)
        guard case .figure(let svg)? = drawn.cells[0].outputs.first else { Issue.record("no figure"); return }
        #expect(svg.contains("<svg"))

        executed.runs[0].drawingTimeLimit = 1e-9
        let late = PageContent(executed)
        #expect(late.findings.map(\.message) == [
            "this figure was not drawn: drawing it took longer than the cell's time limit of 1e-09 s (plot fewer "
                + "points, or raise the limit with the `timeout` cell option or --timeout)",
        ])
        #expect(late.findings.first?.location.line == 3)
        guard case .figure(let note)? = late.cells[0].outputs.first else { Issue.record("no figure"); return }
        #expect(note.hasPrefix("<p class=\"lr-figure-error\"") && !note.contains("<svg"))
        #expect(late.cells[0].failed)
    }

    @Test func theTimeoutOptionIsValidated() {
        let lesson = LessonParser.parse("```swift-nn\n//| timeout: soon\n1\n```\n", path: "t.md")
        #expect(lesson.cells[0].diagnostics.first?.message == "`timeout` takes a positive number of seconds, like 5 or 0.5s")
        let seconds = LessonParser.parse("```swift-nn\n//| timeout: 2s\n1\n```\n", path: "t.md")
        #expect(seconds.cells[0].options.timeout == 2)
        // Swift's Double("0x10") is 16; an author writing hexadecimal has made a mistake.
        let hexadecimal = LessonParser.parse("```swift-nn\n//| timeout: 0x10\n//| tolerance: 0x1p-3\n1\n```\n", path: "t.md")
        #expect(hexadecimal.cells[0].options.timeout == nil && hexadecimal.cells[0].options.tolerance == nil)
        #expect(hexadecimal.cells[0].diagnostics.map(\.message) == [
            "`timeout` takes a positive number of seconds, like 5 or 0.5s",
            "`tolerance` takes a non-negative number, like 1e-6",
        ])
    }

    @Test func aCellToleranceOverridesTheLessons() {
        let lesson = LessonParser.parse(
            "---\ntolerance: 0.001\n---\n\n```swift-nn\n//| tolerance: 0.1\n2/3 //=> 0.6\n```\n\n```swift-nn\n2/3 //=> 0.6\n```\n",
            path: "t.md")
        let executed = Executor.execute(lesson)
        #expect(executed.runs.map { $0.result.expectations.map(\.passed) } == [[true], [false]])
    }
}
