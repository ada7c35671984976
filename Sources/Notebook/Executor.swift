import Figures
import Language

/// A lesson after running: every cell's run and every inline value, in order.
public struct ExecutedLesson: Sendable {
    public var lesson: Lesson
    /// One run per cell; `runs[cell.index]` belongs to `cell`.
    public var runs: [CellRun]
    /// One run per inline cell; `inlineRuns[inline.index]` belongs to `inline`.
    public var inlineRuns: [InlineRun]

    public init(lesson: Lesson, runs: [CellRun], inlineRuns: [InlineRun] = []) {
        self.lesson = lesson
        self.runs = runs
        self.inlineRuns = inlineRuns
    }

    /// The errors that make the lesson fail: the lesson's own, each cell's, then each inline value's.
    public var errors: [Diagnostic] {
        lesson.diagnostics.filter { $0.severity == .error } + runs.flatMap(\.errors) + inlineRuns.flatMap(\.errors)
    }
}

/// The execute stage: runs a lesson's cells and inline values in document order in one `Session`, so state
/// carries from cell to cell, within per-cell limits and a time limit for the whole lesson.
public enum Executor {
    /// `limits` bound each cell (a cell's `steps` and `timeout` options override them); `lessonTimeout` bounds
    /// the whole lesson in seconds: the cell running when it runs out is stopped, and later ones do not run.
    /// `finished` sees each cell's run as soon as it ends.
    public static func execute(
        _ lesson: Lesson, limits: Limits = Limits(), lessonTimeout: Double? = nil,
        finished: (CellRun) -> Void = { _ in }
    ) -> ExecutedLesson {
        var run = LessonRun(lesson: lesson, limits: limits, lessonTimeout: lessonTimeout)
        for (blockIndex, block) in lesson.blocks.enumerated() {
            switch block {
            case .cell(let cell):
                let cellRun = run.execute(cell)
                finished(cellRun)
                run.runs.append(cellRun)
            case .prose:
                for inline in lesson.inlineCells where inline.blockIndex == blockIndex {
                    run.inlineRuns.append(run.execute(inline))
                }
            }
        }
        return ExecutedLesson(lesson: lesson, runs: run.runs, inlineRuns: run.inlineRuns)
    }

    /// A figure an output draws: a shown or a saved one.
    private static func drawnFigure(_ output: CellOutput) -> Figure? {
        switch output {
        case .figure(let figure), .savedFigure(_, let figure): figure
        case .text, .value, .table: nil
        }
    }

    /// Holds the result against the cell's `error` option.
    static func judge(_ cell: Cell, result: CellResult, milliseconds: Double, lesson: Lesson) -> CellRun {
        var (expected, problems) = verdict(cell, diagnostics: result.diagnostics, lesson: lesson)
        // A figure too large to draw is not drawn (it would run outside the cell's limits); it fails the cell.
        let fence = SourceLocation(file: lesson.path, line: cell.range.start.line, column: cell.range.start.column)
        for figure in result.outputs.compactMap(Executor.drawnFigure) {
            guard let excess = FigureSize.excess(of: figure) else { continue }
            let line = lesson.sourceLine(fence.line)
            problems.append(.notebook(excess, at: fence, sourceLine: line, length: line.count))
        }
        return CellRun(
            cell: cell, result: result, milliseconds: milliseconds, errorExpected: expected, problems: problems)
    }

    /// Whether the language's diagnostics are the error the cell's `error` option asks for, and the cell's
    /// problems: its option problems, and an expected error that did not come or did not match.
    public static func verdict(
        _ cell: Cell, diagnostics: [Diagnostic], lesson: Lesson
    ) -> (errorExpected: Bool, problems: [Diagnostic]) {
        let messages = diagnostics.filter { $0.severity == .error }.map(\.message)
        var problems = cell.diagnostics
        let fence = SourceLocation(file: lesson.path, line: cell.range.start.line, column: cell.range.start.column)
        let fenceLine = lesson.sourceLine(fence.line)
        switch cell.options.error {
        case .none:
            return (false, problems)
        case .any where messages.isEmpty:
            problems.append(.notebook(
                "this cell is marked `error: true` but ran without an error", at: fence, sourceLine: fenceLine,
                length: fenceLine.count))
        case .containing(let fragment) where messages.isEmpty:
            problems.append(.notebook(
                "this cell expects an error containing \"\(fragment)\" but ran without an error", at: fence,
                sourceLine: fenceLine, length: fenceLine.count))
        case .containing(let fragment) where !messages.contains(where: { $0.contains(fragment) }):
            problems.append(.notebook(
                "this cell expects an error containing \"\(fragment)\"; the error below does not match",
                at: fence, sourceLine: fenceLine, length: fenceLine.count, severity: .note))
        case .any, .containing:
            return (true, problems)
        }
        return (false, problems)
    }
}

extension Duration {
    /// The duration in milliseconds, with fractions.
    public var milliseconds: Double {
        Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15
    }
}
