import Testing
@testable import Markdown

@Suite("Math protection")
struct MathProtectionTests {
    @Test func asterisksInsideInlineMathStayIntact() {
        #expect(inlines("so $a*b*c$ holds") == [.text("so "), inlineMath("a*b*c", 1, 4), .text(" holds")])
    }

    @Test func backslashParenthesesAreInlineMath() {
        #expect(inlines("ratio \\( \\frac{a}{b} \\) here") == [
            .text("ratio "), inlineMath(" \\frac{a}{b} ", 1, 7), .text(" here"),
        ])
    }

    @Test func backslashBracketsAreDisplayMath() {
        #expect(inlines("\\[ f(x) = 3x^2 - 4x + 5. \\]") == [displayMath(" f(x) = 3x^2 - 4x + 5. ", 1, 1)])
    }

    @Test func bmatrixAcrossLinesKeepsItsDoubleBackslashes() {
        let source = "$$\n\\begin{bmatrix} 1 & 2 \\\\\n3 & 4 \\end{bmatrix}\n$$\n"
        #expect(blocks(source) == [
            .paragraph([displayMath("\n\\begin{bmatrix} 1 & 2 \\\\\n3 & 4 \\end{bmatrix}\n", 1, 1)],
                       range: range(1, 1, 4, 2)),
        ])
    }

    @Test func escapedBracesAndUnderscoresInsideMath() {
        #expect(inlines("set $\\{x\\}$ and $a_1 + b_2 _c_$.") == [
            .text("set "), inlineMath("\\{x\\}", 1, 5), .text(" and "), inlineMath("a_1 + b_2 _c_", 1, 17), .text("."),
        ])
    }

    @Test func moneyIsNotMath() {
        #expect(inlines("costs $5 and $10 today") == [.text("costs $5 and $10 today")])
        #expect(mathSpans("from $5 to $10.") == [])
    }

    @Test func closingDollarBeforeADigitDoesNotClose() {
        #expect(inlines("$a$1 b") == [.text("$a$1 b")])
    }

    @Test func openingDollarBeforeASpaceDoesNotOpen() {
        #expect(inlines("$ a$ and $b $") == [.text("$ a$ and $b $")])
    }

    @Test func escapedDollarIsLiteral() {
        #expect(inlines("price \\$x$ and \\$5") == [.text("price $x$ and $5")])
        #expect(inlines("$a \\$ b$") == [inlineMath("a \\$ b", 1, 1)])
    }

    @Test func mathLookingTextInCodeSpansIsUntouched() {
        #expect(inlines("`$a*b*c$` and ``\\(x` \\)``") == [.code("$a*b*c$"), .text(" and "), .code("\\(x` \\)")])
    }

    @Test func mathLookingTextInFencedCodeIsUntouched() throws {
        let source = "```\n$$ a \\\\ b $$ and \\(x\\)\n```\n\nthen $y$\n"
        #expect(codeBlocks(source).map(\.code) == ["$$ a \\\\ b $$ and \\(x\\)\n"])
        #expect(mathSpans(source) == [MathSpan(tex: "y", display: false, position: position(5, 6))])
    }

    @Test func placeholdersInIndentedCodeAreRestored() throws {
        let code = try #require(codeBlocks("Text\n\n    let s = \"$a_b$ \\(c\\)\"\n").first)
        #expect(code.code == "let s = \"$a_b$ \\(c\\)\"\n")
    }

    @Test func placeholdersInRawHtmlAndLinkTargetsAreRestored() {
        #expect(inlines("<span title=\"$x$\">t</span> [l](/a$b$c \"$t$\")") == [
            .html("<span title=\"$x$\">"), .text("t"), .html("</span>"), .text(" "),
            .link(destination: "/a$b$c", title: "$t$", content: [.text("l")]),
        ])
    }

    @Test func mathDoesNotCrossABlankLine() {
        #expect(mathSpans("$a\n\nb$ and $$c\n\nd$$") == [])
    }

    @Test func inlineMathMaySpanASingleLineBreak() {
        let source = "see $a +\nb$ now\nnext line $c$\n"
        #expect(inlines(source) == [
            .text("see "), inlineMath("a +\nb", 1, 5), .text(" now"), .softBreak, .text("next line "),
            inlineMath("c", 3, 11),
        ])
        #expect(blocks(source).first?.range == range(1, 1, 3, 13))
    }

    @Test func mathInsideEmphasisHeadingsLinksAndImages() {
        #expect(inlines("*see $x_1$*") == [.emphasis([.text("see "), inlineMath("x_1", 1, 6)])])
        #expect(inlines("# Loss $L(w)$") == [.text("Loss "), inlineMath("L(w)", 1, 8)])
        #expect(inlines("[$f$](a) ![$g$](b)") == [
            .link(destination: "a", title: "", content: [inlineMath("f", 1, 2)]),
            .text(" "),
            .image(source: "b", title: "", alt: [inlineMath("g", 1, 12)]),
        ])
    }

    @Test func displayMathInBlockQuoteLosesTheQuoteMarkers() {
        #expect(mathSpans("> $$\n> a \\\\\n>  b\n> $$\n") == [
            MathSpan(tex: "\na \\\\\n b\n", display: true, position: position(1, 3)),
        ])
    }

    @Test("a lazy continuation line of a quoted formula keeps its text (it once looped forever)")
    func lazyContinuationInBlockQuote() {
        #expect(mathSpans("> $x +\ny$ end\n").map(\.tex) == ["x +\ny"])
        #expect(mathSpans("> $$x +\ny$$\n").map(\.tex) == ["x +\ny"])
    }

    @Test func texPositionsPointAtTheOriginalFile() {
        let source = "---\nt: 1\n---\nA $x$ and\n\\[\n y \\\\\n z\n\\] then $w$\n\n- $v$ é $u$\n"
        #expect(mathSpans(source).map(\.position) == [
            position(4, 3), position(5, 1), position(8, 9), position(10, 3), position(10, 9),
        ])
        #expect(mathSpans(source).map(\.display) == [false, true, false, false, false])
    }

    @Test func unclosedDelimitersAreLiteral() {
        #expect(inlines("$$ open and \\( open") == [.text("$$ open and ( open")])
    }

    @Test func adjacentFormulas() {
        #expect(inlines("$a$$b$ $$c$$") == [
            inlineMath("a", 1, 1), inlineMath("b", 1, 4), .text(" "), displayMath("c", 1, 8),
        ])
    }

    @Test func authorsPrivateUseCharactersStayText() {
        #expect(inlines("a \u{E000}0\u{E001} b $x$") == [.text("a \u{E000}0\u{E001} b "), inlineMath("x", 1, 9)])
    }

    @Test func displayMathAloneStaysAParagraph() {
        #expect(blocks("$$E = mc^2$$\n") == [.paragraph([displayMath("E = mc^2", 1, 1)], range: range(1, 1, 1, 12))])
    }

    @Test func mathDoesNotRunIntoAHeadingOrAFence() {
        let source = "costs $5/kg\n# Heading $x$\n\nand $3\n```\n$b$\n```\n"
        #expect(blocks(source) == [
            .paragraph([.text("costs $5/kg")], range: range(1, 1, 1, 11)),
            .heading(level: 1, content: [.text("Heading "), inlineMath("x", 2, 11)], range: range(2, 1, 2, 13)),
            .paragraph([.text("and $3")], range: range(4, 1, 4, 6)),
            .codeBlock(CodeBlock(info: "", code: "$b$\n", range: range(5, 1, 7, 3), firstCodeLine: 6, indent: 0,
                                 fenced: true)),
        ])
    }

    @Test func codeSpansBindTighterThanMath() {
        #expect(inlines("Price $5 or `$PATH` here") == [.text("Price $5 or "), .code("$PATH"), .text(" here")])
    }

    @Test func bareDisplayEnvironmentIsDisplayMath() {
        let source = "Then\n\\begin{aligned} a &= b \\\\\n c &= d \\end{aligned}\nfollows.\n"
        #expect(mathSpans(source) == [
            MathSpan(tex: "\\begin{aligned} a &= b \\\\\n c &= d \\end{aligned}", display: true, position: position(2, 1)),
        ])
    }

    @Test func bareEnvironmentCountsNestedEnvironmentsOfItsName() {
        let tex = "\\begin{matrix} \\begin{matrix} a \\end{matrix} \\end{matrix}"
        #expect(mathSpans("x \(tex) y") == [MathSpan(tex: tex, display: true, position: position(1, 3))])
    }

    @Test func environmentsThatAreNotMathStayText() {
        #expect(mathSpans("\\begin{itemize} a \\end{itemize}") == [])
        #expect(mathSpans("`\\begin{cases} a \\end{cases}`") == [])
    }

    @Test func unclosedBareEnvironmentStaysText() {
        #expect(mathSpans("\\begin{cases} a\n\nb \\end{cases}") == [])
    }
}
