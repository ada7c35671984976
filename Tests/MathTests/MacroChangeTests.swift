import Testing
@testable import Math

/// `Macros.mayChange(converting:)` lets a page skip the formulas that cannot change its macro table: it must never
/// say "no" for a formula that defines a macro or numbers an equation. Checked on every seed formula, every
/// example of KaTeX's support table, and formulas written to define and number, each converted with an empty
/// table and with one that defines a macro.
@Suite struct MacroChangeTests {
    static let written: [(tex: String, display: Bool)] = [
        (#"\newcommand{\RR}{\mathbb{R}} x \in \RR"#, false), (#"\renewcommand{\vec}[1]{\mathbf{#1}}"#, false),
        (#"\providecommand{\p}{\partial}"#, false), (#"\def\sqr#1{#1^2}"#, false), (#"\gdef\a{b}"#, false),
        (#"\edef\a{b}"#, false), (#"\xdef\a{b}"#, false), (#"\global\def\a{b}"#, false), (#"\let\implies\Rightarrow"#, false),
        (#"\begin{equation} a = b \end{equation}"#, true), (#"\begin{align} a &= b \\ c &= d \end{align}"#, true),
        (#"\begin{gather} a \end{gather}"#, true), (#"a = b \tag{3}"#, true), (#"\begin{pmatrix} 1 \end{pmatrix}"#, false),
        (#"x^2 + y^2"#, false), (#"\frac{a}{b}"#, true), (#"\begin {equation} a \end{equation}"#, true),
        (#"\begin{align*} a &= b \end{align*}"#, true), (#"\begin{multline} a \\ b \end{multline}"#, true),
        (#"\begin{alignat}{2} a &= b \end{alignat}"#, true), (#"\begin{flalign} a &= b \end{flalign}"#, true),
    ]

    /// What a table holds that a conversion may change.
    private func state(_ macros: Macros) -> (names: Set<String>, equations: Int) {
        (Set(macros.definitions.keys), macros.equations)
    }

    private func check(_ tex: String, display: Bool, with table: Macros) {
        var converted = table
        _ = TeX.mathML(tex, display: display, macros: &converted)
        let (before, after) = (state(table), state(converted))
        let changed = before.names != after.names || before.equations != after.equations
            || after.names.contains { table.definitions[$0]?.body != converted.definitions[$0]?.body }
        if changed { #expect(table.mayChange(converting: tex), "\(tex)") }
    }

    @Test func noFormulaThatChangesTheTableIsSkipped() {
        var defined = Macros()
        _ = defined.define("RR", as: #"\mathbb{R}"#)
        var formulas = Self.written + SeedFormulas.all.map { ($0.tex, $0.display) }
        if let (preamble, rows) = SupportTableTests.read() {
            formulas += preamble.map { ($0, false) } + rows.map { ($0.tex, false) }
        }
        var changing = 0
        for (tex, display) in formulas {
            check(tex, display: display, with: Macros())
            check(tex, display: display, with: defined)
            var probe = Macros()
            _ = TeX.mathML(tex, display: display, macros: &probe)
            if !probe.isEmpty || probe.equations > 0 { changing += 1 }
        }
        // The written formulas alone define or number a dozen times: the check above saw real changes.
        #expect(changing >= 12)
        #expect(!Macros().mayChange(converting: #"x^2 + \frac{a}{b}"#))
        #expect(!Macros().mayChange(converting: #"\begin{pmatrix} 1 \\ 2 \end{pmatrix}"#))
        #expect(Macros().mayChange(converting: #"\begin{equation} x \end{equation}"#))
        #expect(defined.mayChange(converting: #"x^2"#))
    }
}
