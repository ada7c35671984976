import Testing
@testable import Figures

@Suite struct TeXTextTests {
    @Test func plainTextStaysOneNormalSpan() {
        #expect(TeXText.spans("Iteration") == [TextSpan("Iteration")])
        #expect(TeXText.spans("") == [])
    }

    @Test func superscriptAfterAnItalicVariable() {
        let spans = TeXText.spans("$x^2$")
        #expect(spans == [TextSpan("x", style: .italic), TextSpan("2", shift: .superscript)])
    }

    @Test func greekWithSubscript() {
        let spans = TeXText.spans("$\\beta_0$")
        #expect(spans.first?.text == "β" && spans.first?.shift == TextSpan.Shift.none)
        #expect(spans.last == TextSpan("0", shift: .subscript))
    }

    @Test func calligraphicAndOperatorNames() {
        let text = TeXText.spans("$\\log\\mathcal{L}$").map(\.text).joined()
        #expect(text.hasPrefix("log") && text.hasSuffix("ℒ"))
        #expect(TeXText.spans("$\\log\\mathcal{L}$").first?.style == .normal)
    }

    @Test func symbols() {
        let text = TeXText.spans("$\\nabla f \\cdot \\alpha$").map(\.text).joined()
        #expect(text.contains("∇") && text.contains("α"))
        #expect(text.contains("·") || text.contains("⋅"))
    }

    @Test func groupsAndBold() {
        let spans = TeXText.spans("$x^{10}$")
        #expect(spans.last == TextSpan("10", shift: .superscript))
        let bold = TeXText.spans("$\\mathbf{y}$")
        #expect(bold == [TextSpan("y", style: .bold)])
    }

    @Test func textAroundMathIsKeptAsWritten() {
        let spans = TeXText.spans("Evolution of $\\beta$")
        #expect(spans.first == TextSpan("Evolution of "))
        #expect(spans.last?.text == "β")
    }

    @Test func theLecturesTitle() {
        let spans = TeXText.spans("$f(x) = 3x^2 - 4x + 5$")
        #expect(spans.filter { $0.style == .italic }.map(\.text) == ["f", "x", "x", "x"])
        #expect(spans.filter { $0.shift == .superscript }.map(\.text) == ["2"])
        #expect(TeXText.plainText("$f(x) = 3x^2 - 4x + 5$") == "f(x) = 3x^2 − 4x + 5")
    }

    @Test func dollarsThatDoNotOpenMath() {
        #expect(TeXText.spans("costs \\$5 or $6").map(\.text).joined() == "costs $5 or $6")
    }

    @Test func plainTextBracesLongScripts() {
        #expect(TeXText.plainText("$e^{-x}$").hasSuffix("^{−x}"))
    }
}
