import Foundation
import Language

/// Lists what a lesson is held to, from the same executed lesson a page is rendered from: each expectation,
/// inline value and expected error, each error and warning (render warnings included), in lesson order.
struct CheckItems {
    let executed: ExecutedLesson

    var lesson: Lesson { executed.lesson }

    func items(renderWarnings: [Diagnostic], snapshot: [CheckItem]) -> [CheckItem] {
        var items = lesson.diagnostics.compactMap(finding)
        for run in executed.runs {
            items += run.result.expectations.map(expectation)
            items += cellItems(run)
        }
        for run in executed.inlineRuns {
            items += run.diagnostics.compactMap(finding)
            if let expectation = run.expectation { items.append(inlineValue(run, expectation)) }
        }
        items += renderWarnings.compactMap(finding) + snapshot
        return items.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    /// An error or warning fails the check by being there; notes do not, nor does the notice that raw HTML
    /// was dropped, which is reported as a warning that holds.
    private func finding(_ diagnostic: Diagnostic) -> CheckItem? {
        guard diagnostic.severity != .note else { return nil }
        return CheckItem(
            kind: diagnostic.severity == .error ? .error : .warning, name: diagnostic.message,
            location: diagnostic.location, passed: RawHTMLNotice.isNotice(diagnostic), message: diagnostic.fullMessage,
            sourceLine: diagnostic.sourceLine, length: diagnostic.length)
    }

    private func expectation(_ result: ExpectationResult) -> CheckItem {
        let sourceLine = lesson.sourceLine(result.location.line)
        return measured(
            kind: .expectation, name: sourceLine.trimmingBlanks(), result: result, sourceLine: sourceLine,
            length: Accept.valuePart(of: result.expected).count)
    }

    private func inlineValue(_ run: InlineRun, _ result: ExpectationResult) -> CheckItem {
        measured(
            kind: .inlineValue, name: "{nn} \(run.cell.expression) => \(run.cell.stated ?? "")", result: result,
            sourceLine: lesson.sourceLine(result.location.line), length: Accept.valuePart(of: result.expected).count)
    }

    /// An expectation with its errors: absolute, and relative to the stated number when there is one.
    private func measured(
        kind: CheckItem.Kind, name: String, result: ExpectationResult, sourceLine: String, length: Int
    ) -> CheckItem {
        CheckItem(
            kind: kind, name: name, location: result.location, passed: result.passed,
            message: result.passed ? nil : result.failureMessage, expected: result.expected, actual: result.actual,
            absoluteError: result.error, relativeError: result.relativeError, tolerance: result.tolerance,
            sourceLine: sourceLine, length: length)
    }

    /// The expected-error item of a cell marked `error:`, or the cell's errors and option problems.
    private func cellItems(_ run: CellRun) -> [CheckItem] {
        let cell = run.cell
        let options = cell.diagnostics.compactMap(finding)
        guard cell.options.error != .none else { return options + run.result.diagnostics.compactMap(finding) }
        let fence = SourceLocation(file: lesson.path, line: cell.range.start.line, column: cell.range.start.column)
        let fenceLine = lesson.sourceLine(fence.line)
        let wanted: String
        switch cell.options.error {
        case .containing(let fragment): wanted = "an error containing \"\(fragment)\""
        default: wanted = "an error"
        }
        var message: String?
        if !run.errorExpected {
            let actual = run.result.diagnostics.first { $0.severity == .error }
            message = "cell \(cell.index + 1) must fail with \(wanted); "
                + (actual.map { "it failed with \"\($0.message)\"" } ?? "it ran without an error")
        }
        return options + [CheckItem(
            kind: .expectedError, name: "cell \(cell.index + 1) fails with \(wanted)", location: fence,
            passed: run.errorExpected, message: message, expected: wanted,
            actual: run.result.diagnostics.first { $0.severity == .error }?.message, sourceLine: fenceLine,
            length: fenceLine.count)]
    }
}
