import Foundation
import Language
import Math
import Testing
@testable import Notebook

/// A page may have its prose's formulas converted while the cells run (`MathMacros.preparedFormulas`); the
/// page must be the one converting them as it is written gives, macros, numbering and warnings included.
@Suite("Formulas converted before the page is written")
struct PreparedFormulasTests {
    /// Formulas that define a macro, use it, number equations and warn, in prose, a list and a heading.
    static let source = """
        ---
        macros:
          \\R: "\\\\mathbb{R}"
        ---
        # Formulas in $\\R^2$

        Define $\\newcommand{\\sq}[1]{#1^2}\\sq{x}$ and use it: $\\sq{y} + \\R$.

        - in a list, $\\frac{1}{2}$
        - and an unknown command, $\\nosuch{z}$

        ```swift-nn
        1 + 1 //=> 2
        ```

        $$
        \\begin{equation} a = \\sq{b} \\end{equation}
        $$

        """

    static func executed(_ source: String) throws -> ExecutedLesson {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("formulas-\(UUID()).md").path
        try source.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return Executor.execute(try LessonParser.parse(contentsOf: path))
    }

    @Test("prepared formulas give the page and the warnings that converting them in place gives")
    func samePageEitherWay() throws {
        let executed = try Self.executed(Self.source)
        var prepared = PageContent(executed)
        prepared.preparedFormulas = MathMacros.preparedFormulas(of: executed.lesson)
        #expect(prepared.preparedFormulas.count == 6)
        let plain = HTMLRenderer.page(PageContent(executed))
        let page = HTMLRenderer.page(prepared)
        #expect(page.html == plain.html)
        #expect(page.diagnostics.map(\.message) == plain.diagnostics.map(\.message))
        #expect(!plain.diagnostics.isEmpty)
        #expect(plain.html.contains("<mi>b</mi><mn>2</mn>") || plain.html.contains("<msup><mi>b</mi><mn>2</mn></msup>"))
    }

    @Test("the page takes each formula's MathML from the prepared ones")
    func preparedMarkupIsUsed() throws {
        let executed = try Self.executed(Self.source)
        var formulas = MathMacros.preparedFormulas(of: executed.lesson)
        let first = formulas[0]
        formulas[0] = PreparedFormula(
            tex: first.tex, display: first.display, result: MathResult(markup: "<math>marked</math>", warnings: []),
            tableAfter: first.tableAfter)
        var prepared = PageContent(executed)
        prepared.preparedFormulas = formulas
        let page = HTMLRenderer.page(prepared).html
        #expect(page.contains("<math>marked</math>"))
        #expect(page.contains(formulas[2].result.markup))
    }

    @Test("formulas prepared for other prose are not used: the page converts its own")
    func otherFormulasAreIgnored() throws {
        let executed = try Self.executed(Self.source)
        let other = try Self.executed(Self.source.replacingOccurrences(of: "\\sq{y}", with: "\\sq{w}"))
        var prepared = PageContent(executed)
        prepared.preparedFormulas = MathMacros.preparedFormulas(of: other.lesson)
        let page = HTMLRenderer.page(prepared).html
        #expect(page == HTMLRenderer.page(PageContent(executed)).html)
        #expect(page.contains("<mi>y</mi>"))
        #expect(!page.contains("<mi>w</mi>"))
    }
}
