import Figures
import Language

/// A cell after running: what the language produced, how long it took, and the notebook's own findings.
public struct CellRun: Sendable {
    public var cell: Cell
    public var result: CellResult
    /// Wall time of the run; reported in the summary, never written into the page.
    public var milliseconds: Double
    /// Whether the result's errors are the ones the cell's `error` option asks for (shown, not counted).
    public var errorExpected: Bool
    /// The notebook's findings: bad options, an expected error that did not come or did not match.
    public var problems: [Diagnostic]

    public init(cell: Cell, result: CellResult, milliseconds: Double, errorExpected: Bool, problems: [Diagnostic]) {
        self.cell = cell
        self.result = result
        self.milliseconds = milliseconds
        self.errorExpected = errorExpected
        self.problems = problems
    }

    /// The errors that make the lesson fail: the notebook's, and the language's unless they were expected.
    public var errors: [Diagnostic] {
        let language = errorExpected ? [] : result.diagnostics
        return (problems + language).filter { $0.severity == .error }
    }

    /// Everything worth telling the author, in order: findings, then the language's diagnostics unless expected.
    public var reportedDiagnostics: [Diagnostic] {
        problems + (errorExpected ? [] : result.diagnostics)
    }

    public var passedExpectations: [ExpectationResult] {
        result.expectations.filter(\.passed)
    }

    public var failedExpectations: [ExpectationResult] {
        result.expectations.filter { !$0.passed }
    }

    public var figures: [Figure] {
        result.outputs.compactMap { output in
            if case .figure(let figure) = output { figure } else { nil }
        }
    }

    /// True when the cell has an error that counts, or a failed expectation.
    public var failed: Bool {
        !errors.isEmpty || !failedExpectations.isEmpty
    }
}
