extension Snapshot {
    /// The file's text: a short header, then `== key (line N)` and the section's lines, for each section.
    public func text(lesson: String) -> String {
        var out = "lessonrun snapshot of \(lesson): what each cell showed, recorded by "
            + "`lessonrun check --update-snapshots`.\n"
        out += "`lessonrun check` compares runs with it; numbers within the lesson's tolerance, else 1e-9 relative.\n"
        for section in sections {
            out += "\n== \(section.key)\(section.line.map { " (line \($0))" } ?? "")\n"
            for line in section.lines { out += line + "\n" }
        }
        return out
    }

    /// Reads a snapshot file's text; lines before the first `== ` header are the header and are ignored. A file
    /// whose line feeds were turned into `\r\n` on checkout (git's `autocrlf` on Windows) reads as the file it was.
    public static func parse(_ text: String) -> Snapshot {
        var sections: [Section] = []
        for line in lines(of: withLineFeeds(text)) {
            if line.hasPrefix("== ") {
                var title = String(line.dropFirst(3))
                var number: Int?
                if let open = title.range(of: " (line ", options: .backwards), title.hasSuffix(")") {
                    number = Int(title[open.upperBound...].dropLast())
                    title = String(title[..<open.lowerBound])
                }
                sections.append(Section(key: title, line: number, lines: []))
            } else if !sections.isEmpty {
                sections[sections.count - 1].lines.append(line)
            }
        }
        for index in sections.indices {
            while sections[index].lines.last == "" { sections[index].lines.removeLast() }
        }
        return Snapshot(sections: sections)
    }

    /// The text with every `\r\n` turned back into `\n` when its first line, the header, which holds no `\r` of its
    /// own, ends in `\r\n`: git converted its line feeds. `autocrlf` converts only a file with no `\r\n` of its own, so
    /// undoing every one gives the text `record` wrote. A printed `\r\n` (a snapshot git leaves alone under
    /// `autocrlf`) cannot be told from a converted line feed once `eol=crlf` forces the conversion: it then reads as
    /// a line break, and `check` reports the cell as changed rather than passing it.
    private static func withLineFeeds(_ text: String) -> String {
        var bytes = text
        return bytes.withUTF8 { bytes in
            guard let first = bytes.firstIndex(of: UInt8(ascii: "\n")), first > 0,
                  bytes[first - 1] == UInt8(ascii: "\r")
            else { return text }
            var converted: [UInt8] = []
            converted.reserveCapacity(bytes.count)
            for index in bytes.indices {
                if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { continue }
                converted.append(bytes[index])
            }
            return String(decoding: converted, as: UTF8.self)
        }
    }

    /// The text cut at each line feed that is a Character of its own, as `split(separator: "\n")` cuts it (a
    /// printed `\r\n` is one Character and stays inside its line, as `record` wrote it), but on the bytes: a
    /// lesson's snapshot holds its figures' data, megabytes of it, and cutting it Character by Character took a
    /// fifth of checking gd.md.
    private static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
                guard index == 0 || bytes[index - 1] != UInt8(ascii: "\r") else { continue }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
        }
        return lines
    }
}
