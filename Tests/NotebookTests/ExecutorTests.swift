import Language
import Testing

@testable import Notebook

@Suite("Executing lessons")
struct ExecutorTests {
    func run(_ text: String) -> ExecutedLesson {
        Executor.execute(LessonParser.parse(text, path: "run.md"))
    }

    @Test func statePersistsAcrossCells() {
        let executed = run("```swift-nn\nvar x = 20\n```\n\nText.\n\n```swift-nn\nx += 1\nx * 2\n```\n")
        #expect(executed.runs.count == 2)
        #expect(executed.runs[1].result.outputs.last.map(Self.text) == "42")
        #expect(executed.errors.isEmpty)
        #expect(!Summary(executed, milliseconds: 0).failed)
    }

    @Test func frontMatterToleranceBoundsExpectations() {
        let executed = run("---\ntolerance: 0.01\n---\n\n```swift-nn\n2/3 //=> 0.67\n2/3 //=> 0.7\n```\n")
        #expect(executed.runs[0].result.expectations.map(\.passed) == [true, false])
    }

    @Test func anErrorStaysInItsCellAndLaterCellsRun() {
        let executed = run(
            """
            ```swift-nn
            let a = 1
            ```

            ```swift-nn
            let b = nosuchname + 1
            ```

            ```swift-nn
            print(a + 1)
            ```
            """)
        #expect(executed.runs[0].errors.isEmpty)
        #expect(executed.runs[1].errors.count == 1)
        let error = executed.runs[1].errors[0]
        #expect(error.location.file == "run.md")
        #expect(error.location.line == 6)
        #expect(error.location.column == 9)
        #expect(executed.runs[2].errors.isEmpty)
        #expect(executed.runs[2].result.outputs.map(Self.text) == ["2\n"])
        #expect(Summary(executed, milliseconds: 0).errors == 1)
        #expect(Summary(executed, milliseconds: 0).failed)
    }

    @Test func anExpectedErrorIsShownButDoesNotFail() {
        let executed = run("```swift-nn\n//| error: true\n[1, 2][5]\n```\n")
        let cell = executed.runs[0]
        #expect(cell.errorExpected)
        #expect(cell.result.failed)
        #expect(cell.errors.isEmpty)
        #expect(!cell.failed)
        #expect(!Summary(executed, milliseconds: 0).failed)
    }

    @Test func anExpectedErrorMatchesItsFragment() {
        let matching = run("```swift-nn\n//| error: \"unknown name\"\nmissing\n```\n")
        #expect(matching.runs[0].errorExpected)
        #expect(matching.errors.isEmpty)

        let other = run("```swift-nn\n//| error: \"division\"\nmissing\n```\n")
        #expect(!other.runs[0].errorExpected)
        #expect(other.runs[0].errors.count == 1)
        #expect(other.runs[0].problems.map(\.severity) == [.note])
    }

    @Test func aCellMarkedErrorThatRunsCleanlyFails() {
        let executed = run("Intro\n\n```swift-nn\n//| error: true\n1 + 1\n```\n")
        let problems = executed.runs[0].errors
        #expect(problems.map(\.message) == ["this cell is marked `error: true` but ran without an error"])
        #expect(problems.first?.location.line == 3)
        #expect(Summary(executed, milliseconds: 0).failed)
    }

    @Test func expectationsAreCounted() {
        let executed = run("```swift-nn\nlet x = 2.0 / 3\nx //=> 0.667\nx //=> 0.5\n```\n")
        let summary = Summary(executed, milliseconds: 12.4)
        #expect(summary.expectationsPassed == 1)
        #expect(summary.expectationsFailed == 1)
        #expect(summary.failed)
        let failure = executed.runs[0].failedExpectations[0].diagnostic(in: executed.lesson)
        #expect(failure.location.line == 4)
        #expect(failure.message.hasPrefix("expected 0.5"))
        #expect(failure.sourceLine == "x //=> 0.5")
        #expect(failure.location.column == 8)
        #expect(failure.length == 3)
    }

    @Test func theSummaryLine() {
        let executed = run("```swift-nn\nlet x = 1\nx //=> 1\n```\n")
        let line = Summary(executed, milliseconds: 23.4).line(lesson: "lessons/gd.md", output: "output/gd.html")
        #expect(line == "gd.md: 1 cell, 0 figures, 1/1 expectations passed, 23 ms → output/gd.html")
    }

    @Test func optionProblemsCountAsErrorsButTheCellStillRuns() {
        let executed = run("```swift-nn\n//| colour: red\nprint(7)\n```\n")
        #expect(executed.runs[0].errors.count == 1)
        #expect(executed.runs[0].result.outputs.map(Self.text) == ["7\n"])
    }

    @Test func aCellCanSetItsOwnStepBudget() {
        let lesson = LessonParser.parse(
            """
            ```swift-nn
            //| steps: 1_000
            var i = 0
            while i < 10_000 { i += 1 }
            ```

            ```swift-nn
            var j = 0
            while j < 10_000 { j += 1 }
            j
            ```
            """, path: "steps.md")
        let executed = Executor.execute(lesson, limits: Limits(stepBudget: 1_000_000))
        #expect(executed.runs[0].errors.map(\.message).first?.contains("step budget of 1000 exceeded") == true)
        #expect(executed.runs[1].errors.isEmpty)
    }

    static func text(_ output: CellOutput) -> String {
        switch output {
        case .text(let text), .value(let text): text
        case .figure: "<figure>"
        case .savedFigure(let name, _): "<saved \(name)>"
        case .table(let table): table.text
        }
    }
}
