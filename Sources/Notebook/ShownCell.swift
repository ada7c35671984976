import Figures
import Language

/// A cell's run as its page shows it, figures already drawn: plain data, so a build can keep it and show
/// it again without running the cell.
public struct ShownCell: Sendable, CellVerdict {
    public var cell: Cell
    public var outputs: [ShownOutput]
    public var languageDiagnostics: [Diagnostic]
    public var expectations: [ExpectationResult]
    public var errorExpected: Bool
    public var problems: [Diagnostic]
    public var milliseconds: Double

    public init(
        cell: Cell, outputs: [ShownOutput], languageDiagnostics: [Diagnostic], expectations: [ExpectationResult],
        errorExpected: Bool, problems: [Diagnostic], milliseconds: Double
    ) {
        self.cell = cell
        self.outputs = outputs
        self.languageDiagnostics = languageDiagnostics
        self.expectations = expectations
        self.errorExpected = errorExpected
        self.problems = problems
        self.milliseconds = milliseconds
    }

    /// A fresh run whose figures, shown and saved, were drawn already, in order (a page draws all its figures in
    /// parallel); a figure that ran out of drawing time (nil) is not shown or saved, and is an error of the cell
    /// in `lesson`.
    init(_ run: CellRun, drawn: [String?], saved: [String?], lesson: Lesson) {
        var svgs = drawn.makeIterator()
        var savedSVGs = saved.makeIterator()
        var problems = run.problems
        func late() -> String {
            let message = "this figure was not drawn: drawing it took longer than the cell's time limit of "
                + "\(LessonRun.seconds(run.drawingTimeLimit ?? 0)) (plot fewer points, or raise the limit with "
                + "the `timeout` cell option or --timeout)"
            let fence = SourceLocation(file: lesson.path, line: run.cell.range.start.line, column: run.cell.range.start.column)
            let line = lesson.sourceLine(fence.line)
            problems.append(.notebook(message, at: fence, sourceLine: line, length: line.count))
            return "<p class=\"lr-figure-error\" role=\"alert\">\(HTMLEscape.text(message))</p>\n"
        }
        let outputs = run.result.outputs.map { output -> ShownOutput in
            switch output {
            case .text(let text): return .text(text)
            case .value(let value): return .value(value)
            case .figure: return .figure(svg: (svgs.next() ?? "") ?? late())
            case .savedFigure(let name, _): return .savedFigure(name: name, svg: (savedSVGs.next() ?? "") ?? late())
            case .table(let table): return .table(table)
            }
        }
        self.init(
            cell: run.cell, outputs: outputs, languageDiagnostics: run.result.diagnostics,
            expectations: run.result.expectations, errorExpected: run.errorExpected, problems: problems,
            milliseconds: run.milliseconds)
    }

    public var facts: CellFacts {
        CellFacts(self, figures: outputs.filter { if case .figure = $0 { true } else { false } }.count)
    }
}

/// One thing a cell showed: printed text, the last expression's value, a figure as SVG, or a table.
public enum ShownOutput: Sendable, Hashable, Codable {
    case text(String)
    case value(String)
    case figure(svg: String)
    /// A figure `savefig` wrote as the file `name` beside the page; the page links to it.
    case savedFigure(name: String, svg: String)
    /// A table the cell showed with `table(...)`.
    case table(TableOutput)
}
