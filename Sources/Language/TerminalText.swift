/// Text from a lesson made safe to echo on a terminal or into a CI log. A lesson is untrusted: a string holding
/// ESC sequences could clear the screen or forge a report line, a carriage return could overwrite one, and
/// bidirectional overrides could make shown code differ from the code that runs. Each such character is
/// written as a visible escape, `\u{1B}`.
public enum TerminalText {
    /// The colour codes `DiagnosticPrinter` writes; `visible(_:keepingColors:)` lets exactly these through.
    static let colors = ["\u{1B}[1;31m", "\u{1B}[1;35m", "\u{1B}[1;36m", "\u{1B}[1;32m", "\u{1B}[0m"]

    /// `text` with control characters (all but line feeds and tabs, unless `singleLine`), DEL, C1 controls and
    /// bidirectional formatting characters escaped; `keepingColors` lets the printer's own colour codes pass.
    public static func visible(_ text: String, singleLine: Bool = false, keepingColors: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, singleLine: singleLine) }) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = Substring(text).unicodeScalars[...]
        while let scalar = scalars.first {
            if keepingColors, scalar == "\u{1B}",
               let color = colors.first(where: { scalars.starts(with: $0.unicodeScalars) }) {
                result.append(contentsOf: color.unicodeScalars)
                scalars = scalars.dropFirst(color.unicodeScalars.count)
                continue
            }
            if needsEscape(scalar, singleLine: singleLine) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
            scalars = scalars.dropFirst()
        }
        return String(result)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, singleLine: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return singleLine
        case 0x00..<0x20, 0x7F..<0xA0: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
