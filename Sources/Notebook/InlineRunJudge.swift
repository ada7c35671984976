import Language

/// Turns the session's result for an inline cell into an `InlineRun`: quotes come from the lesson line,
/// the check sits at the stated value, and code without a value is an error.
struct InlineRunJudge {
    let lesson: Lesson
    let cell: InlineCell

    func judge(_ result: CellResult, milliseconds: Double) -> InlineRun {
        var diagnostics = result.diagnostics.map { diagnostic in
            var quoted = diagnostic
            quoted.sourceLine = lesson.sourceLine(diagnostic.location.line)
            return quoted
        }
        let expectation = result.expectations.first.map { expectation in
            var placed = expectation
            placed.location = cell.statedLocation ?? cell.location
            placed.expected = cell.stated ?? expectation.expected
            return placed
        }
        let display = expectation?.actual ?? result.outputs.reversed().lazy.compactMap { output -> String? in
            if case .value(let value) = output { value } else { nil }
        }.first
        if display == nil, diagnostics.isEmpty {
            diagnostics.append(.notebook(
                "`{nn}` code must be an expression with a value", at: cell.location,
                sourceLine: lesson.sourceLine(cell.location.line), length: cell.expression.count))
        }
        return InlineRun(
            cell: cell, display: display, expectation: expectation, diagnostics: diagnostics,
            milliseconds: milliseconds)
    }
}
