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
        var scalars = Substring(text).unicodeScalars[...]
        hasByteOrderMark = scalars.first == "\u{FEFF}"
        if hasByteOrderMark { scalars = scalars.dropFirst() }
        var lines: [String] = []
        var endings: [String] = []
        var current = String.UnicodeScalarView()
        var iterator = scalars.makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            switch scalar {
            case "\n":
                lines.append(String(current))
                endings.append("\n")
                current = String.UnicodeScalarView()
            case "\r":
                lines.append(String(current))
                if pending == "\n" {
                    endings.append("\r\n")
                    pending = iterator.next()
                } else {
                    endings.append("\r")
                }
                current = String.UnicodeScalarView()
            default:
                current.append(scalar)
            }
        }
        lines.append(String(current))
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
