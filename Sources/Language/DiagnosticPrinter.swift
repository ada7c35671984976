/// Renders diagnostics the way compilers do: `file:line:col: error: message`, the source line, a caret.
public enum DiagnosticPrinter {
    public static func format(_ diagnostic: Diagnostic, color: Bool = false) -> String {
        let severity = diagnostic.severity.rawValue
        let head = "\(diagnostic.location): \(paint(severity + ":", severity, color)) \(diagnostic.fullMessage)"
        guard !diagnostic.sourceLine.isEmpty else { return head }
        let line = diagnostic.sourceLine
        // Keep tabs in the padding so the caret lines up under tab-indented code.
        let padding = String(line.prefix(max(0, diagnostic.location.column - 1)).map { $0 == "\t" ? "\t" : " " })
        let available = max(1, line.count - (diagnostic.location.column - 1))
        let underline = "^" + String(repeating: "~", count: max(0, min(diagnostic.length, available) - 1))
        return "\(head)\n    \(line)\n    \(padding)\(paint(underline, "caret", color))"
    }

    private static func paint(_ text: String, _ kind: String, _ color: Bool) -> String {
        guard color else { return text }
        let code: String
        switch kind {
        case "error": code = "1;31"
        case "warning": code = "1;35"
        case "note": code = "1;36"
        default: code = "1;32"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
