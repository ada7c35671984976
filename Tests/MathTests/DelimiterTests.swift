import Testing
@testable import Math

@Suite("Delimiters: \\left…\\right, \\middle, \\big")
struct DelimiterTests {
    static let open = "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\" symmetric=\"true\">"
    static let close = "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\" symmetric=\"true\">"

    @Test func leftAndRightStretchAroundTheirContent() {
        #expect(body("\\left( \\frac{a}{b} \\right)")
            == "<mrow>\(Self.open)(</mo><mfrac>\(mi("a"))\(mi("b"))</mfrac>\(Self.close))</mo></mrow>")
        #expect(body("\\left\\{ x \\right\\}") == "<mrow>\(Self.open){</mo>\(mi("x"))\(Self.close)}</mo></mrow>")
        #expect(body("\\left\\langle x \\right\\rangle") == "<mrow>\(Self.open)⟨</mo>\(mi("x"))\(Self.close)⟩</mo></mrow>")
        #expect(body("\\left\\lVert x \\right\\rVert") == "<mrow>\(Self.open)‖</mo>\(mi("x"))\(Self.close)‖</mo></mrow>")
    }

    @Test func evaluationBarHasNoLeftDelimiterAndTakesTheSubscript() {
        let markup = body("\\left. \\frac{d}{dx} f \\right|_{x=0}")
        #expect(markup == "<msub><mrow><mfrac>\(mi("d"))\(row(mi("d"), mi("x")))</mfrac>\(mi("f"))\(Self.close)|</mo></mrow>"
            + "\(row(mi("x"), ord("="), mn("0")))</msub>")
    }

    @Test func theNewerDelimiterNamesStretchToo() {
        for (name, text) in [("lang", "⟨"), ("llbracket", "⟦"), ("lBrace", "⦃"), ("lt", "⟨")] {
            #expect(body("\\left\\\(name) x \\right.").contains(">\(text)</mo>"), "\\\(name)")
        }
    }

    @Test func middleDelimiter() {
        #expect(body("\\left( a \\middle| b \\right)").contains(
            "<mo fence=\"true\" lspace=\"0.05em\" rspace=\"0.05em\" stretchy=\"true\" symmetric=\"true\">|</mo>"))
    }

    @Test func bracketsWithoutLeftKeepTheirSize() {
        #expect(body("(x)") == fixed("(") + mi("x") + fixed(")"))
        #expect(body("[0,1]") == fixed("[") + mn("0") + mo(",") + mn("1") + fixed("]"))
        #expect(body("p(y|x)").contains("<mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">|</mo>"))
    }

    @Test func bigSizes() {
        #expect(body("\\big(") == "<mo lspace=\"0em\" maxsize=\"1.2em\" minsize=\"1.2em\" rspace=\"0em\" stretchy=\"true\" symmetric=\"true\">(</mo>")
        #expect(body("\\Bigl(").contains("maxsize=\"1.623em\""))
        #expect(body("\\bigg\\|").contains(">‖</mo>"))
        #expect(body("\\Bigg]").contains("maxsize=\"2.47em\""))
    }

    @Test func unbalancedDelimitersAreErrors() {
        #expect(warnings("\\left( x").map(\.message) == ["\\left is never closed by \\right"])
        #expect(warnings("x \\right)").map(\.message) == ["\\right without a matching \\left"])
        #expect(warnings("\\left x \\right)").map(\.message) == ["x is not a delimiter \\left can size"])
    }
}
