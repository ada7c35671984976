import Markdown

extension Block {
    /// The block with each inline replaced by `transform`'s result, nested blocks included, in document
    /// order. Children are transformed before their parent sees them.
    public func mapInlines(_ transform: (Inline) -> Inline) -> Block {
        switch self {
        case .heading(let level, let content, let range):
            return .heading(level: level, content: content.mapInlines(transform), range: range)
        case .paragraph(let content, let range):
            return .paragraph(content.mapInlines(transform), range: range)
        case .blockQuote(let blocks, let range):
            return .blockQuote(blocks.map { $0.mapInlines(transform) }, range: range)
        case .list(var list):
            list.items = list.items.map { $0.map { $0.mapInlines(transform) } }
            return .list(list)
        case .table(var table):
            table.header = table.header.map { $0.mapInlines(transform) }
            table.rows = table.rows.map { $0.map { $0.mapInlines(transform) } }
            return .table(table)
        case .codeBlock, .thematicBreak, .htmlBlock:
            return self
        }
    }
}

extension Array where Element == Inline {
    /// The inlines with each replaced by `transform`'s result, children first.
    public func mapInlines(_ transform: (Inline) -> Inline) -> [Inline] {
        map { inline in
            switch inline {
            case .emphasis(let content): transform(.emphasis(content.mapInlines(transform)))
            case .strong(let content): transform(.strong(content.mapInlines(transform)))
            case .strikethrough(let content): transform(.strikethrough(content.mapInlines(transform)))
            case .link(let destination, let title, let content):
                transform(.link(destination: destination, title: title, content: content.mapInlines(transform)))
            case .image(let source, let title, let alt):
                transform(.image(source: source, title: title, alt: alt.mapInlines(transform)))
            default: transform(inline)
            }
        }
    }
}
