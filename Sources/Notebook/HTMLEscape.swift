/// Escaping for text and attribute values; every string that reaches the page goes through here.
public enum HTMLEscape {
    /// Text content: `&`, `<` and `>` escaped, characters HTML forbids replaced by visible stand-ins.
    public static func text(_ string: String) -> String {
        escape(string, quotes: false)
    }

    /// A double-quoted attribute value: text escaping plus both quote characters.
    public static func attribute(_ string: String) -> String {
        escape(string, quotes: true)
    }

    /// Prose and code from the Markdown, escaped as cmark does: text escaping plus `"` as `&quot;`.
    public static func markdown(_ string: String) -> String {
        escape(string, quotes: false, doubleQuote: true)
    }

    private static func escape(_ string: String, quotes: Bool, doubleQuote: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"" where quotes || doubleQuote: out.append(contentsOf: "&quot;".unicodeScalars)
            case "'" where quotes: out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(visible(scalar))
            }
        }
        return String(out)
    }

    /// Control characters and noncharacters are parse errors in HTML; a program may still print them,
    /// so C0 controls become their Unicode control pictures (␛ for ESC) and the rest U+FFFD.
    private static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: scalar
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: "\u{2421}"
        case 0x80...0x9F, 0xFDD0...0xFDEF: "\u{FFFD}"
        case _ where scalar.value & 0xFFFE == 0xFFFE: "\u{FFFD}"
        default: scalar
        }
    }
}
