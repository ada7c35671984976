import Testing
@testable import Math

@Suite("Large operators and operator names")
struct OperatorTests {
    static let thin = "<mspace width=\"0.1667em\"/>"

    @Test func sumsTakeMovableLimits() {
        #expect(body("\\sum_{i=1}^n x_i") == "<munderover><mo largeop=\"true\" movablelimits=\"true\">∑</mo>"
            + "\(row(mi("i"), ord("="), mn("1")))\(mi("n"))</munderover><msub>\(mi("x"))\(mi("i"))</msub>")
        #expect(body("\\prod_k").hasPrefix("<munder><mo largeop=\"true\" movablelimits=\"true\">∏</mo>"))
    }

    @Test func integralsTakeTheirLimitsBeside() {
        #expect(body("\\int_0^1") == "<msubsup><mo largeop=\"true\">∫</mo>\(mn("0"))\(mn("1"))</msubsup>")
    }

    @Test func limitsAndNolimitsOverrideThePlacement() {
        #expect(body("\\int\\limits_0^1").hasPrefix("<munderover><mo largeop=\"true\" movablelimits=\"false\">∫</mo>"))
        #expect(body("\\sum\\nolimits_i").hasPrefix("<msub><mo largeop=\"true\">∑</mo>"))
        #expect(warnings("x\\limits").map(\.message) == ["\\limits must follow an operator such as \\sum or \\int"])
    }

    @Test func limitIsAnOperatorWithMovableLimits() {
        #expect(body("\\lim_{h\\to 0} h") == "<munder><mo lspace=\"0em\" movablelimits=\"true\" rspace=\"0em\">lim</mo>"
            + "\(row(mi("h"), ord("→"), mn("0")))</munder>\(Self.thin)\(mi("h"))")
    }

    @Test func functionNamesAreUprightWithTeXsThinSpaces() {
        #expect(body("\\log x") == mi("log") + Self.thin + mi("x"))
        #expect(body("\\sin(x)") == mi("sin") + fixed("(") + mi("x") + fixed(")"))
        #expect(body("2\\ln y") == mn("2") + Self.thin + mi("ln") + Self.thin + mi("y"))
        #expect(body("= \\log \\frac{1}{p}") == "<mo lspace=\"0em\">=</mo>" + mi("log") + Self.thin + "<mfrac>\(mn("1"))\(mi("p"))</mfrac>")
        #expect(body("\\max(0, x)").hasPrefix("<mo lspace=\"0em\" movablelimits=\"true\" rspace=\"0em\">max</mo><mo stretchy"))
        #expect(body("\\tanh()") == mi("tanh") + fixed("(") + fixed(")"))
    }

    @Test func operatornameMakesNewNames() {
        #expect(body("\\operatorname{ReLU}(x)") == mi("ReLU") + fixed("(") + mi("x") + fixed(")"))
        #expect(body("\\operatorname*{arg\\,max}_x").hasPrefix("<munder><mo lspace=\"0em\" movablelimits=\"true\" rspace=\"0em\">arg\u{2009}max</mo>"))
    }
}
