import Testing
@testable import Math

@Suite("The seeds' formulas")
struct SeedCorpusTests {
    @Test func everySeedFormulaRendersWithoutAnError() {
        #expect(SeedFormulas.all.count > 250)
        for formula in SeedFormulas.all {
            let result = TeX.mathML(formula.tex, display: formula.display)
            #expect(result.warnings.isEmpty, "seed \(formula.seed): \(formula.tex) → \(result.warnings)")
            #expect(!result.markup.contains("<merror>"), "seed \(formula.seed): \(formula.tex)")
        }
    }

    @Test func everySeedFormulaHasRunsForFigures() {
        for formula in SeedFormulas.all where formula.tex.contains(where: { !$0.isWhitespace }) {
            #expect(!TeX.runs(formula.tex).isEmpty, "\(formula.tex)")
        }
    }
}
