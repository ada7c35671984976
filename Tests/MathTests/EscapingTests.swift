import Testing
@testable import Math

@Suite("Escaping and the math element")
struct EscapingTests {
    @Test func theMathElementCarriesItsTeXAndDisplayMode() {
        #expect(TeX.mathML("x", display: false).markup == "<math alttext=\"x\"><mi>x</mi></math>")
        #expect(TeX.mathML(" x ", display: true).markup == "<math alttext=\"x\" display=\"block\"><mi>x</mi></math>")
        #expect(TeX.mathML("", display: false).markup == "<math alttext=\"\"></math>")
    }

    @Test func markupCharactersAreEscapedEverywhere() {
        let result = TeX.mathML("a < b \\text{<script>&\"'} \\$", display: false)
        #expect(result.markup.hasPrefix("<math alttext=\"a &lt; b \\text{&lt;script&gt;&amp;&quot;&#39;} \\$\">"))
        #expect(result.markup.contains("<mtext>&lt;script&gt;&amp;\"’</mtext>"))
        #expect(!result.markup.contains("<script"))
    }

    @Test func errorsEscapeTheSourceTheyShow() {
        let markup = TeX.mathML("\\foo<b>{", display: false).markup
        #expect(markup.contains("<merror><mtext>\\foo&lt;b&gt;{</mtext></merror>"))
    }

    @Test func controlCharactersBecomeVisibleStandIns() {
        #expect(TeX.mathML("\\text{a\u{1B}b}", display: false).markup.contains("<mtext>a\u{241B}b</mtext>"))
    }

    @Test func invisibleOperatorsAreWrittenAsReferences() {
        #expect(body("f\u{2061}x") == mi("f") + ord("&#x2061;") + mi("x"))
    }
}
