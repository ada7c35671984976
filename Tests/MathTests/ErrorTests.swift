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

/// A formula full of unknown commands once took seconds: every command was measured against every known name
/// for "did you mean", and every warning's place was found by scanning the formula from its start.
@Suite("Unknown commands in bulk")
struct UnknownCommandsInBulkTests {
    /// Linear, not quadratic: four times the commands take well under sixteen times as long. A ratio of the
    /// fastest of a few runs, not a fixed time, so a loaded machine (tests run in parallel) does not fail it.
    @Test func twoThousandUnknownCommandsConvertInLinearTime() {
        func formula(_ count: Int) -> String {
            (0..<count).map { "\\qz\(String(UnicodeScalar(UInt8(97 + $0 % 26))))" }.joined(separator: " ")
        }
        func fastest(_ formula: String, runs: Int) -> Duration {
            let clock = ContinuousClock()
            return (0..<runs).map { _ in clock.measure { _ = TeX.mathML(formula, display: true) } }.min() ?? .zero
        }
        let small = fastest(formula(500), runs: 3)
        let large = fastest(formula(2_000), runs: 2)
        #expect(large < small * 8 + .milliseconds(50), "500 commands: \(small), 2000: \(large)")
        let warnings = TeX.mathML(formula(2_000), display: true).warnings
        #expect(warnings.count == 2_000)
        #expect(warnings.last.map { [$0.offset, $0.column, $0.length] } == [9_995, 9_996, 4])
        #expect(Registry.suggestion(for: "farc") == "frac", "a swap of neighbours is still one edit")
        #expect(Registry.suggestion(for: "lamda") == "lambda", "a name one longer is still measured")
    }
}
