import Testing
@testable import Math

@Suite("Errors: visible merror, warnings with positions, never a crash")
struct ErrorTests {
    @Test func unknownCommandIsAnErrorInPlaceAndTheRestRenders() {
        let result = TeX.mathML("a + \\fracc{1}{2}", display: false)
        #expect(result.markup.contains("<merror><mtext>\\fracc</mtext></merror>"))
        #expect(result.markup.contains(mo("+")))
        #expect(result.warnings == [
            MathWarning(message: "unknown command \\fracc", suggestion: "\\frac", offset: 4, line: 1, column: 5, length: 6),
        ])
    }

    @Test func suggestionsFindTheNearestCommand() {
        #expect(warnings("\\lamda").first?.suggestion == "\\lambda")
        #expect(warnings("\\mathbff{x}").first?.suggestion == "\\mathbf")
        #expect(warnings("\\Alpah").first?.suggestion == "\\Alpha")
        #expect(warnings("\\dbinon").first?.suggestion == "\\dbinom", "built-in macros are suggested too")
        #expect(warnings("\\qwertyuiop").first?.suggestion == nil)
    }

    @Test func malformedFormulaShowsItsWholeSourceInAnError() {
        let result = TeX.mathML("x^{2", display: true)
        #expect(result.markup == "<math alttext=\"x^{2\" display=\"block\"><merror><mtext>x^{2</mtext></merror></math>")
        #expect(result.warnings.map(\.message) == ["this { is never closed"])
        #expect(result.warnings.first?.column == 3)
    }

    @Test func positionsCountLinesAndCharacters() {
        let warning = TeX.mathML("é + 1 \\\\\n  b \\oops", display: true).warnings.first
        #expect(warning?.line == 2)
        #expect(warning?.column == 5)
        #expect(warning?.offset == 13)
        #expect(warning?.length == 5)
    }

    @Test func strayClosersAndLoneBackslash() {
        #expect(warnings("a}").map(\.message) == ["this } closes nothing"])
        #expect(warnings("a \\end{x}").map(\.message) == ["\\end without a matching \\begin"])
        #expect(warnings("a\\").map(\.message) == ["a lone \\ ends the formula"])
        #expect(warnings("#1").map(\.message) == ["# (a macro parameter) has no meaning here"])
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "{", count: 5_000) + "x" + String(repeating: "}", count: 5_000)
        #expect(warnings(deep).map(\.message) == ["the formula is nested too deeply"])
        let fractions = String(repeating: "\\frac1", count: 2_000) + "2"
        #expect(warnings(fractions).map(\.message) == ["the formula is nested too deeply"])
    }

    @Test func everyPrefixOfEveryCorpusFormulaConvertsWithoutCrashing() {
        for formula in SeedFormulas.all.prefix(60) {
            let scalars = Array(formula.tex.unicodeScalars)
            for end in 0...scalars.count {
                let prefix = String(String.UnicodeScalarView(scalars[..<end]))
                #expect(TeX.mathML(prefix, display: true).markup.hasPrefix("<math "))
                _ = TeX.runs(prefix)
            }
        }
    }
}
