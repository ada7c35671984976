/// A text file as lines, with what was around them: the byte-order mark and each line's own ending (`\n`,
/// `\r\n` or a lone `\r`). Lessons are parsed from the lines joined by `\n`, and a file rewritten from its lines
/// (`check --accept`) gets its mark and endings back, so editing a Windows or classic-Mac file changes only
/// what was meant to change.
public struct TextLines: Equatable, Sendable {
    /// The lines, without their endings.
    public var lines: [String]
    /// The ending after each line; the last line's is empty when the file does not end with a line break.
    public var endings: [String]
    public var hasByteOrderMark: Bool

    public init(_ text: String) {
        // On the bytes, as line breaks are ASCII: splitting scalar by scalar took a tenth of parsing a lesson.
        // Lines are cut from the scalars, which Character boundaries do not round (a mark's combining scalar
        // would make one Character of it and the next).
        let utf8 = text.utf8
        hasByteOrderMark = utf8.starts(with: [0xEF, 0xBB, 0xBF])
        var lines: [String] = []
        var endings: [String] = []
        var start = hasByteOrderMark ? utf8.index(utf8.startIndex, offsetBy: 3) : utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                index = utf8.index(after: index)
                continue
            }
            lines.append(String(text.unicodeScalars[start..<index]))
            var next = utf8.index(after: index)
            if byte == UInt8(ascii: "\r"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "\n") {
                endings.append("\r\n")
                next = utf8.index(after: next)
            } else {
                endings.append(byte == UInt8(ascii: "\n") ? "\n" : "\r")
            }
            (start, index) = (next, next)
        }
        lines.append(String(text.unicodeScalars[start..<utf8.endIndex]))
        endings.append("")
        self.lines = lines
        self.endings = endings
    }

    /// The lines joined by `\n`, without the mark: what the parsers read.
    public var normalized: String {
        lines.joined(separator: "\n")
    }

    /// The file's text again, with its mark and endings, from `lines` as they are now.
    public var text: String {
        var text = hasByteOrderMark ? "\u{FEFF}" : ""
        for (line, ending) in zip(lines, endings) {
            text += line
            text += ending
        }
        return text
    }
}
