/// Finds code spans in lesson source the way CommonMark reads them, with the file position of every content
/// character: cmark's tree gives inline code no position, and reports and `--accept` need one.
enum CodeSpanScanner {
    /// A code span's content, normalized as CommonMark does, and where each of its characters stands.
    struct Span {
        var content: String
        /// (line, column) in the file of each character of `content`, both from 1.
        var positions: [(line: Int, column: Int)]
    }

    /// The code spans in lines `first...last` (1-based) of `lines`, in order.
    static func spans(in lines: [String], from first: Int, through last: Int) -> [Span] {
        var characters: [Character] = []
        var positions: [(line: Int, column: Int)] = []
        for line in max(first, 1)...min(max(last, first), lines.count) {
            let text = Array(lines[line - 1])
            characters += text
            positions += text.indices.map { (line, $0 + 1) }
            characters.append("\n")
            positions.append((line, text.count + 1))
        }
        var spans: [Span] = []
        var i = 0
        while i < characters.count {
            if characters[i] == "\\" {
                i += 2
                continue
            }
            guard characters[i] == "`" else {
                i += 1
                continue
            }
            let start = i
            while i < characters.count, characters[i] == "`" { i += 1 }
            guard let close = closing(characters, from: i, length: i - start) else { continue }
            spans.append(span(Array(i..<close), characters: characters, positions: positions))
            i = close + (i - start)
        }
        return spans
    }

    /// The start of the next backtick run of exactly `length`, or nil when the opening run stays literal.
    private static func closing(_ characters: [Character], from start: Int, length: Int) -> Int? {
        var j = start
        while j < characters.count {
            guard characters[j] == "`" else {
                j += 1
                continue
            }
            let run = j
            while j < characters.count, characters[j] == "`" { j += 1 }
            if j - run == length { return run }
        }
        return nil
    }

    /// Line endings become spaces; one space is stripped from each end when both ends have one.
    private static func span(
        _ indices: [Int], characters: [Character], positions: [(line: Int, column: Int)]
    ) -> Span {
        var kept = indices
        let content = kept.map { characters[$0] == "\n" ? " " : characters[$0] }
        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
            kept = Array(kept.dropFirst().dropLast())
        }
        return Span(
            content: String(kept.map { characters[$0] == "\n" ? " " : characters[$0] }),
            positions: kept.map { positions[$0] })
    }
}
