import Language
import Markdown
import Testing

@testable import Notebook

@Suite("Lesson parsing")
struct LessonParserTests {
    @Test func cellsAndProseKeepDocumentOrder() {
        let lesson = LessonParser.parse(
            """
            # Title

            Some prose.

            ```swift-nn
            let x = 1
            ```

            ```python
            x = 1
            ```

            ```swift-nn {.numbered}
            x + 1
            ```
            """, path: "l.md")
        #expect(lesson.blocks.count == 5)
        #expect(lesson.cells.map(\.code) == ["let x = 1\n", "x + 1\n"])
        #expect(lesson.cells.map(\.index) == [0, 1])
        guard case .prose(.codeBlock(let python)) = lesson.blocks[3] else {
            Issue.record("a python fence stays prose")
            return
        }
        #expect(python.info == "python")
    }

    @Test func originPointsAtTheFirstCodeLineAfterTheOptions() {
        let lesson = LessonParser.parse(
            """
            Text

            ```swift-nn
            //| echo: false
            //| label: setup
            let a = 2
            a
            ```
            """, path: "lessons/o.md")
        let cell = lesson.cells[0]
        #expect(cell.code == "let a = 2\na\n")
        #expect(cell.origin.file == "lessons/o.md")
        #expect(cell.origin.line == 6)
        #expect(cell.origin.column == 1)
        #expect(cell.options.echo == false)
        #expect(cell.options.label == "setup")
        #expect(cell.anchor == "setup")
    }

    @Test func theCodeAfterTheOptionsIsKeptAsWritten() {
        let lesson = LessonParser.parse(
            """
            ```swift-nn
              //| caption: Größe — ü
            //| echo: false

            let café = "é\u{301}"   // ü
            ```

            ```swift-nn
            //| label: only-options
            ```
            """, path: "kept.md")
        #expect(lesson.cells[0].code == "\nlet café = \"é\u{301}\"   // ü\n")
        #expect(lesson.cells[0].options.caption == "Größe — ü")
        #expect(lesson.cells[0].options.echo == false)
        #expect(lesson.cells[0].origin.line == 4)
        #expect(lesson.cells[1].code == "")
        #expect(lesson.cells[1].options.label == "only-options")
        #expect(lesson.cells.allSatisfy { $0.diagnostics.isEmpty })
    }

    @Test func allOptionsParse() {
        let lesson = LessonParser.parse(
            """
            ```swift-nn
            //| echo: true
            //| fold: true
            //| output: false
            //| error: "unknown name"
            //| caption: The loss, step by step
            1
            ```

            ```swift-nn
            //|error: true
            //| caption: 'quoted: with a colon'
            //| steps: 200_000_000
            2
            ```
            """, path: "l.md")
        let first = lesson.cells[0].options
        #expect(first == CellOptions(
            echo: true, fold: true, output: false, error: .containing("unknown name"),
            caption: "The loss, step by step"))
        #expect(lesson.cells[1].options.error == .any)
        #expect(lesson.cells[1].options.caption == "quoted: with a colon")
        #expect(lesson.cells[1].options.steps == 200_000_000)
        #expect(lesson.cells.allSatisfy { $0.diagnostics.isEmpty })
    }

    @Test func badOptionsAreDiagnosticsAtTheirLessonPosition() {
        let lesson = LessonParser.parse(
            """
            Intro

            ```swift-nn
            //| ecco: false
            //| fold: maybe
            //| label: 9lives
            //| echo
            //| fold: true
            //| steps: -5
            1
            ```
            """, path: "bad.md")
        let cell = lesson.cells[0]
        let found = cell.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.fullMessage)" }
        #expect(found == [
            "4:5 unknown cell option `ecco`; did you mean `echo`?",
            "5:11 `fold` takes true or false, not `maybe`",
            "6:12 `label` takes a name of letters, digits, `-` and `_` that starts with a letter",
            "7:5 expected `key: value` after `//|`",
            "8:5 cell option `fold` is set twice",
            "9:12 `steps` takes a positive whole number, like 100_000_000",
        ])
        #expect(cell.diagnostics.allSatisfy { $0.severity == .error && $0.location.file == "bad.md" })
        #expect(cell.diagnostics[0].sourceLine == "//| ecco: false")
        #expect(cell.options == CellOptions())
        #expect(cell.origin.line == 10)
    }

    @Test func indentedFenceInAListIsShownNotRunAndWarned() {
        let lesson = LessonParser.parse(
            """
            1. Step one:

               ```swift-nn
               let x = 1
               ```
            """, path: "l.md")
        #expect(lesson.cells.isEmpty)
        #expect(lesson.diagnostics.map(\.severity) == [.warning])
        #expect(lesson.diagnostics.first?.location.line == 3)
    }

    @Test func frontMatterValues() {
        let lesson = LessonParser.parse(
            """
            ---
            title: "Gradient descent: a first look"
            summary: Walking downhill.
            order: 3
            tolerance: 1e-6
            allow-html: true
            ---
            # Heading that is not the title
            """, path: "fm.md")
        #expect(lesson.frontMatter == FrontMatter(
            title: "Gradient descent: a first look", summary: "Walking downhill.", order: 3, tolerance: 1e-6,
            allowHTML: true))
        #expect(lesson.title == "Gradient descent: a first look")
        #expect(lesson.diagnostics.isEmpty)
    }

    @Test func titleFallsBackToTheFirstHeadingThenTheFileName() {
        let heading = LessonParser.parse("Intro\n\n## Not this\n\n# The *real* title\n", path: "a/b.md")
        #expect(heading.title == "The real title")
        let file = LessonParser.parse("Just prose.\n", path: "lessons/gradient-descent.md")
        #expect(file.title == "gradient-descent")
    }

    @Test func invalidYAMLIsAnErrorWithTheLessonLine() {
        let lesson = LessonParser.parse(
            """
            ---
            title: ok
            order: [1, 2
            ---
            Body
            """, path: "broken.md")
        let diagnostic = lesson.diagnostics.first
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.location.file == "broken.md")
        #expect((3...4).contains(diagnostic?.location.line ?? 0))
        #expect(diagnostic?.message.hasPrefix("invalid front matter") == true)
    }

    @Test func frontMatterValuesOfTheWrongTypeAndUnknownKeys() {
        let lesson = LessonParser.parse(
            """
            ---
            order: first
            allow-html: perhaps
            titel: Typo
            ---
            """, path: "fm.md")
        let found = lesson.diagnostics.map { "\($0.severity) \($0.location.line):\($0.location.column) \($0.fullMessage)" }
        #expect(found == [
            "error 2:8 `order` takes a whole number",
            "error 3:13 `allow-html` takes true or false",
            "warning 4:1 unknown front matter key `titel`; did you mean `title`?",
        ])
    }

    @Test(arguments: ["1:30", "0x10", ".inf", "-0.1", "1e999", "ten"])
    func toleranceTakesOnlyADecimalNumber(_ written: String) {
        let lesson = LessonParser.parse("---\ntolerance: \(written)\n---\n", path: "t.md")
        #expect(lesson.frontMatter.tolerance == nil)
        #expect(lesson.diagnostics.map(\.message) == ["`tolerance` takes a non-negative number in decimal notation"])
    }

    @Test(arguments: [("0.001", 0.001), ("1e-6", 1e-6), ("2", 2.0), ("0.5E+1", 5.0)])
    func toleranceReadsDecimalNotation(_ written: String, _ expected: Double) {
        let lesson = LessonParser.parse("---\ntolerance: \(written)\n---\n", path: "t.md")
        #expect(lesson.frontMatter.tolerance == expected)
        #expect(lesson.diagnostics.isEmpty)
    }

    @Test func duplicateLabelsAreReported() {
        let lesson = LessonParser.parse(
            "```swift-nn\n//| label: a\n1\n```\n\n```swift-nn\n//| label: a\n2\n```\n", path: "d.md")
        #expect(lesson.cells[0].diagnostics.isEmpty)
        #expect(lesson.cells[1].diagnostics.map(\.message) == ["the label `a` is already used by cell 1"])
        #expect(lesson.cells[1].options.label == nil)
    }

    @Test func readingAMissingFileIsAReadError() {
        #expect(throws: NotebookError.self) {
            try LessonParser.parse(contentsOf: "/nonexistent/lesson.md")
        }
        do {
            _ = try LessonParser.parse(contentsOf: "/nonexistent/lesson.md")
        } catch {
            #expect(error.description == "read: cannot read /nonexistent/lesson.md: no such file")
        }
    }
}
