import Testing
@testable import Math

@Suite("Fractions and roots")
struct FractionTests {
    @Test func fractionSizedByWhereItStands() {
        #expect(body("\\frac{a}{b}") == "<mfrac>\(mi("a"))\(mi("b"))</mfrac>")
        #expect(body("\\frac12") == "<mfrac>\(mn("1"))\(mn("2"))</mfrac>")
        #expect(body("\\frac{a+b}{2}") == "<mfrac>\(row(mi("a"), ord("+"), mi("b")))\(mn("2"))</mfrac>")
    }

    @Test func displayAndTextFractionsForceTheirSize() {
        #expect(body("\\dfrac{a}{b}") == "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac>\(mi("a"))\(mi("b"))</mfrac></mstyle>")
        #expect(body("\\tfrac{a}{b}") == "<mstyle displaystyle=\"false\" scriptlevel=\"0\"><mfrac>\(mi("a"))\(mi("b"))</mfrac></mstyle>")
    }

    @Test func binomialHasNoBarAndParentheses() {
        let markup = body("\\binom{n}{k}")
        #expect(markup.contains("<mfrac linethickness=\"0\">\(mi("n"))\(mi("k"))</mfrac>"))
        #expect(markup.hasPrefix("<mrow><mo fence=\"true\" form=\"prefix\""))
    }

    @Test func squareAndNthRoots() {
        #expect(body("\\sqrt{x}") == "<msqrt>\(mi("x"))</msqrt>")
        #expect(body("\\sqrt[3]{8}") == "<mroot>\(mn("8"))\(mn("3"))</mroot>")
        #expect(body("\\sqrt{\\mathbf{v}^T\\mathbf{v}}") == "<msqrt><mrow><msup><mi>𝐯</mi>\(mi("T"))</msup><mi>𝐯</mi></mrow></msqrt>")
    }

    @Test func missingArgumentsAreErrors() {
        #expect(warnings("\\frac{a}").map(\.message) == ["\\frac needs an argument"])
        #expect(body("\\frac{a}").contains("<merror>"))
    }
}
