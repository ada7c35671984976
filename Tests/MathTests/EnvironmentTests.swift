import Testing
@testable import Math

@Suite("Environments: matrices, cases, aligned, array")
struct EnvironmentTests {
    static let open = "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\" symmetric=\"true\">"
    static let close = "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\" symmetric=\"true\">"

    static func cell(_ content: String, _ attributes: String = "") -> String { "<mtd\(attributes)>\(content)</mtd>" }

    @Test func bmatrixIsATableInStretchingBrackets() {
        let table = "<mtable class=\"matrix\"><mtr>\(Self.cell(mi("a")))\(Self.cell(mi("b")))</mtr>"
            + "<mtr>\(Self.cell(mi("c")))\(Self.cell(mi("d")))</mtr></mtable>"
        #expect(body("\\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix}") == "<mrow>\(Self.open)[</mo>\(table)\(Self.close)]</mo></mrow>")
    }

    @Test func eachMatrixHasItsBrackets() {
        let brackets: [(String, String, String)] = [
            ("pmatrix", "(", ")"), ("Bmatrix", "{", "}"), ("vmatrix", "|", "|"), ("Vmatrix", "‖", "‖"),
        ]
        for (name, open, close) in brackets {
            let markup = body("\\begin{\(name)} 1 \\end{\(name)}")
            #expect(markup.hasPrefix("<mrow>\(Self.open)\(open)</mo><mtable"), "\(name)")
            #expect(markup.hasSuffix("\(Self.close)\(close)</mo></mrow>"), "\(name)")
        }
        #expect(body("\\begin{matrix} 1 \\end{matrix}") == "<mtable class=\"matrix\"><mtr>\(Self.cell(mn("1")))</mtr></mtable>")
    }

    @Test func aTrailingRowBreakAddsNoRow() {
        #expect(body("\\begin{matrix} 1 \\\\ 2 \\\\ \\end{matrix}").split(separator: "<mtr>").count == 3)
    }

    @Test func casesAlignLeftAfterABrace() {
        let markup = body("\\begin{cases} 1 & x \\geq 0 \\\\ 0 & x < 0 \\end{cases}")
        #expect(markup.hasPrefix("<mrow>\(Self.open){</mo><mtable class=\"cases\"><mtr>"))
        #expect(markup.contains(Self.cell(mn("1"), " columnalign=\"left\"")))
        #expect(!markup.contains(Self.close))
    }

    @Test func alignedColumnsAlternateRightAndLeftInDisplaySize() {
        let markup = body("\\begin{aligned} f(x) &= 3x \\\\ &= y \\end{aligned}")
        #expect(markup.hasPrefix("<mtable class=\"aligned\" displaystyle=\"true\"><mtr><mtd columnalign=\"right\">"))
        #expect(markup.contains("<mtd columnalign=\"left\"><mrow><mrow></mrow>\(mo("="))\(mn("3"))\(mi("x"))</mrow></mtd>"))
        #expect(markup.contains("<mtr><mtd columnalign=\"right\"><mrow></mrow></mtd>"))
    }

    @Test func alignSplitAndGatherAreKnown() {
        for name in ["align", "align*", "split", "gather", "gathered", "equation"] {
            #expect(warnings("\\begin{\(name)} a &= b \\end{\(name)}").isEmpty, "\(name)")
        }
    }

    @Test func arrayColumnsFollowTheSpec() {
        let markup = body("\\begin{array}{l|r} a & b \\\\ \\hline c & d \\end{array}")
        #expect(markup.hasPrefix("<mtable class=\"array\"><mtr><mtd class=\"rule-after\" columnalign=\"left\">"))
        #expect(markup.contains("<mtr class=\"rule-above\"><mtd class=\"rule-after\" columnalign=\"left\">\(mi("c"))</mtd>"
            + "<mtd columnalign=\"right\">\(mi("d"))</mtd></mtr>"))
        #expect(warnings("\\begin{array}{lx} a \\end{array}").map(\.message)
            == ["the array column spec may hold only l, c, r and |; it has x"])
    }

    @Test func environmentMistakes() {
        #expect(warnings("\\begin{matrix} a \\end{bmatrix}").map(\.message) == ["\\begin{matrix} is closed by \\end{bmatrix}"])
        #expect(warnings("\\begin{matrix} a").map(\.message) == ["\\begin{matrix} is never closed by \\end{matrix}"])
        #expect(warnings("a & b").map(\.message) == ["& aligns only inside an environment such as aligned or matrix"])
        let unknown = warnings("\\begin{bmatrx} a \\end{bmatrx}")
        #expect(unknown.map(\.message) == ["unknown environment bmatrx"])
        #expect(unknown.first?.suggestion == "bmatrix")
    }

    @Test func commutativeDiagramsBecomeTablesOfObjectsAndArrows() {
        let tex = "\\begin{CD}A @>a>> B \\\\ @VbVV @AAcA \\\\ C @= D\\end{CD}"
        let markup = body(tex)
        #expect(warnings(tex).isEmpty)
        #expect(markup.hasPrefix("<mtable class=\"cd\" displaystyle=\"true\"><mtr><mtd>\(mi("A"))</mtd><mtd><mover>"))
        #expect(markup.contains("<mtr><mtd><mrow><mstyle displaystyle=\"false\" scriptlevel=\"1\">\(mi("b"))</mstyle>"))
        #expect(markup.components(separatedBy: "<mtr>").count == 4)
        #expect(warnings("\\begin{CD}A @x B\\end{CD}").map(\.message) == ["@x is not an arrow of CD: use @>>>, @<<<, @VVV, @AAA, @=, @| or @."])
    }
}
