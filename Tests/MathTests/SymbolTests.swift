import Testing
@testable import Math

@Suite("Symbols: identifiers, numbers, operators, Greek")
struct SymbolTests {
    @Test func lettersAreIdentifiersAndDigitRunsNumbers() {
        #expect(body("3x") == mn("3") + mi("x"))
        #expect(body("0.002") == mn("0.002"))
        #expect(body("x2.5y") == mi("x") + mn("2.5") + mi("y"))
        #expect(body("3.") == mn("3") + ord("."))
    }

    @Test func binaryOperatorsAndRelationsAreLeftToTheBrowsersOperatorSpacing() {
        #expect(body("a+b=c") == mi("a") + mo("+") + mi("b") + mo("=") + mi("c"))
        #expect(body("a-b") == mi("a") + mo("−") + mi("b"))
        #expect(body("a \\cdot b \\times c \\circ d") == mi("a") + mo("⋅") + mi("b") + mo("×") + mi("c") + mo("∘") + mi("d"))
        #expect(body("a<b") == mi("a") + mo("&lt;") + mi("b"))
    }

    @Test func aMinusWithNothingToSubtractFromIsASign() {
        #expect(body("-x") == ord("−") + mi("x"))
        #expect(body("a = -b") == mi("a") + mo("=") + ord("−") + mi("b"))
        #expect(body("(-8, -3.2)") == fixed("(") + ord("−") + mn("8") + mo(",") + ord("−") + mn("3.2") + fixed(")"))
        #expect(body("x^{-1}") == "<msup>\(mi("x"))\(row(ord("−"), mn("1")))</msup>")
        #expect(body("a+") == mi("a") + ord("+"))
        #expect(body("a += b") == mi("a") + ord("+") + mo("=") + mi("b"))
    }

    @Test func relationsAndArrowsByName() {
        let cases: [(String, String)] = [
            ("\\geq", "≥"), ("\\leq", "≤"), ("\\neq", "≠"), ("\\approx", "≈"), ("\\in", "∈"), ("\\to", "→"),
            ("\\rightarrow", "→"), ("\\Rightarrow", "⇒"), ("\\sim", "∼"), ("\\iff", "⟺"),
        ]
        for (tex, symbol) in cases {
            #expect(body("a \(tex) b") == mi("a") + mo(symbol) + mi("b"), "\(tex)")
        }
    }

    @Test func greekLowercaseIsItalicCapitalsUpright() {
        #expect(body("\\alpha\\beta\\eta\\xi") == mi("α") + mi("β") + mi("η") + mi("ξ"))
        #expect(body("\\epsilon\\varepsilon\\phi\\varphi") == mi("ϵ") + mi("ε") + mi("ϕ") + mi("φ"))
        #expect(body("\\Sigma\\Omega") == "<mi mathvariant=\"normal\">Σ</mi><mi mathvariant=\"normal\">Ω</mi>")
    }

    @Test func calculusSymbols() {
        #expect(body("\\partial\\nabla") == "<mi mathvariant=\"normal\">∂</mi><mi mathvariant=\"normal\">∇</mi>")
        #expect(body("\\infty") == mi("∞"))
    }

    @Test func typedUnicodeReadsAsTheCommandForIt() {
        #expect(body("a ≤ b") == body("a \\leq b"))
        #expect(body("β") == body("\\beta"))
    }

    @Test func dotsAreSpacedByTheirRow() {
        let thin = "<mspace width=\"0.1667em\"/>"
        #expect(body("1 \\dots n") == mn("1") + thin + ord("…") + thin + mi("n"))
        #expect(body("x_1, \\ldots, x_n").contains(mo(",") + ord("…") + thin + mo(",")))
        #expect(body("\\cdots \\vdots \\ddots") == ord("⋯") + thin + ord("⋮") + thin + ord("⋱"))
    }

    @Test func escapedCharacters() {
        #expect(body("\\{ x \\}") == fixed("{") + mi("x") + fixed("}"))
        #expect(body("\\$ \\% \\_").contains("<mi mathvariant=\"normal\">$</mi>"))
        #expect(body("\\|x\\|") == "<mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">‖</mo>" + mi("x")
            + "<mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">‖</mo>")
    }

    @Test func notNegatesARelation() {
        #expect(body("a \\not= b") == mi("a") + mo("≠") + mi("b"))
        #expect(body("x \\not\\in A") == mi("x") + mo("∉") + mi("A"))
    }
}
