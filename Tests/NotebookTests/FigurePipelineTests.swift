import Foundation
import Testing

@testable import Notebook

@Suite("Figures drawn while later cells run")
struct FigurePipelineTests {
    /// Figures in several cells, a saved one, a macro defined between them, and a cell without figures.
    static let lesson = """
        # Drawn

        $\\def\\half{\\tfrac12}$ defines a macro used in a title below.

        ```swift-nn
        plot([1.0, 4.0, 9.0])
        title("$\\\\half x^2$")
        ```

        ```swift-nn
        let answer = 6 * 7 //=> 42
        ```

        ```swift-nn
        scatter([1.0, 2.0], [2.0, 1.0])
        savefig("dots.svg")
        figure()
        bar(["a", "b"], [3.0, 5.0])
        ```

        """

    @Test(arguments: [0, 1, 3])
    func drawsWhatDrawingAfterTheRunDraws(workers: Int) {
        let lesson = LessonParser.parse(Self.lesson, path: "drawn.md")
        let macros = MathMacros.tablesAtCells(of: lesson)
        let drawing = FigurePipeline(workers: workers)
        let executed = Executor.execute(lesson) { drawing.submit($0, macros: macros[$0.cell.index]) }
        let pipelined = HTMLRenderer.page(PageContent(executed, drawn: drawing.finish())).html
        let afterwards = HTMLRenderer.page(PageContent(Executor.execute(lesson))).html
        #expect(pipelined == afterwards)
        #expect(pipelined.components(separatedBy: "<svg").count - 1 >= 3)
        #expect(executed.errors.isEmpty)
    }
}
