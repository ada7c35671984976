/// A finding about swift-nn source: plain data, printed by `DiagnosticPrinter`.
public struct Diagnostic: Hashable, Sendable {
    /// How serious a finding is.
    public enum Severity: String, Hashable, Sendable {
        case error, warning, note
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    /// The whole source line the location points into, without its newline.
    public var sourceLine: String
    /// How many characters the caret underline covers (at least 1).
    public var length: Int
    /// A likely fix, e.g. the nearest known name.
    public var suggestion: String?

    public init(
        severity: Severity, message: String, location: SourceLocation,
        sourceLine: String, length: Int = 1, suggestion: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
        self.length = max(1, length)
        self.suggestion = suggestion
    }

    /// The message with the suggestion appended, as printed on one line.
    public var fullMessage: String {
        guard let suggestion else { return message }
        return "\(message); did you mean `\(suggestion)`?"
    }
}
