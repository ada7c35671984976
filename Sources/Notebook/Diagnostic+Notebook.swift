import Language

extension Diagnostic {
    /// An error found by the notebook itself (an option, the front matter, an expected error that did not come).
    static func notebook(
        _ message: String, at location: SourceLocation, sourceLine: String, length: Int = 1,
        severity: Severity = .error, suggestion: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            severity: severity, message: message, location: location, sourceLine: sourceLine,
            length: length, suggestion: suggestion)
    }
}
