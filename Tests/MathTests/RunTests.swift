import Testing
@testable import Math

@Suite("Runs for SVG text")
struct RunTests {
    @Test func variablesItalicOperatorsSpaced() {
        #expect(runs("f(x) = 3x^2 - 4x + 5") == [
            "f[italic]", "(", "x[italic]", ") = 3", "x[italic]", "^2", " − 4", "x[italic]", " + 5",
        ])
    }

    @Test func symbolsAndAlphabets() {
        #expect(runs("\\beta \\mathcal{L} \\mathbb{R}") == ["β[italic]", "ℒℝ"])
        #expect(runs("\\mathbf{w}") == ["w[bold]"])
        #expect(runs("\\boldsymbol{\\beta}") == ["β[boldItalic]"])
        #expect(runs("\\Gamma \\partial") == ["Γ∂"])
    }

    @Test func scriptsNestAndSignsStayTight() {
        #expect(runs("e^{x_1}") == ["e[italic]", "^x[italic]", "^_1"])
        #expect(runs("x^{-1}") == ["x[italic]", "^−1"])
        #expect(runs("-x") == ["−", "x[italic]"])
    }

    @Test func fractionsRootsAndAccents() {
        #expect(runs("\\frac{a+b}{2}") == ["(", "a[italic]", " + ", "b[italic]", ")/2"])
        #expect(runs("\\frac{1}{n}") == ["1/", "n[italic]"])
        #expect(runs("\\sqrt{x}") == ["√", "x[italic]"])
        #expect(runs("\\hat{y}") == ["ŷ[italic]"])
    }

    @Test func namesTextAndSpaces() {
        #expect(runs("\\log x") == ["log\u{2009}", "x[italic]"])
        #expect(runs("\\text{if } x") == ["if ", "x[italic]"])
        #expect(runs("a\\quad b") == ["a[italic]", "\u{2003}", "b[italic]"])
    }

    @Test func unreadableFormulaIsItsSource() {
        #expect(runs("x^{") == ["x^{"])
        #expect(runs("") == [])
    }
}
