import CCmark

/// The one file that speaks cmark: parses the protected text, reads the C tree once into `Block` and
/// `Inline` values carrying original-file positions, and frees the tree before returning.
enum CmarkReader {
    /// Containers nested deeper than this (only hostile input gets there) are read as their plain text,
    /// so the recursive reading cannot exhaust a thread's stack.
    static let maximumDepth = 100

    static func blocks(of source: ProtectedSource) -> [Block] {
        let bytes = source.text.bytes
        guard !bytes.isEmpty else { return [] }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { text in
                cmark_parse_document(text.baseAddress, text.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let document = parsed else { return [] }
        defer { cmark_node_free(document) }
        return Reader(source: source).blocks(in: document)
    }
}

/// Walks one parsed tree. Strings cmark hands out belong to their nodes and are copied, never freed here.
private struct Reader {
    let source: ProtectedSource
    var depth = 0

    func blocks(in parent: OpaquePointer) -> [Block] {
        let reader = Reader(source: source, depth: depth + 1)
        return children(of: parent).compactMap(reader.block)
    }

    private func block(_ node: OpaquePointer) -> Block? {
        let range = range(of: node)
        if depth > CmarkReader.maximumDepth { return .paragraph([.text(flattenedText(of: node))], range: range) }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(in: node), range: range)
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), content: inlines(in: node), range: range)
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(codeBlock(node, range: range))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(blocks(in: node), range: range)
        case CMARK_NODE_LIST:
            return .list(list(node, range: range))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak(range: range)
        case CMARK_NODE_HTML_BLOCK:
            return .htmlBlock(source.restoringMath(in: literal(of: node)), range: range)
        default:
            return nil
        }
    }

    private func codeBlock(_ node: OpaquePointer, range: SourceRange) -> CodeBlock {
        let line = Int(cmark_node_get_start_line(node))
        let info = string(cmark_node_get_fence_info(node))
        let code = literal(of: node)
        let fenced = isFenced(line: line, column: Int(cmark_node_get_start_column(node)), info: info, code: code)
        return CodeBlock(info: info, code: source.restoringMath(in: code), range: range,
                         firstCodeLine: source.originalLine(fenced ? line + 1 : line),
                         indent: max(range.start.column - 1, 0), fenced: fenced)
    }

    /// cmark 0.30 has no accessor for "fenced". A fenced block starts at its fence line; an indented one at
    /// its first code line, which may itself look like a fence. Only a fenced block has an info string,
    /// and a fenced block's first code line cannot repeat a bare fence line (it would close the block).
    private func isFenced(line: Int, column: Int, info: String, code: String) -> Bool {
        let start = source.rest(ofLine: line, fromColumn: column)
        guard CodeFence(start) != nil else { return false }
        guard info.isEmpty else { return true }
        let firstCodeLine = Array(code.utf8.prefix { !ASCII.isLineBreak($0) })[...]
        return CodeFence.trimmed(firstCodeLine) != CodeFence.trimmed(start)
    }

    private func list(_ node: OpaquePointer, range: SourceRange) -> ListBlock {
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        return ListBlock(ordered: ordered, start: ordered ? Int(cmark_node_get_list_start(node)) : 1,
                         tight: cmark_node_get_list_tight(node) != 0,
                         items: children(of: node).map { blocks(in: $0) }, range: range)
    }

    private func inlines(in parent: OpaquePointer) -> [Inline] {
        let reader = Reader(source: source, depth: depth + 1)
        return children(of: parent).flatMap(reader.inline).mergingAdjacentText()
    }

    private func inline(_ node: OpaquePointer) -> [Inline] {
        if depth > CmarkReader.maximumDepth { return [.text(flattenedText(of: node))] }
        return switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: source.inlines(inText: literal(of: node))
        case CMARK_NODE_CODE: [.code(source.restoringMath(in: literal(of: node)))]
        case CMARK_NODE_HTML_INLINE: [.html(source.restoringMath(in: literal(of: node)))]
        case CMARK_NODE_SOFTBREAK: [.softBreak]
        case CMARK_NODE_LINEBREAK: [.lineBreak]
        case CMARK_NODE_EMPH: [.emphasis(inlines(in: node))]
        case CMARK_NODE_STRONG: [.strong(inlines(in: node))]
        case CMARK_NODE_LINK:
            [.link(destination: restored(cmark_node_get_url(node)), title: restored(cmark_node_get_title(node)),
                   content: inlines(in: node))]
        case CMARK_NODE_IMAGE:
            [.image(source: restored(cmark_node_get_url(node)), title: restored(cmark_node_get_title(node)),
                    alt: inlines(in: node))]
        default: []
        }
    }

    private func range(of node: OpaquePointer) -> SourceRange {
        SourceRange(
            start: source.position(line: Int(cmark_node_get_start_line(node)),
                                   column: Int(cmark_node_get_start_column(node))),
            end: source.position(line: Int(cmark_node_get_end_line(node)),
                                 column: Int(cmark_node_get_end_column(node))))
    }

    /// The text of every leaf under `node`, gathered with cmark's iterator rather than by recursion.
    private func flattenedText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var pieces: [String] = []
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let leaf = cmark_iter_get_node(iterator) {
                switch cmark_node_get_type(leaf) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                    pieces.append(source.restoringMath(in: literal(of: leaf)))
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                    pieces.append(" ")
                default:
                    break
                }
            }
            event = cmark_iter_next(iterator)
        }
        return String(pieces.joined().drop { $0 == " " })
    }

    private func children(of parent: OpaquePointer) -> [OpaquePointer] {
        var children: [OpaquePointer] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            children.append(node)
            child = cmark_node_next(node)
        }
        return children
    }

    private func literal(of node: OpaquePointer) -> String { string(cmark_node_get_literal(node)) }

    private func restored(_ text: UnsafePointer<CChar>?) -> String {
        source.restoringMath(in: string(text), resolvingEscapes: true)
    }

    private func string(_ text: UnsafePointer<CChar>?) -> String { text.map { String(cString: $0) } ?? "" }
}
