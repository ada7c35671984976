import Testing
@testable import Math

@Suite("Accents, stacks and braces")
struct AccentTests {
    @Test func narrowAccentsSitOverTheirBase() {
        let cases: [(String, String)] = [
            ("hat", "^"), ("bar", "¯"), ("vec", "\u{20D7}"), ("tilde", "~"), ("dot", "˙"), ("ddot", "¨"),
        ]
        for (name, mark) in cases {
            #expect(body("\\\(name){x}") == "<mover accent=\"true\">\(mi("x"))<mo stretchy=\"false\">\(mark)</mo></mover>")
        }
        #expect(body("\\hat{\\mathbf{y}}_i") == "<msub><mover accent=\"true\"><mi>𝐲</mi><mo stretchy=\"false\">^</mo></mover>\(mi("i"))</msub>")
    }

    @Test func wideAccentsStretch() {
        #expect(body("\\widehat{xy}").contains("<mo stretchy=\"true\">^</mo>"))
        #expect(body("\\overline{AB}") == "<mover accent=\"true\">\(row(mi("A"), mi("B")))<mo stretchy=\"true\">‾</mo></mover>")
        #expect(body("\\underline{x}").hasPrefix("<munder accentunder=\"true\">"))
    }

    @Test func underbraceLabelsGoUnder() {
        #expect(body("\\underbrace{a+b}_{n}") == "<munder><munder accentunder=\"true\">\(row(mi("a"), mo("+"), mi("b")))"
            + "<mo stretchy=\"true\">⏟</mo></munder>\(mi("n"))</munder>")
        #expect(body("\\overbrace{a}^{n}").hasPrefix("<mover><mover accent=\"true\">"))
    }

    @Test func oversetIsSpacedAsItsBase() {
        #expect(body("a \\overset{!}{=} b") == mi("a") + "<mover>\(mo("="))\(ord("!"))</mover>" + mi("b"))
        #expect(body("\\underset{x}{\\arg}").hasPrefix("<munder>\(mi("arg"))"))
    }
}
