import Language

/// What a cell's run amounts to, whether it was just run (`CellRun`) or kept from an earlier build
/// (`ShownCell`): its errors, its expectations, and whether it failed.
public protocol CellVerdict {
    var cell: Cell { get }
    /// The language's diagnostics.
    var languageDiagnostics: [Diagnostic] { get }
    var expectations: [ExpectationResult] { get }
    /// Whether the language's errors are the ones the cell's `error` option asks for (shown, not counted).
    var errorExpected: Bool { get }
    /// The notebook's findings: bad options, an expected error that did not come or did not match.
    var problems: [Diagnostic] { get }
}

extension CellVerdict {
    /// The errors that make the lesson fail: the notebook's, and the language's unless they were expected.
    public var errors: [Diagnostic] {
        let language = errorExpected ? [] : languageDiagnostics
        return (problems + language).filter { $0.severity == .error }
    }

    /// Everything worth telling the author, in order: findings, then the language's diagnostics unless expected.
    public var reportedDiagnostics: [Diagnostic] {
        problems + (errorExpected ? [] : languageDiagnostics)
    }

    public var passedExpectations: [ExpectationResult] {
        expectations.filter(\.passed)
    }

    public var failedExpectations: [ExpectationResult] {
        expectations.filter { !$0.passed }
    }

    /// True when the cell has an error that counts, or a failed expectation.
    public var failed: Bool {
        !errors.isEmpty || !failedExpectations.isEmpty
    }

    /// What the author should read on the terminal: the findings, then the failed expectations.
    public func findings(in lesson: Lesson) -> [Diagnostic] {
        reportedDiagnostics + failedExpectations.map { $0.diagnostic(in: lesson) }
    }
}

/// The counts of one cell's run that summaries add up.
public struct CellFacts: Sendable, Hashable, Codable {
    public var figures: Int
    public var expectationsPassed: Int
    public var expectationsFailed: Int
    public var errors: Int
    /// An error that counts, or a failed expectation.
    public var failed: Bool

    public init(_ verdict: some CellVerdict, figures: Int) {
        self.figures = figures
        expectationsPassed = verdict.passedExpectations.count
        expectationsFailed = verdict.failedExpectations.count
        errors = verdict.errors.count
        failed = verdict.failed
    }
}
