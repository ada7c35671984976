import Language
import Testing

@testable import Notebook

@Suite("Inline {nn} values in the prose")
struct InlineCellTests {
    func run(_ text: String) -> ExecutedLesson {
        Executor.execute(LessonParser.parse(text, path: "inline.md"))
    }

    @Test func theParserPlacesExpressionAndStatedValue() {
        let lesson = LessonParser.parse("Intro.\n\nIt is `{nn} sigmoid(2) => 0.88` and `code` and `{nn} 1 + 1`.\n", path: "p.md")
        #expect(lesson.inlineCells.count == 2)
        let first = lesson.inlineCells[0]
        #expect(first.expression == "sigmoid(2)")
        #expect(first.stated == "0.88")
        #expect(first.location == SourceLocation(file: "p.md", line: 3, column: 13))
        #expect(first.statedLocation == SourceLocation(file: "p.md", line: 3, column: 27))
        #expect(lesson.inlineCells[1].stated == nil)
        #expect(lesson.inlineCells[1].statedLocation == nil)
    }

    @Test func valuesSeeTheCellsBeforeThemAndAreWrittenIntoTheSentence() {
        let executed = run(
            """
            ```swift-nn
            let rate = 0.25
            ```

            The rate is `{nn} rate => 0.25`, its square `{nn} rate ** 2`, in a list:

            - doubled, `{nn} 2 * rate => 0.5`

            ```swift-nn
            let rate2 = 1
            ```
            """)
        #expect(executed.inlineRuns.map(\.display) == ["0.25", "0.0625", "0.5"])
        #expect(executed.inlineRuns.allSatisfy { !$0.failed })
        let html = HTMLRenderer.render(executed)
        #expect(html.contains("The rate is <span class=\"nn-value\" id=\"value-1\" title=\"computed by rate = 0.25\">0.25</span>"))
        #expect(html.contains(">0.0625</span>, in a list:"))
        #expect(html.contains("doubled, <span class=\"nn-value\" id=\"value-3\""))
        #expect(!html.contains("{nn}"))
    }

    @Test func aValueThatHoldsIsShownWithTheStatedDigits() {
        let executed = run("It is `{nn} sigmoid(2) => 0.88`.\n")
        #expect(executed.inlineRuns[0].expectation?.passed == true)
        #expect(executed.inlineRuns[0].shown == "0.88")
        #expect(Summary(executed, milliseconds: 0).expectationsPassed == 1)
    }

    @Test func aStatedValueThatDriftedFailsAndShowsTheComputedOne() {
        let executed = run("Line one.\nIt is `{nn} sigmoid(2) => 0.87`.\n")
        let inline = executed.inlineRuns[0]
        #expect(inline.failed)
        #expect(inline.shown == "0.8807970779778823")
        let finding = inline.findings(in: executed.lesson)
        #expect(finding.map(\.location) == [SourceLocation(file: "inline.md", line: 2, column: 27)])
        #expect(finding.first?.message.hasPrefix("expected 0.87 ± 0.005, got 0.8807970779778823") == true)
        let html = HTMLRenderer.render(executed)
        #expect(html.contains("<span class=\"nn-value fail\" id=\"value-1\""))
        #expect(html.contains("<a href=\"#value-1\">value 1</a>"))
    }

    @Test func anErrorIsShownAtItsColumnInTheSentence() {
        let executed = run("Text `{nn} nosuch + 1` here.\n")
        let error = executed.inlineRuns[0].errors.first
        #expect(error?.location == SourceLocation(file: "inline.md", line: 1, column: 12))
        #expect(error?.sourceLine == "Text `{nn} nosuch + 1` here.")
        #expect(executed.errors.count == 1)
        #expect(HTMLRenderer.render(executed).contains("<code class=\"nn-value error\" id=\"value-1\""))
    }

    @Test func codeWithoutAValueIsAnError() {
        let executed = run("Text `{nn} let z = 1` here.\n")
        #expect(executed.inlineRuns[0].errors.first?.message == "`{nn}` code must be an expression with a value")
    }

    @Test func headingsKeepStableAnchorsWhateverTheValue() {
        let lesson = LessonParser.parse("## The value `{nn} 1 + 1`\n", path: "h.md")
        let html = HTMLRenderer.render(Executor.execute(lesson))
        #expect(html.contains("<h2 id=\"the-value-nn-1-1\">The value <span class=\"nn-value\""))
    }
}
