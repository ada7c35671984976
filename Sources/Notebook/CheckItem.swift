import Language

/// One thing `check` holds a lesson to: a `//=>` expectation, an inline value, a cell that must fail, a
/// cell's snapshot, or a finding (an error or warning) that fails the check by being there.
public struct CheckItem: Sendable, Hashable, Codable {
    /// What was checked.
    public enum Kind: String, Sendable, Hashable, Codable {
        case expectation
        case inlineValue = "inline-value"
        case expectedError = "expected-error"
        case snapshot
        case error
        case warning
    }

    public var kind: Kind
    /// A short name for reports: the checked source (`f(2/3) //=> 3.6`) or what the finding is about.
    public var name: String
    public var file: String
    public var line: Int
    public var column: Int
    public var passed: Bool
    /// Why it failed, in one line; nil when it passed.
    public var message: String?
    public var expected: String?
    public var actual: String?
    public var absoluteError: Double?
    public var relativeError: Double?
    public var tolerance: Double?
    /// The lesson line the item points at, quoted under failures.
    public var sourceLine: String
    /// How many characters the caret underline covers.
    public var length: Int
    /// Set when `--accept` rewrote the lesson so that this item now holds.
    public var accepted: Bool

    public init(
        kind: Kind, name: String, location: SourceLocation, passed: Bool, message: String? = nil,
        expected: String? = nil, actual: String? = nil, absoluteError: Double? = nil, relativeError: Double? = nil,
        tolerance: Double? = nil, sourceLine: String = "", length: Int = 1
    ) {
        self.kind = kind
        self.name = name
        file = location.file
        line = location.line
        column = location.column
        self.passed = passed
        self.message = message
        self.expected = expected
        self.actual = actual
        self.absoluteError = absoluteError
        self.relativeError = relativeError
        self.tolerance = tolerance
        self.sourceLine = sourceLine
        self.length = max(1, length)
        accepted = false
    }

    public var location: SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// Failed and not since accepted.
    public var counts: Bool {
        !passed && !accepted
    }

    /// A warning that holds: shown to the author, not counted (raw HTML dropped from the page).
    public var isNotice: Bool {
        kind == .warning && passed
    }

    /// The failure as a finding, printed like every other one.
    public var diagnostic: Diagnostic {
        Diagnostic(
            severity: kind == .warning ? .warning : .error, message: message ?? name, location: location,
            sourceLine: sourceLine, length: length)
    }
}
