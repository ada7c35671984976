/// UTF-8 bytes of a text with its line starts, so byte offsets convert to lines and Character columns.
/// Line breaks are `\n`, `\r\n` and a lone `\r`, as cmark counts them.
struct SourceText {
    let bytes: [UInt8]
    /// Byte offset of the first byte of each line.
    private(set) var lineStarts: [Int] = [0]
    /// Byte offset just past each line's content (where its line break starts).
    private(set) var contentEnds: [Int] = []
    /// For each line holding non-ASCII text, the byte offset where each of its Characters starts;
    /// nil for ASCII lines, where a Character is a byte.
    private var characterStarts: [[Int]?] = []

    /// Reads a whole file. A leading byte-order mark is dropped (cmark skips it too) and NUL becomes U+FFFD
    /// (as cmark does), so the bytes handed to cmark and the ones positions are counted in agree.
    init(_ source: String) {
        // On the bytes: rebuilding the text scalar by scalar took longer than cmark's whole parse.
        var bytes = Array(source.utf8)
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bytes.starts(with: byteOrderMark) { bytes.removeFirst(byteOrderMark.count) }
        if bytes.contains(0) {
            let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]  // U+FFFD
            bytes = bytes.flatMap { $0 == 0 ? replacement : [$0] }
        }
        self.init(bytes: bytes)
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case ASCII.newline:
                contentEnds.append(index)
                lineStarts.append(index + 1)
            case ASCII.carriageReturn:
                contentEnds.append(index)
                if index + 1 < bytes.count, bytes[index + 1] == ASCII.newline { index += 1 }
                lineStarts.append(index + 1)
            default:
                break
            }
            index += 1
        }
        contentEnds.append(bytes.count)
        characterStarts = zip(lineStarts, contentEnds).map { start, end in
            bytes[start..<end].allSatisfy { $0 < 0x80 } ? nil : SourceText.characterStarts(bytes[start..<end])
        }
    }

    private static func characterStarts(_ line: ArraySlice<UInt8>) -> [Int] {
        var starts: [Int] = []
        var offset = line.startIndex
        for character in String(decoding: line, as: UTF8.self) {
            starts.append(offset)
            offset += character.utf8.count
        }
        return starts
    }

    var lineCount: Int { lineStarts.count }

    /// 1-based number of the line holding `offset` (offsets past the end belong to the last line).
    func line(containing offset: Int) -> Int { lineStarts.lastIndex(notAfter: offset) + 1 }

    func start(ofLine line: Int) -> Int { lineStarts[clamped(line) - 1] }

    func contentEnd(ofLine line: Int) -> Int { contentEnds[clamped(line) - 1] }

    /// The line's content without its line break.
    func content(ofLine line: Int) -> ArraySlice<UInt8> { bytes[start(ofLine: line)..<contentEnd(ofLine: line)] }

    /// The line and Character column of the character that holds byte `offset`.
    func position(of offset: Int) -> SourcePosition {
        let line = line(containing: offset)
        let start = start(ofLine: line), end = contentEnd(ofLine: line)
        guard let starts = characterStarts[line - 1] else {
            return SourcePosition(line: line, column: max(offset, start) - start + 1)
        }
        if offset >= end { return SourcePosition(line: line, column: starts.count + 1 + offset - end) }
        return SourcePosition(line: line, column: starts.lastIndex(notAfter: offset) + 1)
    }

    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    private func clamped(_ line: Int) -> Int { min(max(line, 1), lineStarts.count) }
}

extension [Int] {
    /// In a sorted array, the index of the last element not greater than `value` (0 when there is none).
    func lastIndex(notAfter value: Int) -> Int {
        var low = 0, high = count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if self[middle] <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

/// The ASCII bytes the scanners look at.
enum ASCII {
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let backslash = UInt8(ascii: "\\")
    static let dollar = UInt8(ascii: "$")
    static let backtick = UInt8(ascii: "`")
    static let tilde = UInt8(ascii: "~")
    static let greaterThan = UInt8(ascii: ">")
    static let lessThan = UInt8(ascii: "<")

    static func isLineBreak(_ byte: UInt8) -> Bool { byte == newline || byte == carriageReturn }
    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }
    static func isWhitespace(_ byte: UInt8) -> Bool { isBlank(byte) || isLineBreak(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
    /// CommonMark's escapable characters: a backslash before one of them makes it literal.
    static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }
}
