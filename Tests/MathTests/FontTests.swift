import Testing
@testable import Math

@Suite("Math alphabets and text")
struct FontTests {
    @Test func boldIsUnicodeBoldUpright() {
        #expect(body("\\mathbf{x}") == mi("𝐱"))
        #expect(body("\\mathbf{X}\\beta") == mi("𝐗") + mi("β"))
        #expect(body("\\mathbf{\\beta}") == mi("𝛃"))
        #expect(body("\\mathbf{0}") == mn("𝟎"))
    }

    @Test func boldsymbolKeepsLettersItalic() {
        #expect(body("\\boldsymbol{\\beta}") == mi("𝜷"))
        #expect(body("\\boldsymbol{x}") == mi("𝒙"))
    }

    @Test func blackboardCalligraphicAndFrakturUseTheirLetterlikeForms() {
        #expect(body("\\mathbb{R}^n") == "<msup>\(mi("ℝ"))\(mi("n"))</msup>")
        #expect(body("\\mathbb{E}") == mi("𝔼"))
        #expect(body("\\mathcal{L}") == mi("ℒ"))
        #expect(body("\\mathcal{A}") == mi("𝒜"))
        #expect(body("\\mathfrak{g}") == mi("𝔤"))
    }

    @Test func romanLettersAreUpright() {
        #expect(body("\\mathrm{d}x") == "<mi mathvariant=\"normal\">d</mi>" + mi("x"))
        #expect(body("\\mathrm{max}(0, x)") == mi("max") + fixed("(") + mn("0") + mo(",") + mi("x") + fixed(")"))
    }

    @Test func fontCoversEverythingInItsArgumentAndEndsWithIt() {
        #expect(body("\\mathbf{x+y}z") == row(mi("𝐱"), mo("+"), mi("𝐲")) + mi("z"))
    }

    @Test func textKeepsItsSpacesAndCurlsQuotes() {
        #expect(body("\\text{if }x") == "<mtext>if\u{A0}</mtext>" + mi("x"))
        #expect(body("\\textrm{Leibniz' notation}") == "<mtext>Leibniz’\u{A0}notation</mtext>")
        #expect(body("\\text{Cross--Entropy}") == "<mtext>Cross–Entropy</mtext>")
    }

    @Test func textCommandsInsideText() {
        #expect(body("\\text{a \\textbf{b} \\$5}") == "<mrow><mtext>a\u{A0}</mtext><mtext>𝐛</mtext><mtext>\u{A0}$5</mtext></mrow>")
        #expect(body("\\text{\\oops}").contains("<merror><mtext>\\oops</mtext></merror>"))
        #expect(warnings("\\text{\\oops}").map(\.message) == ["unknown command \\oops in text"])
    }

    @Test func textIgnoresTheMathFontAroundIt() {
        #expect(body("\\mathbf{\\text{a}}") == "<mtext>a</mtext>")
    }
}
