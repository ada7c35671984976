import Language
import Testing

@testable import Notebook

@Suite("Math in pages")
struct MathRenderingTests {
    static func page(_ source: String) -> RenderedPage {
        HTMLRenderer.page(PageContent(Executor.execute(LessonParser.parse(source, path: "m.md"))))
    }

    @Test func formulasBecomeMathMLInline() {
        let html = Self.page("Let $x^2$ and \\(y\\) be.\n").html
        #expect(html.contains("<p>Let <math alttext=\"x^2\"><msup><mi>x</mi><mn>2</mn></msup></math> and "
            + "<math alttext=\"y\"><mi>y</mi></math> be.</p>"))
    }

    @Test func aParagraphOfDisplayMathIsAMathBlock() {
        let html = Self.page("$$ f(x) = 1 $$\n\n\\begin{aligned} a &= b \\end{aligned}\n").html
        #expect(html.contains("<div class=\"math display\"><math alttext=\"f(x) = 1\" display=\"block\">"))
        #expect(html.contains("<div class=\"math display\"><math alttext=\"\\begin{aligned} a &amp;= b \\end{aligned}\" display=\"block\"><mtable"))
    }

    @Test func mathInCodeStaysCode() {
        let html = Self.page("`$x$` here\n").html
        #expect(html.contains("<code>$x$</code>") || html.contains("$x$</code>"))
        #expect(!html.contains("<math"))
    }

    @Test func warningsPointIntoTheLessonFile() {
        let source = "# T\n\nA $\\fracc{1}{2}$ and \\(x^{\\) ok.\n\n$$\n y \\\\\n  \\oops\n$$\n\n> $$ a +\n> b \\nope $$\n\n\\begin{cases} \\bad \\end{cases}\n"
        let diagnostics = Self.page(source).diagnostics
        #expect(diagnostics.map(\.severity) == Array(repeating: .warning, count: 5))
        #expect(diagnostics.map(\.message) == [
            "unknown command \\fracc", "this { is never closed", "unknown command \\oops", "unknown command \\nope",
            "unknown command \\bad",
        ])
        #expect(diagnostics.map { "\($0.location)" } == ["m.md:3:4", "m.md:3:26", "m.md:7:3", "m.md:11:5", "m.md:13:15"])
        #expect(diagnostics[0].suggestion == "\\frac")
        #expect(diagnostics[0].length == 6)
        #expect(diagnostics[2].sourceLine == "  \\oops")
    }

    @Test func aFormulaWithAnErrorStillRendersThePage() {
        let html = Self.page("$$\\left( x$$\n").html
        #expect(html.contains("<merror><mtext>\\left( x</mtext></merror>"))
    }
}
