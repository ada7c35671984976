/// A GitHub-flavoured pipe table: a header row, a delimiter row giving each column's alignment, and body
/// rows. Cells hold inline content only.
public struct TableBlock: Hashable, Sendable {
    /// How a column's cells are aligned; nil in `alignments` for a column the delimiter row leaves alone.
    public enum Alignment: String, Hashable, Sendable {
        case left, center, right
    }

    public var alignments: [Alignment?]
    /// One cell per column.
    public var header: [[Inline]]
    /// Each row has exactly one cell per column: short rows are filled with empty cells, long ones cut.
    public var rows: [[[Inline]]]
    public var range: SourceRange

    public init(alignments: [Alignment?], header: [[Inline]], rows: [[[Inline]]], range: SourceRange) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.range = range
    }
}
