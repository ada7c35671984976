import Testing
@testable import Math

@Suite("Spacing and styles")
struct SpacingTests {
    @Test func namedSpaces() {
        #expect(body("a\\,b") == mi("a") + "<mspace width=\"0.1667em\"/>" + mi("b"))
        #expect(body("\\;") == "<mspace width=\"0.2778em\"/>")
        #expect(body("\\:") == "<mspace width=\"0.2222em\"/>")
        #expect(body("\\!") == "<mspace width=\"-0.1667em\"/>")
        #expect(body("\\quad") == "<mspace width=\"1em\"/>")
        #expect(body("\\qquad") == "<mspace width=\"2em\"/>")
        #expect(body("a\\ b") == mi("a") + "<mtext>\u{A0}</mtext>" + mi("b"))
        #expect(body("a~b") == body("a\\ b"))
    }

    @Test func hspaceTakesTeXLengths() {
        #expect(body("\\hspace{10pt}") == "<mspace width=\"1em\"/>")
        #expect(body("\\hspace{2em}") == "<mspace width=\"2em\"/>")
        #expect(body("\\hspace*{18mu}") == "<mspace width=\"1em\"/>")
        #expect(body("\\hspace{1cm}") == "<mspace width=\"2.845em\"/>")
        #expect(warnings("\\hspace{wide}").map(\.message) == ["wide is not a length such as 10pt or 1em"])
    }

    @Test func whiteSpaceInTheSourceIsIgnored() {
        #expect(body(" a  +\n b ") == body("a+b"))
    }

    @Test func styleSwitchesCoverTheRestOfTheirGroup() {
        #expect(body("{a \\displaystyle b} c") == "<mrow>\(mi("a"))<mstyle displaystyle=\"true\" scriptlevel=\"0\">"
            + "\(mi("b"))</mstyle></mrow>\(mi("c"))")
        #expect(body("\\scriptstyle x").hasPrefix("<mstyle displaystyle=\"false\" scriptlevel=\"1\">"))
    }

    @Test func phantomTakesSpaceUnseen() {
        #expect(body("\\phantom{x}") == "<mphantom>\(mi("x"))</mphantom>")
    }

    @Test func lengthsAreWrittenTheSameWay() {
        #expect(Length.em(1.0 / 6) == "0.1667em")
        #expect(Length.em(0) == "0em")
        #expect(Length.em(-0.5) == "-0.5em")
        #expect(Length.em(2) == "2em")
    }

    @Test func operatorsInScriptStyleAreSetTight() {
        #expect(body("x_{i=1}") == "<msub>\(mi("x"))\(row(mi("i"), ord("="), mn("1")))</msub>")
        let display = TeX.mathML("\\frac{a+b}{2}", display: true).markup
        #expect(display.contains(row(mi("a"), mo("+"), mi("b"))))
        #expect(body("\\dfrac{a+b}{2}").contains(row(mi("a"), mo("+"), mi("b"))))
        #expect(body("\\hat{a+b}").contains(mo("+")))
    }

    @Test func aRelationStartingARowHasNoSpaceBefore() {
        #expect(body("\\Rightarrow x") == "<mo lspace=\"0em\">⇒</mo>" + mi("x"))
        #expect(body("a \\overset{!}{=} b").contains("<mover>\(mo("="))"))
    }
}
