import Testing

@testable import Notebook

@Suite("Print styles")
struct PrintStyleTests {
    func page(_ text: String) -> String {
        HTMLRenderer.render(Executor.execute(LessonParser.parse(text, path: "page.md")))
    }

    /// The rules inside the page's `@media print { … }` block.
    func printRules(_ html: String) -> Substring {
        guard let start = html.range(of: "@media print {") else { return "" }
        let rest = html[start.upperBound...]
        return rest[..<(rest.range(of: "\n}\n")?.lowerBound ?? rest.endIndex)]
    }

    @Test func printOpensFoldedCodeAndDropsWhatNeedsAScreen() {
        let html = page("```swift-nn\n//| fold: true\n1\n```\n")
        let rules = printRules(html)
        #expect(html.contains("</details>\n<pre class=\"code print-copy\" hidden><code><span class=\"m\">1</span></code></pre>"))
        #expect(rules.contains("details.code { display: none; }"))
        #expect(rules.contains("pre.print-copy[hidden] { display: block; }"))
        #expect(rules.contains("footer, .lr-slider-control"))
        #expect(rules.contains(".figure, pre, .math.display"))
        #expect(rules.contains("break-inside: avoid"))
        // A whole cell may break between its code and its figure; only the pieces stay whole.
        #expect(!rules.contains(".cell, .listing, .figure"))
    }

    @Test func frontMatterChoosesWhichCodePrints() {
        #expect(page("# T\n").contains("<article class=\"lesson\">"))
        #expect(page("---\nprint-code: unfolded\n---\n# T\n").contains("<article class=\"lesson print-code-unfolded\">"))
        #expect(page("---\nprint-code: none\n---\n# T\n").contains("<article class=\"lesson print-code-none\">"))
        let rules = printRules(page("# T\n"))
        #expect(rules.contains(".print-code-unfolded pre.print-copy[hidden], .print-code-none pre.code { display: none; }"))
    }

    @Test func aMistypedPrintChoiceIsAnError() {
        let lesson = LessonParser.parse("---\nprint-code: some\n---\n# T\n", path: "p.md")
        let found = lesson.diagnostics.map { "\($0.severity) \($0.location.line):\($0.location.column) \($0.fullMessage)" }
        #expect(found == ["error 2:13 `print-code` takes all, unfolded or none"])
        #expect(lesson.frontMatter.printCode == .all)
    }
}
