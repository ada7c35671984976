import Testing
@testable import Math

@Suite("Macros: definitions, expansion, limits")
struct MacroTests {
    /// Converts formulas in order with one table, as a lesson does, returning the last one's body and warnings.
    func convert(_ formulas: [String], macros: Macros = Macros()) -> (body: String, warnings: [String]) {
        var macros = macros
        var result = MathResult(markup: "", warnings: [])
        for tex in formulas { result = TeX.mathML(tex, display: false, macros: &macros) }
        let markup = result.markup
        let start = markup.firstIndex(of: ">").map(markup.index(after:)) ?? markup.startIndex
        return (String(markup[start..<markup.index(markup.endIndex, offsetBy: -7)]), result.warnings.map(\.message))
    }

    @Test func defTakesNumberedParameters() {
        #expect(convert([#"\def\sqr#1{#1^2}\sqr{y}"#]).body == "<msup>\(mi("y"))\(mn("2"))</msup>")
        #expect(convert([#"\def\pair#1#2{(#1,#2)}\pair ab"#]).body == body("(a,b)"))
    }

    @Test func newcommandTakesACountAndAnOptionalFirstArgument() {
        let define = #"\newcommand{\opt}[2][a]{#1+#2}"#
        #expect(convert([define, #"\opt{b}"#]).body == body("a+b"))
        #expect(convert([define, #"\opt[c]{d}"#]).body == body("c+d"))
        #expect(convert([#"\newcommand\norm[1]{\lVert #1 \rVert}\norm{x}"#]).body == body(#"\lVert x \rVert"#))
    }

    @Test func aDefinitionServesTheFormulasAfterIt() {
        #expect(convert([#"\newcommand{\E}{\mathbb{E}}"#, #"\E[X]"#]) == (body(#"\mathbb{E}[X]"#), []))
        #expect(convert([#"\gdef\VERT{|}"#, #"a\VERT b"#]).body == body("a|b"))
    }

    @Test func letCopiesAMeaning() {
        #expect(convert([#"\let\implies\Rightarrow a\implies b"#]).body == body(#"a\Rightarrow b"#))
        #expect(convert([#"\def\x{y}\let\z=\x \def\x{w}\z"#]).body == mi("y"))
    }

    @Test func renewAndProvide() {
        #expect(convert([#"\newcommand\x{a}\renewcommand\x{b}\x"#]).body == mi("b"))
        #expect(convert([#"\newcommand\x{a}\providecommand\x{b}\x"#]).body == mi("a"))
        #expect(convert([#"\newcommand{\R}{\mathbb{R}}\R"#]) == (body(#"\mathbb{R}"#), []))
        #expect(convert([#"\renewcommand\frac[2]{#1/#2}\frac ab"#]).body == body("a/b"))
    }

    @Test func aConfiguredMapDefinesMacros() {
        var macros = Macros()
        #expect(macros.define(#"\RR"#, as: #"\mathbb{R}"#) == nil)
        #expect(macros.define("norm", as: #"\left\lVert #1 \right\rVert"#) == nil)
        #expect(macros.define("2x", as: "y") != nil)
        #expect(convert([#"x \in \RR, \norm{x}"#], macros: macros).body
            == body(#"x \in \mathbb{R}, \left\lVert x \right\rVert"#))
    }

    @Test func runawayExpansionIsAnErrorNotAHang() {
        let result = convert([#"x \\ \def\a{\a\a}\a"#])
        #expect(result.warnings == [#"\a expands without end (more than 2000 expansions)"#])
        #expect(result.body.contains("<merror>"))
        #expect(convert([#"\def\b{xxxxxxxxxx\b}\b"#]).warnings.count == 1)
        let wide = #"\def\x#1{#1#1#1#1#1#1#1#1#1#1}\x{\x{\x{\x{\x{\x{aaaaaaaaaa}}}}}}"#
        #expect(convert([wide]).warnings.count == 1)
        let located = TeX.mathML("a\n\\def\\a{\\a\\a}\\a", display: false).warnings
        #expect(located.first?.line == 2)
    }

    @Test func builtInAliasesExpandAndCanBeRedefined() {
        #expect(convert([#"\dbinom nk"#]).body == body(#"{\displaystyle\binom nk}"#))
        #expect(convert([#"\begingroup a\endgroup"#]).body == mi("a"))
        #expect(convert([#"\renewcommand\R{X}\R"#]).body == mi("X"))
    }
}
