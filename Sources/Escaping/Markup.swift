/// The one escaper for markup: every string that reaches an HTML page, MathML, SVG or an XML report goes
/// through here. `&`, `<` and `>` are always escaped; characters HTML and XML 1.0 forbid become visible
/// stand-ins (C0 controls their control pictures, ␛ for ESC; other controls and noncharacters U+FFFD);
/// invisible math operators are written as character references so they can be seen in the source.
public enum Markup {
    /// What else a context needs escaped.
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Both quote characters, for a quoted attribute value.
        public static let quotes = Options(rawValue: 1)
        /// `"` only, as cmark writes prose and code.
        public static let doubleQuote = Options(rawValue: 2)
        /// Line feeds as `&#10;`, which XML attribute parsing would otherwise turn into spaces.
        public static let lineFeedReference = Options(rawValue: 4)
        /// Carriage returns as `&#13;`, which XML parsing would otherwise drop.
        public static let carriageReturnReference = Options(rawValue: 8)
        /// Keeps U+FFFE, the SVG writer's own placeholder for ids it fills in later.
        public static let keepIDMarker = Options(rawValue: 16)

        /// A double-quoted attribute value.
        public static let attribute: Options = [.quotes]
    }

    /// `string` escaped for `options`, appended to `out` as UTF-8.
    public static func escape(_ string: String, _ options: Options = [], into out: inout [UInt8]) {
        if isPlain(string, options) {
            out += string.utf8
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;".utf8
            case "<": out += "&lt;".utf8
            case ">": out += "&gt;".utf8
            case "\"" where !options.isDisjoint(with: [.quotes, .doubleQuote]): out += "&quot;".utf8
            case "'" where options.contains(.quotes): out += "&#39;".utf8
            case "\n" where options.contains(.lineFeedReference): out += "&#10;".utf8
            case "\r" where options.contains(.carriageReturnReference): out += "&#13;".utf8
            case "\u{FFFE}" where options.contains(.keepIDMarker): out += String(scalar).utf8
            case "\u{2061}"..."\u{2064}": out += "&#x\(String(scalar.value, radix: 16));".utf8
            default: out += String(visible(scalar)).utf8
            }
        }
    }

    /// `string` escaped for `options`.
    public static func escaped(_ string: String, _ options: Options = []) -> String {
        if isPlain(string, options) { return string }
        var out: [UInt8] = []
        out.reserveCapacity(string.utf8.count + 16)
        escape(string, options, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether every byte of `string` is plain. Over the bytes in memory: the view's iterator cost three times
    /// as much, and a lesson's figures escape tens of thousands of attribute values.
    private static func isPlain(_ string: String, _ options: Options) -> Bool {
        string.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { isPlain($0, options) } }
            ?? string.utf8.allSatisfy { isPlain($0, options) }
    }

    /// Printable ASCII (and line feeds, unless referenced) that needs no escaping.
    private static func isPlain(_ byte: UInt8, _ options: Options) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): false
        case UInt8(ascii: "\""): options.isDisjoint(with: [.quotes, .doubleQuote])
        case UInt8(ascii: "'"): !options.contains(.quotes)
        case 0x0A: !options.contains(.lineFeedReference)
        case 0x20...0x7E: true
        default: false
        }
    }

    /// C0 controls become their control pictures, other controls and noncharacters U+FFFD.
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
