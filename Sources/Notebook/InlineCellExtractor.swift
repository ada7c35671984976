import Language
import Markdown

/// Part of the parse stage: finds the inline cells of a prose block, leaves a stand-in for each in the
/// prose, and places each one in the file.
struct InlineCellExtractor {
    let path: String
    let lines: [String]
    /// The inline cells found so far, in document order.
    var cells: [InlineCell] = []

    /// The block with its inline cells replaced by stand-ins; the cells are appended to `cells`.
    mutating func extract(from block: Block, blockIndex: Int) -> Block {
        var found: [String] = []
        let first = cells.count
        let rewritten = block.mapInlines { inline in
            guard case .code(let code) = inline, InlineCell.split(code) != nil else { return inline }
            found.append(code)
            return .code(InlineCell.marker(first + found.count - 1, code: code))
        }
        guard !found.isEmpty else { return block }
        var spans = CodeSpanScanner.spans(in: lines, from: block.range.start.line, through: block.range.end.line)[...]
        for code in found {
            let span = spans.firstIndex { $0.content == code }.map { index in
                defer { spans = spans[(index + 1)...] }
                return spans[index]
            }
            cells.append(cell(code, span: span, blockIndex: blockIndex, fallback: block.range.start))
        }
        return rewritten
    }

    private func cell(
        _ code: String, span: CodeSpanScanner.Span?, blockIndex: Int, fallback: SourcePosition
    ) -> InlineCell {
        let (expression, stated, statedOffset) = InlineCell.split(code)!
        let characters = Array(code)
        let expressionOffset = InlineCell.prefix.count
            + characters.dropFirst(InlineCell.prefix.count).prefix { $0 == " " }.count
        func location(_ offset: Int) -> SourceLocation? {
            guard let span, span.positions.indices.contains(offset) else { return nil }
            let position = span.positions[offset]
            return SourceLocation(file: path, line: position.line, column: position.column)
        }
        let start = location(expressionOffset)
            ?? SourceLocation(file: path, line: fallback.line, column: fallback.column)
        return InlineCell(
            index: cells.count, expression: expression, stated: stated, location: start,
            statedLocation: statedOffset.flatMap { stated?.isEmpty == false ? location($0) : nil },
            blockIndex: blockIndex)
    }
}
