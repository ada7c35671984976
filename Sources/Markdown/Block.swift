/// A block of a Markdown document, with its range in the original file.
public indirect enum Block: Hashable, Sendable {
    case heading(level: Int, content: [Inline], range: SourceRange)
    case paragraph([Inline], range: SourceRange)
    case codeBlock(CodeBlock)
    case blockQuote([Block], range: SourceRange)
    case list(ListBlock)
    case thematicBreak(range: SourceRange)
    case htmlBlock(String, range: SourceRange)
    case table(TableBlock)

    /// Where the block stands in the original file.
    public var range: SourceRange {
        switch self {
        case .heading(_, _, let range), .paragraph(_, let range), .blockQuote(_, let range),
             .thematicBreak(let range), .htmlBlock(_, let range):
            range
        case .codeBlock(let code): code.range
        case .list(let list): list.range
        case .table(let table): table.range
        }
    }
}

/// A fenced or indented code block; fenced blocks with info `swift-nn` are lesson cells.
public struct CodeBlock: Hashable, Sendable {
    /// The whole info string after the opening fence (`swift-nn`, `python {.x}`); empty when indented.
    public var info: String
    /// The code, one `\n` after every line.
    public var code: String
    public var range: SourceRange
    /// Original-file line of the first line of `code`.
    public var firstCodeLine: Int
    /// Columns stripped from the start of each code line (container indentation, fence indentation).
    public var indent: Int
    public var fenced: Bool

    public init(info: String, code: String, range: SourceRange, firstCodeLine: Int, indent: Int, fenced: Bool) {
        self.info = info
        self.code = code
        self.range = range
        self.firstCodeLine = firstCodeLine
        self.indent = indent
        self.fenced = fenced
    }
}

/// A bullet or ordered list; each item is a sequence of blocks.
public struct ListBlock: Hashable, Sendable {
    public var ordered: Bool
    /// The number of the first item (1 for bullet lists).
    public var start: Int
    /// A tight list renders its items' paragraphs without `<p>`.
    public var tight: Bool
    public var items: [[Block]]
    public var range: SourceRange

    public init(ordered: Bool, start: Int, tight: Bool, items: [[Block]], range: SourceRange) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
        self.range = range
    }
}
