import Figures
import Testing
@testable import Language

/// `imshow`: matplotlib's image of a 2-d array, row 0 at the top, drawn as a heat map of square cells.
@Suite("imshow")
struct ImageTests {
    private func drawn(_ source: String) throws -> Figure {
        let result = Session().run(source, origin: SourceOrigin(file: "lesson.md", line: 1, column: 1))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        guard case .figure(let figure)? = result.outputs.first else { throw ImageTestFailure() }
        return figure
    }

    private struct ImageTestFailure: Error {}

    @Test("the rows go in from the last, so row 0 is drawn at the top, and the y ticks count rows from the top")
    func rowZeroAtTheTop() throws {
        let figure = try drawn("imshow([[1, 2, 3], [4, 5, 6], [7, 8, 9]], vmin: 0, vmax: 10)")
        let axes = figure.axes
        guard case .heatmap(let mark)? = axes.marks.first else { throw ImageTestFailure() }
        #expect(mark.grid.xs == [0, 1, 2])
        #expect(mark.grid.ys == [0, 1, 2])
        #expect(mark.grid.values == [7, 8, 9, 4, 5, 6, 1, 2, 3])
        #expect(mark.range == 0...10)
        #expect(axes.aspect == .equalBox)
        #expect(axes.xlim == -0.5...2.5)
        #expect(axes.ylim == -0.5...2.5)
        #expect(axes.yticks == [Tick(2, "0"), Tick(1, "1"), Tick(0, "2")])
        #expect(axes.xticks == [Tick(0, "0"), Tick(1, "1"), Tick(2, "2")])
        let digit = try drawn("imshow(zeros((28, 28)))")
        #expect(digit.axes.yticks?.map(\.label) == ["0", "5", "10", "15", "20", "25"])
        #expect(digit.axes.yticks?.first?.value == 27)
    }

    @Test("a 1-d array or a single row is refused at the argument")
    func needsTwoDimensions() {
        let result = Session().run("imshow([1, 2, 3])", origin: SourceOrigin(file: "lesson.md", line: 1, column: 1))
        #expect(result.diagnostics.first?.message == "`imshow` takes a 2-d array of numbers, at least 2 × 2")
        #expect(result.diagnostics.first?.location.column == 8)
    }
}
