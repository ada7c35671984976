import Testing
@testable import Math

@Suite("Command families: classes, fractions, arrows, boxes, colour, tags, sizes, laps, text")
struct FamilyTests {
    @Test func infixFractionsDivideTheirGroup() {
        #expect(body("{a \\over b}") == "<mfrac>\(mi("a"))\(mi("b"))</mfrac>")
        #expect(body("{n \\choose k}").contains("<mfrac linethickness=\"0\">"))
        #expect(body("\\genfrac(]{2pt}{0}ab").contains("<mfrac linethickness=\"0.2em\">"))
        #expect(warnings("\\frac\\over x").map(\.message) == ["\\over divides the group it stands in, so it cannot be an argument"])
    }

    @Test func classCommandsSpaceTheirArgument() {
        #expect(body("a\\mathbin{!}b").contains("<mo lspace=\"0.2222em\" rspace=\"0.2222em\" stretchy=\"false\">!</mo>"))
        #expect(body("\\mathop{\\star}_a^b").hasPrefix("<munderover>"))
    }

    @Test func extensibleArrowsCarryTheirLabels() {
        #expect(body("\\xrightarrow[f]{g}").hasPrefix("<munderover><mo minsize=\"1.75em\" stretchy=\"true\">→</mo>"))
    }

    @Test func boxesAndStrikesAreClassesOnRows() {
        #expect(body("\\boxed{a}") == "<mrow class=\"boxed\">\(mi("a"))</mrow>")
        #expect(body("\\cancel{5}") == "<mrow class=\"cancel\">\(mn("5"))</mrow>")
        #expect(body("\\text{\\sout{ab}}") == "<mrow class=\"sout\"><mtext>ab</mtext></mrow>")
    }

    @Test func coloursAreNamedOrHex() {
        #expect(body("\\textcolor{blue}{x}") == "<mstyle mathcolor=\"blue\">\(mi("x"))</mstyle>")
        #expect(body("\\color{#0000FF} x").hasPrefix("<mstyle mathcolor=\"#0000FF\">"))
        #expect(warnings("\\color{red;background:url(x)} x").count == 1)
        #expect(body("\\colorbox{aqua}{A}") == "<mrow class=\"colorbox\" mathbackground=\"aqua\"><mtext>A</mtext></mrow>")
    }

    @Test func tagsNumberDisplayFormulas() {
        let markup = TeX.mathML("\\tag{1} a", display: true).markup
        #expect(markup.contains("<mtd class=\"tag\"><mtext>(1)</mtext></mtd>"))
        #expect(TeX.mathML("\\tag*{A} a", display: true).markup.contains("<mtext>A</mtext>"))
        #expect(warnings("\\tag{1} a").count == 1)
    }

    @Test func numberedEnvironmentsCountOnAcrossThePage() {
        var macros = Macros()
        let first = TeX.mathML("\\begin{align} a &= b \\\\ c &= d \\notag \\\\ e &= f \\tag{*} \\end{align}", display: true,
                               macros: &macros).markup
        #expect(first.contains("<mtable class=\"aligned tagged\" displaystyle=\"true\">"))
        #expect(first.components(separatedBy: "<mtd class=\"tag\">").map { $0.prefix(20) }.dropFirst()
            == ["<mtext>(1)</mtext></", "</mtd></mtr><mtr><mt", "<mtext>(*)</mtext></"])
        let second = TeX.mathML("\\begin{equation} x \\end{equation}", display: true, macros: &macros).markup
        #expect(second.contains("<mtd class=\"tag\"><mtext>(2)</mtext></mtd>"))
        #expect(!TeX.mathML("\\begin{align*} a \\end{align*}", display: true, macros: &macros).markup.contains("tag"))
        #expect(TeX.mathML("\\begin{equation} y \\end{equation}", display: true, macros: &macros).markup.contains("(3)"))
    }

    @Test func sizesPhantomsAndLaps() {
        #expect(body("\\large x") == "<mstyle mathsize=\"1.2em\">\(mi("x"))</mstyle>")
        #expect(body("\\vphantom{M}") == "<mpadded width=\"0\"><mphantom>\(mi("M"))</mphantom></mpadded>")
        #expect(body("\\smash[b]{y}") == "<mpadded depth=\"0\">\(mi("y"))</mpadded>")
        #expect(body("\\rlap{x}") == "<mpadded width=\"0\">\(mi("x"))</mpadded>")
    }

    @Test func spacingTakesAnyTeXUnitWithOrWithoutBraces() {
        #expect(body("a\\kern-2.5pt b").contains("<mspace width=\"-0.25em\"/>"))
        #expect(body("a\\mkern18mu b").contains("<mspace width=\"1em\"/>"))
        #expect(body("a\\hspace7ex b").contains("<mspace width=\"3.017em\"/>"))
        #expect(body("a\\mskip{9mu}b").contains("<mspace width=\"0.5em\"/>"))
    }

    @Test func textModeTakesAccentsSymbolsAndNestedMath() {
        #expect(body("\\text{\\'{e}\\ss}") == "<mtext>e\u{301}ß</mtext>")
        #expect(body("\\text{$n$ times}") == row("\(mi("n"))<mtext>\u{A0}times</mtext>"))
        #expect(body("\\text{\\(x\\)}") == mi("x"))
        #expect(warnings("\\text{$n times}").map(\.message) == ["this math is never closed by $"])
    }

    @Test func lessAndGreaterHaveNames() {
        #expect(body("a \\lt b") == body("a < b"))
        #expect(body("\\mathopen\\lt") == "<mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">&lt;</mo>")
    }

    @Test func leftOutCommandsSaySo() {
        #expect(warnings("\\href{https://x}{a}").first?.message.contains("left out on purpose") == true)
        #expect(warnings("\\includegraphics{a.png}").first?.message.contains("fetch") == true)
    }
}
