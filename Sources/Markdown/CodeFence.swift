/// A code fence line: three or more backticks or tildes, as CommonMark defines them.
struct CodeFence: Equatable {
    let character: UInt8
    let length: Int
    /// The trimmed text after the fence run.
    let info: ArraySlice<UInt8>

    /// Reads a fence at the start of `line` (which starts where the fence may start), or nil.
    init?(_ line: ArraySlice<UInt8>) {
        guard let first = line.first, first == ASCII.backtick || first == ASCII.tilde else { return nil }
        let run = line.prefix { $0 == first }.count
        let info = CodeFence.trimmed(line.dropFirst(run))
        guard run >= 3, first == ASCII.tilde || !info.contains(ASCII.backtick) else { return nil }
        character = first
        length = run
        self.info = info
    }

    /// Whether `line` (from the same position) closes a block this fence opened.
    func isClosed(by line: ArraySlice<UInt8>) -> Bool {
        guard let other = CodeFence(line) else { return false }
        return other.character == character && other.length >= length && other.info.isEmpty
    }

    /// Skips what containers put before a line's content: indentation, block-quote markers and list
    /// markers, so a fence inside `> - ` is still seen as a fence. Also returns how many `>` were skipped.
    static func contentStart(of line: ArraySlice<UInt8>) -> (index: Int, quoteDepth: Int) {
        var index = line.startIndex, depth = 0
        while index < line.endIndex {
            let byte = line[index]
            if ASCII.isBlank(byte) {
                index += 1
            } else if byte == ASCII.greaterThan {
                index += 1
                depth += 1
            } else if let marker = listMarkerLength(line[index...]) {
                index += marker
            } else {
                break
            }
        }
        return (index, depth)
    }

    /// `-`, `+`, `*` or up to nine digits and `.` or `)`, followed by a blank.
    private static func listMarkerLength(_ text: ArraySlice<UInt8>) -> Int? {
        let digits = text.prefix(while: ASCII.isDigit).count
        let markers: [UInt8] = digits == 0 ? Array("-+*".utf8) : Array(".)".utf8)
        guard digits <= 9, text.count > digits + 1 else { return nil }
        let marker = text[text.startIndex + digits], after = text[text.startIndex + digits + 1]
        return markers.contains(marker) && ASCII.isBlank(after) ? digits + 1 : nil
    }

    static func trimmed(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let start = text.firstIndex { !ASCII.isBlank($0) } ?? text.endIndex
        let end = text.lastIndex { !ASCII.isBlank($0) }.map { $0 + 1 } ?? start
        return text[start..<max(start, end)]
    }
}
