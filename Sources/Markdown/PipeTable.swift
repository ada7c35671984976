/// Finds a GitHub-flavoured pipe table in the lines of a paragraph, as the GFM spec reads one: a header row
/// followed by a delimiter row with the same number of cells (`| --- | :-: |`), then body rows up to the end
/// of the paragraph. Lines before the header stay a paragraph. Cells are split at pipes that no backslash
/// escapes, even inside code spans, and `\|` becomes `|` before the cell's inlines are read.
enum PipeTable {
    /// A table found in a paragraph's lines.
    struct Found: Equatable {
        /// Lines before the header row, which remain a paragraph.
        var leading: Int
        var alignments: [TableBlock.Alignment?]
        var header: [String]
        var rows: [[String]]
    }

    static func find(in lines: [Substring]) -> Found? {
        guard lines.count >= 2 else { return nil }
        for index in 0..<(lines.count - 1) {
            guard let alignments = delimiterRow(lines[index + 1]) else { continue }
            let header = cells(of: lines[index])
            guard header.count == alignments.count else { continue }
            let rows = lines[(index + 2)...].map { line -> [String] in
                var row = Array(cells(of: line).prefix(header.count))
                row += Array(repeating: "", count: header.count - row.count)
                return row
            }
            return Found(leading: index, alignments: alignments, header: header, rows: rows)
        }
        return nil
    }

    /// The alignments of a delimiter row (`| :--- | ---: |`), or nil when the line is not one.
    static func delimiterRow(_ line: Substring) -> [TableBlock.Alignment?]? {
        // Only pipes, colons, dashes and blanks, a pipe or a colon among them: tested on the bytes first, since
        // every line of every paragraph comes here, and walking its Characters cost 1 % of rendering a lesson.
        // (A bare `---` is a setext underline or a thematic break, which cmark has already taken.)
        let bytes = line.utf8
        guard bytes.allSatisfy(isDelimiterByte),
              bytes.contains(UInt8(ascii: "|")) || bytes.contains(UInt8(ascii: ":")) else { return nil }
        let trimmed = line.trimmingBlanks()
        var alignments: [TableBlock.Alignment?] = []
        for cell in split(trimmed) {
            let marker = cell.trimmingBlanks()
            let left = marker.hasPrefix(":"), right = marker.hasSuffix(":")
            let dashes = marker.dropFirst(left ? 1 : 0).dropLast(right && marker.count > 1 ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : nil)
        }
        return alignments.isEmpty ? nil : alignments
    }

    private static func isDelimiterByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "\t"): true
        default: false
        }
    }

    /// The cells of a row, trimmed, with `\|` turned into `|`.
    static func cells(of line: Substring) -> [String] {
        split(line.trimmingBlanks()).map { cell in
            var text = ""
            var characters = cell.trimmingBlanks()[...]
            while let character = characters.popFirst() {
                if character == "\\", characters.first == "|" {
                    text.append(characters.removeFirst())
                } else {
                    text.append(character)
                }
            }
            return text
        }
    }

    /// The pieces of a row between unescaped pipes, without the optional outer pipes.
    private static func split(_ row: Substring) -> [Substring] {
        var pieces: [Substring] = []
        var start = row.startIndex
        var index = row.startIndex
        while index < row.endIndex {
            if row[index] == "\\" {
                index = row.index(after: index)
                if index < row.endIndex { index = row.index(after: index) }
                continue
            }
            if row[index] == "|" {
                pieces.append(row[start..<index])
                start = row.index(after: index)
            }
            index = row.index(after: index)
        }
        pieces.append(row[start..<row.endIndex])
        if pieces.first?.trimmingBlanks().isEmpty == true, row.hasPrefix("|") { pieces.removeFirst() }
        if pieces.count > 0, pieces.last?.trimmingBlanks().isEmpty == true, row.hasSuffix("|"), !row.hasSuffix("\\|") {
            pieces.removeLast()
        }
        return pieces
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    func trimmingBlanks() -> Substring {
        let isText: (Character) -> Bool = { $0 != " " && $0 != "\t" }
        guard let first = firstIndex(where: isText), let last = lastIndex(where: isText) else { return self[endIndex...] }
        return self[first...last]
    }
}
