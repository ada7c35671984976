import Testing
@testable import Math

@Suite("Determinism")
struct DeterminismTests {
    @Test func theSameFormulaGivesTheSameBytesEveryTime() {
        for formula in SeedFormulas.all {
            let first = TeX.mathML(formula.tex, display: formula.display)
            #expect(TeX.mathML(formula.tex, display: formula.display) == first)
            #expect(TeX.runs(formula.tex) == TeX.runs(formula.tex))
        }
    }

    @Test func attributesAreSorted() {
        #expect(body("\\big(").contains("<mo lspace=\"0em\" maxsize=\"1.2em\" minsize=\"1.2em\" rspace=\"0em\" stretchy=\"true\""))
    }
}
