/// Maps byte offsets in the text cmark parsed back to byte offsets in the original file. The protected
/// text is the original with front matter cut and each math span replaced by a shorter placeholder.
struct OffsetMap {
    private enum Piece {
        /// Bytes copied unchanged, starting at this original offset.
        case verbatim(originalStart: Int)
        /// A placeholder standing for the original bytes `originalStart...originalLast`.
        case placeholder(originalStart: Int, originalLast: Int, length: Int)
    }

    private var protectedStarts: [Int] = []
    private var pieces: [Piece] = []

    init(bodyStart: Int) {
        appendVerbatim(protectedStart: 0, originalStart: bodyStart)
    }

    mutating func appendVerbatim(protectedStart: Int, originalStart: Int) {
        protectedStarts.append(protectedStart)
        pieces.append(.verbatim(originalStart: originalStart))
    }

    mutating func appendPlaceholder(protectedStart: Int, length: Int, original: Range<Int>) {
        protectedStarts.append(protectedStart)
        pieces.append(.placeholder(originalStart: original.lowerBound, originalLast: original.upperBound - 1,
                                   length: length))
    }

    /// The original offset of protected byte `offset`. A placeholder's first byte maps to the opening
    /// delimiter, its other bytes to the last byte of the closing delimiter, so inclusive ends stay inclusive.
    func original(_ offset: Int) -> Int {
        let index = protectedStarts.lastIndex(notAfter: offset)
        let start = protectedStarts[index]
        switch pieces[index] {
        case .verbatim(let originalStart):
            return originalStart + offset - start
        case .placeholder(let originalStart, let originalLast, let length):
            if offset == start { return originalStart }
            return offset < start + length ? originalLast : originalLast + 1 + offset - start - length
        }
    }
}
