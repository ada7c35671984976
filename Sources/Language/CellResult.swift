import Figures

/// One thing a cell showed, in the order it showed it.
public enum CellOutput: Hashable, Sendable {
    /// What `print` wrote; consecutive prints are merged.
    case text(String)
    /// The display of the cell's last expression.
    case value(String)
    /// A figure the cell drew.
    case figure(Figure)
    /// A figure `savefig` asked to be written as the SVG file `name` beside the page (render and build write it).
    case savedFigure(name: String, Figure)
    /// A table the cell showed with `table(...)`.
    case table(TableOutput)
}

/// The outcome of one `expr //=> expected` line.
public struct ExpectationResult: Hashable, Sendable {
    public var location: SourceLocation
    /// The expected value as written after `//=>`.
    public var expected: String
    /// The display of the value the expression produced.
    public var actual: String
    public var passed: Bool
    /// The absolute tolerance numbers were compared with, when numbers were compared.
    public var tolerance: Double?
    /// The largest absolute difference between expected and actual numbers, when numbers were compared.
    public var error: Double?

    public init(
        location: SourceLocation, expected: String, actual: String, passed: Bool,
        tolerance: Double? = nil, error: Double? = nil
    ) {
        self.location = location
        self.expected = expected
        self.actual = actual
        self.passed = passed
        self.tolerance = tolerance
        self.error = error
    }
}

/// Everything one cell produced: outputs, diagnostics and expectation results.
public struct CellResult: Hashable, Sendable {
    public var outputs: [CellOutput]
    public var diagnostics: [Diagnostic]
    public var expectations: [ExpectationResult]

    public init(outputs: [CellOutput] = [], diagnostics: [Diagnostic] = [], expectations: [ExpectationResult] = []) {
        self.outputs = outputs
        self.diagnostics = diagnostics
        self.expectations = expectations
    }

    /// True when the cell raised an error.
    public var failed: Bool { diagnostics.contains { $0.severity == .error } }
}
