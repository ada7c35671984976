import Testing
@testable import Math

@Suite("Sub- and superscripts, primes, limits")
struct ScriptTests {
    @Test func singleTokensAndGroups() {
        #expect(body("x^2") == "<msup>\(mi("x"))\(mn("2"))</msup>")
        #expect(body("x^23") == "<msup>\(mi("x"))\(mn("2"))</msup>\(mn("3"))")
        #expect(body("x^{23}") == "<msup>\(mi("x"))\(mn("23"))</msup>")
        #expect(body("x_i") == "<msub>\(mi("x"))\(mi("i"))</msub>")
        #expect(body("w^{n+1}") == "<msup>\(mi("w"))\(row(mi("n"), ord("+"), mn("1")))</msup>")
    }

    @Test func bothScriptsInEitherOrder() {
        let expected = "<msubsup>\(mi("x"))\(mi("i"))\(mn("2"))</msubsup>"
        #expect(body("x_i^2") == expected)
        #expect(body("x^2_i") == expected)
    }

    @Test func aCommandWithItsArgumentIsOneScript() {
        #expect(body("\\nabla_\\mathbf{w}") == "<msub><mi mathvariant=\"normal\">∇</mi><mi>𝐰</mi></msub>")
        #expect(body("e^\\frac{1}{2}") == "<msup>\(mi("e"))<mfrac>\(mn("1"))\(mn("2"))</mfrac></msup>")
    }

    @Test func primesFollowTheBaseAtFullSize() {
        #expect(body("f'(x)") == row(mi("f"), ord("′")) + fixed("(") + mi("x") + fixed(")"))
        #expect(body("f''") == row(mi("f"), ord("″")))
        #expect(body("w'_i") == "<msub>\(row(mi("w"), ord("′")))\(mi("i"))</msub>")
        #expect(body("f'^2") == "<msup>\(row(mi("f"), ord("′")))\(mn("2"))</msup>")
    }

    @Test func aScriptAtTheStartHasAnEmptyBase() {
        #expect(body("^2") == "<msup><mrow></mrow>\(mn("2"))</msup>")
    }

    @Test func scriptsOnABracketedGroup() {
        #expect(body("\\left(x\\right)^2").hasPrefix("<msup><mrow><mo fence=\"true\""))
    }

    @Test func doubleScriptsAreErrors() {
        #expect(warnings("x^2^3").map(\.message) == ["double superscript: group them as x^{ab}"])
        #expect(warnings("x_1_2").map(\.message) == ["double subscript: group them as x_{ab}"])
        #expect(warnings("x^").map(\.message) == ["^ needs something to raise or lower"])
    }
}
