import Language

/// A lesson after running: every cell's run, in order.
public struct ExecutedLesson: Sendable {
    public var lesson: Lesson
    /// One run per cell; `runs[cell.index]` belongs to `cell`.
    public var runs: [CellRun]

    public init(lesson: Lesson, runs: [CellRun]) {
        self.lesson = lesson
        self.runs = runs
    }

    /// The errors that make the lesson fail: the front matter's, then each cell's.
    public var errors: [Diagnostic] {
        lesson.diagnostics.filter { $0.severity == .error } + runs.flatMap(\.errors)
    }
}

/// The execute stage: runs a lesson's cells in order in one `Session`, so state carries from cell to cell.
public enum Executor {
    public static func execute(_ lesson: Lesson, limits: Limits = Limits()) -> ExecutedLesson {
        let session = Session(limits: limits)
        session.tolerance = lesson.frontMatter.tolerance
        let clock = ContinuousClock()
        let runs = lesson.cells.map { cell in
            session.limits.stepBudget = cell.options.steps ?? limits.stepBudget
            let start = clock.now
            let result = session.run(cell.code, origin: cell.origin)
            let elapsed = start.duration(to: clock.now)
            return judge(cell, result: result, milliseconds: elapsed.milliseconds, lesson: lesson)
        }
        return ExecutedLesson(lesson: lesson, runs: runs)
    }

    /// Holds the result against the cell's `error` option.
    static func judge(_ cell: Cell, result: CellResult, milliseconds: Double, lesson: Lesson) -> CellRun {
        let messages = result.diagnostics.filter { $0.severity == .error }.map(\.message)
        var problems = cell.diagnostics
        var expected = false
        let fence = SourceLocation(file: lesson.path, line: cell.range.start.line, column: cell.range.start.column)
        let fenceLine = lesson.sourceLine(fence.line)
        switch cell.options.error {
        case .none:
            break
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
            expected = true
        }
        return CellRun(
            cell: cell, result: result, milliseconds: milliseconds, errorExpected: expected, problems: problems)
    }
}

extension Duration {
    /// The duration in milliseconds, with fractions.
    var milliseconds: Double {
        Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15
    }
}
