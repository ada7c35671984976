@testable import Markdown

/// Shorthand for the blocks of a parsed source.
func blocks(_ source: String) -> [Block] { Markdown.parse(source).blocks }

/// The inline content of the first block, which must be a paragraph or heading.
func inlines(_ source: String) -> [Inline] {
    switch blocks(source).first {
    case .paragraph(let content, _)?, .heading(_, let content, _)?: content
    default: []
    }
}

/// Every formula in the document, in reading order.
func mathSpans(_ source: String) -> [MathSpan] { blocks(source).flatMap(mathSpans(in:)) }

func mathSpans(in block: Block) -> [MathSpan] {
    switch block {
    case .paragraph(let content, _), .heading(_, let content, _): content.flatMap(mathSpans(in:))
    case .blockQuote(let children, _): children.flatMap(mathSpans(in:))
    case .list(let list): list.items.joined().flatMap(mathSpans(in:))
    case .table(let table): (table.header + table.rows.joined()).joined().flatMap(mathSpans(in:))
    case .codeBlock, .thematicBreak, .htmlBlock: []
    }
}

func mathSpans(in inline: Inline) -> [MathSpan] {
    switch inline {
    case .math(let span): [span]
    case .emphasis(let content), .strong(let content), .strikethrough(let content), .link(_, _, let content), .image(_, _, let content):
        content.flatMap(mathSpans(in:))
    case .text, .code, .softBreak, .lineBreak, .html: []
    }
}

/// Every code block in the document, in reading order.
func codeBlocks(_ source: String) -> [CodeBlock] { blocks(source).flatMap(codeBlocks(in:)) }

func codeBlocks(in block: Block) -> [CodeBlock] {
    switch block {
    case .codeBlock(let code): [code]
    case .blockQuote(let children, _): children.flatMap(codeBlocks(in:))
    case .list(let list): list.items.joined().flatMap(codeBlocks(in:))
    case .paragraph, .heading, .thematicBreak, .htmlBlock, .table: []
    }
}

func position(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }

func range(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
    SourceRange(start: position(startLine, startColumn), end: position(endLine, endColumn))
}

func inlineMath(_ tex: String, _ line: Int, _ column: Int) -> Inline {
    .math(MathSpan(tex: tex, display: false, position: position(line, column)))
}

func displayMath(_ tex: String, _ line: Int, _ column: Int) -> Inline {
    .math(MathSpan(tex: tex, display: true, position: position(line, column)))
}
