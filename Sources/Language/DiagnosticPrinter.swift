/// Renders diagnostics the way compilers do: `file:line:col: error: message`, the source line, a caret.
public enum DiagnosticPrinter {
    public static func format(_ diagnostic: Diagnostic, color: Bool = false) -> String {
        let severity = diagnostic.severity.rawValue
        // File names, messages and source lines come from the lesson: their control characters are shown, not sent.
        let location = TerminalText.visible(diagnostic.location.description, singleLine: true)
        let message = TerminalText.visible(shortened(diagnostic.fullMessage), singleLine: true)
        let head = "\(location): \(paint(severity + ":", severity, color)) \(message)"
        guard !diagnostic.sourceLine.isEmpty else { return head }
        let (raw, rawColumn) = excerpt(diagnostic.sourceLine, column: diagnostic.location.column)
        let before = TerminalText.visible(String(raw.prefix(max(0, rawColumn - 1))))
        let line = before + TerminalText.visible(String(raw.dropFirst(max(0, rawColumn - 1))), singleLine: true)
        let column = before.count + 1
        // Keep tabs in the padding so the caret lines up under tab-indented code.
        let padding = String(line.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " })
        let available = max(1, line.count - (column - 1))
        let underline = "^" + String(repeating: "~", count: max(0, min(diagnostic.length, available) - 1))
        return "\(head)\n    \(line)\n    \(padding)\(paint(underline, "caret", color))"
    }

    /// The most characters of a source line shown; a longer line (a minified table, a 100 kB paragraph with a
    /// broken formula in every sentence) is cut to a window around the column, marked with `…` at the cuts.
    static let maximumLineLength = 160

    /// The most characters of a message shown: one quoting a 200 000-character name is cut in the middle.
    static let maximumMessageLength = 400

    private static func shortened(_ message: String) -> String {
        guard message.count > maximumMessageLength else { return message }
        let half = maximumMessageLength / 2
        return message.prefix(half) + "… (\(message.count - 2 * half) characters left out) …" + message.suffix(half)
    }

    /// The part of `line` to show and the column within it.
    private static func excerpt(_ line: String, column: Int) -> (line: String, column: Int) {
        guard line.utf8.count > maximumLineLength else { return (line, column) }
        let start = max(0, column - 1 - maximumLineLength / 2)
        guard let from = line.index(line.startIndex, offsetBy: start, limitedBy: line.endIndex) else { return ("", 1) }
        let to = line.index(from, offsetBy: maximumLineLength, limitedBy: line.endIndex) ?? line.endIndex
        let (head, tail) = (start > 0 ? "…" : "", to < line.endIndex ? "…" : "")
        return (head + line[from..<to] + tail, column - start + head.count)
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
