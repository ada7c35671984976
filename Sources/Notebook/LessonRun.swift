import Language

/// One lesson's execution in progress: its session, its clock against the lesson's time limit, and the
/// runs so far.
struct LessonRun {
    let lesson: Lesson
    let limits: Limits
    let lessonTimeout: Double?
    let session: Session
    let clock = ContinuousClock()
    let start: ContinuousClock.Instant
    var runs: [CellRun] = []
    var inlineRuns: [InlineRun] = []

    init(lesson: Lesson, limits: Limits, lessonTimeout: Double?) {
        self.lesson = lesson
        self.limits = limits
        self.lessonTimeout = lessonTimeout
        session = Session(limits: limits)
        start = clock.now
    }

    /// Seconds left of the lesson's time limit; nil without one.
    private var remaining: Double? {
        lessonTimeout.map { $0 - start.duration(to: clock.now).milliseconds / 1_000 }
    }

    func execute(_ cell: Cell) -> CellRun {
        let cellTimeout = cell.options.timeout ?? limits.timeout
        if let remaining, remaining <= 0 {
            return Executor.judge(cell, result: notRun(at: cell), milliseconds: 0, lesson: lesson)
        }
        let lessonBinds = remaining.map { left in cellTimeout.map { left < $0 } ?? true } ?? false
        session.limits.stepBudget = cell.options.steps ?? limits.stepBudget
        session.limits.timeout = lessonBinds ? remaining : cellTimeout
        session.tolerance = cell.options.tolerance ?? lesson.frontMatter.tolerance
        let began = clock.now
        var result = session.run(cell.code, origin: cell.origin)
        let milliseconds = began.duration(to: clock.now).milliseconds
        if let limit = session.limits.timeout, milliseconds >= limit * 1_000 {
            let lessonRanOut = lessonBinds && (remaining ?? 1) <= 0
            result.diagnostics = timedOut(result.diagnostics, cell: cell, limit: lessonRanOut ? nil : limit)
        }
        var run = Executor.judge(cell, result: result, milliseconds: milliseconds, lesson: lesson)
        run.drawingTimeLimit = cellTimeout
        return run
    }

    func execute(_ inline: InlineCell) -> InlineRun {
        guard remaining.map({ $0 > 0 }) ?? true else {
            return InlineRun(
                cell: inline, display: nil, expectation: nil, diagnostics: notRun(at: inline).diagnostics,
                milliseconds: 0)
        }
        session.limits.stepBudget = limits.stepBudget
        session.limits.timeout = [limits.timeout, remaining].compactMap { $0 }.min()
        session.tolerance = lesson.frontMatter.tolerance
        let began = clock.now
        let origin = SourceOrigin(file: lesson.path, line: inline.location.line, column: inline.location.column)
        let result = session.run(inline.source, origin: origin)
        let milliseconds = began.duration(to: clock.now).milliseconds
        return InlineRunJudge(lesson: lesson, cell: inline).judge(result, milliseconds: milliseconds)
    }

    /// The result of a cell the lesson's time ran out before.
    private func notRun(at cell: Cell) -> CellResult {
        let location = SourceLocation(file: lesson.path, line: cell.range.start.line, column: cell.range.start.column)
        return notRun("cell \(cell.index + 1)", at: location)
    }

    private func notRun(at inline: InlineCell) -> CellResult {
        notRun("inline value \(inline.index + 1)", at: inline.location)
    }

    private func notRun(_ name: String, at location: SourceLocation) -> CellResult {
        let message = "\(name) was not run: the lesson's time limit of \(Self.seconds(lessonTimeout ?? 0)) "
            + "ran out before it (raise it with --lesson-timeout)"
        return CellResult(diagnostics: [Diagnostic(
            severity: .error, message: message, location: location, sourceLine: lesson.sourceLine(location.line))])
    }

    /// A time-limit error names its cell, and says whose limit ran out: the cell's (`limit`) or, when `limit`
    /// is nil, the lesson's.
    private func timedOut(_ diagnostics: [Diagnostic], cell: Cell, limit: Double?) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard diagnostic.severity == .error, diagnostic.message.hasPrefix("time limit") else { return diagnostic }
            var changed = diagnostic
            changed.message = limit.map {
                "cell \(cell.index + 1) ran past its time limit of \(Self.seconds($0)) and was stopped "
                    + "(raise it with the `timeout` cell option or --timeout)"
            } ?? "cell \(cell.index + 1) was stopped: the lesson's time limit of \(Self.seconds(lessonTimeout ?? 0)) "
                + "ran out (raise it with --lesson-timeout)"
            return changed
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
