import Language
import Notebook

/// Codable copies of the language's findings and checks, for the build cache.
struct LocationRecord: Codable, Hashable {
    var file: String
    var line: Int
    var column: Int

    init(_ location: SourceLocation) {
        (file, line, column) = (location.file, location.line, location.column)
    }

    /// The location moved by `lines` lines, and by `columns` columns when it sits on `line`.
    func location(shiftedBy lines: Int, columns: Int = 0, onLine line: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: self.line + lines, column: column + (self.line == line ? columns : 0))
    }
}

struct DiagnosticRecord: Codable, Hashable {
    var severity: String
    var message: String
    var location: LocationRecord
    var sourceLine: String
    var length: Int
    var suggestion: String?

    init(_ diagnostic: Diagnostic) {
        severity = diagnostic.severity.rawValue
        message = diagnostic.message
        location = LocationRecord(diagnostic.location)
        sourceLine = diagnostic.sourceLine
        length = diagnostic.length
        suggestion = diagnostic.suggestion
    }

    func diagnostic(at location: SourceLocation, sourceLine: String? = nil) -> Diagnostic {
        Diagnostic(
            severity: Diagnostic.Severity(rawValue: severity) ?? .error, message: message, location: location,
            sourceLine: sourceLine ?? self.sourceLine, length: length, suggestion: suggestion)
    }
}

struct ExpectationRecord: Codable, Hashable {
    var location: LocationRecord
    var expected: String
    var actual: String
    var passed: Bool
    var tolerance: Double?
    var error: Double?

    init(_ result: ExpectationResult) {
        location = LocationRecord(result.location)
        expected = result.expected
        actual = result.actual
        passed = result.passed
        tolerance = result.tolerance
        error = result.error
    }

    func result(at location: SourceLocation, expected: String? = nil) -> ExpectationResult {
        ExpectationResult(
            location: location, expected: expected ?? self.expected, actual: actual, passed: passed,
            tolerance: tolerance, error: error)
    }
}

/// A cell as shown, kept: its outputs (figures as SVG), diagnostics and expectations, and the line its code
/// started on, so a cell that moved can be shown at its new lines.
struct CellRecord: Codable {
    var originLine: Int
    var outputs: [ShownOutput]
    var diagnostics: [DiagnosticRecord]
    var expectations: [ExpectationRecord]
    var milliseconds: Double

    init(_ shown: ShownCell) {
        originLine = shown.cell.origin.line
        outputs = shown.outputs
        diagnostics = shown.languageDiagnostics.map(DiagnosticRecord.init)
        expectations = shown.expectations.map(ExpectationRecord.init)
        milliseconds = shown.milliseconds
    }

    /// The cell shown again at its place in `lesson`; the verdict on its `error` option is made afresh.
    func shown(_ cell: Cell, in lesson: Lesson) -> ShownCell {
        let shift = cell.origin.line - originLine
        let diagnostics = self.diagnostics.map { $0.diagnostic(at: $0.location.location(shiftedBy: shift)) }
        let expectations = self.expectations.map { $0.result(at: $0.location.location(shiftedBy: shift)) }
        let (expected, problems) = Executor.verdict(cell, diagnostics: diagnostics, lesson: lesson)
        return ShownCell(
            cell: cell, outputs: outputs, languageDiagnostics: diagnostics, expectations: expectations,
            errorExpected: expected, problems: problems, milliseconds: milliseconds)
    }
}

/// An inline value, kept, with where its code started.
struct InlineRecord: Codable {
    var location: LocationRecord
    var display: String?
    var expectation: ExpectationRecord?
    var diagnostics: [DiagnosticRecord]
    var milliseconds: Double

    init(_ run: InlineRun) {
        location = LocationRecord(run.cell.location)
        display = run.display
        expectation = run.expectation.map(ExpectationRecord.init)
        diagnostics = run.diagnostics.map(DiagnosticRecord.init)
        milliseconds = run.milliseconds
    }

    /// The value at its place in `lesson`: findings move with the code, quoting the line as it reads now.
    func run(_ cell: InlineCell, in lesson: Lesson) -> InlineRun {
        let lines = cell.location.line - location.line, columns = cell.location.column - location.column
        let diagnostics = self.diagnostics.map { record in
            let moved = record.location.location(shiftedBy: lines, columns: columns, onLine: location.line)
            return record.diagnostic(at: moved, sourceLine: lesson.sourceLine(moved.line))
        }
        let expectation = self.expectation.map {
            $0.result(at: cell.statedLocation ?? cell.location, expected: cell.stated)
        }
        return InlineRun(
            cell: cell, display: display, expectation: expectation, diagnostics: diagnostics, milliseconds: milliseconds)
    }
}
