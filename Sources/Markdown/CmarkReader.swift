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
    /// False inside a link or image, where text cannot hold another link.
    var linking = true

    func blocks(in parent: OpaquePointer) -> [Block] {
        let reader = Reader(source: source, depth: depth + 1)
        return children(of: parent).flatMap { node -> [Block] in
            if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH, reader.depth <= CmarkReader.maximumDepth {
                return reader.paragraphOrTable(node)
            }
            return reader.block(node).map { [$0] } ?? []
        }
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

    /// A paragraph, or the pipe table cmark read as one (libcmark knows no GFM tables): the paragraph's lines
    /// as cmark saw them, less container indentation and `>` markers, looked at by `PipeTable`. Lines before
    /// the table's header stay a paragraph of their own.
    private func paragraphOrTable(_ node: OpaquePointer) -> [Block] {
        let range = range(of: node)
        let first = Int(cmark_node_get_start_line(node)), last = Int(cmark_node_get_end_line(node))
        let column = Int(cmark_node_get_start_column(node))
        guard last > first else { return [.paragraph(inlines(in: node), range: range)] }
        let lines = (first...last).map { line -> Substring in
            let bytes = line == first
                ? source.rest(ofLine: line, fromColumn: column) : containerStripped(source.text.content(ofLine: line), column)
            return Substring(String(decoding: bytes, as: UTF8.self))
        }
        guard let table = PipeTable.find(in: lines) else { return [.paragraph(inlines(in: node), range: range)] }
        var blocks: [Block] = []
        let start = source.position(line: first + table.leading, column: 1)
        if table.leading > 0 {
            let text = lines[..<table.leading].joined(separator: "\n")
            blocks.append(.paragraph(inlines(ofText: text), range: SourceRange(start: range.start, end: start)))
        }
        blocks.append(.table(TableBlock(
            alignments: table.alignments, header: table.header.map(inlines(ofText:)),
            rows: table.rows.map { $0.map(inlines(ofText:)) }, range: SourceRange(start: start, end: range.end))))
        return blocks
    }

    /// A continuation line without the indentation and `>` markers of the containers around a paragraph
    /// that starts at `column`.
    private func containerStripped(_ line: ArraySlice<UInt8>, _ column: Int) -> ArraySlice<UInt8> {
        var rest = line
        var taken = 0
        while taken < column - 1, let byte = rest.first, byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") {
            rest = rest.dropFirst()
            taken += 1
        }
        return rest
    }

    /// The inlines of a piece of protected text (a table cell), read by cmark as a paragraph of its own. A
    /// no-break space in front keeps a cell such as `1. x` or `# x` from being read as a block, and counts as
    /// whitespace for emphasis, as the start of a cell does; it is removed again.
    private func inlines(ofText text: String) -> [Inline] {
        guard !text.isEmpty else { return [] }
        let guarded = Array(("\u{A0}" + text).utf8)
        let parsed = guarded.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT) }
        }
        guard let document = parsed else { return [.text(text)] }
        defer { cmark_node_free(document) }
        guard let paragraph = cmark_node_first_child(document), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH
        else { return [.text(text)] }
        var content = inlines(in: paragraph)
        if case .text(let leading)? = content.first, leading.hasPrefix("\u{A0}") {
            let rest = String(leading.dropFirst())
            if rest.isEmpty { content.removeFirst() } else { content[0] = .text(rest) }
        }
        return content
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

    /// The inlines under `parent`, with GitHub's strikethrough and (outside links) extended autolinks, which
    /// libcmark leaves as text.
    private func inlines(in parent: OpaquePointer, linking: Bool = true) -> [Inline] {
        let reader = Reader(source: source, depth: depth + 1, linking: self.linking && linking)
        let content = Strikethrough.apply(children(of: parent).flatMap(reader.inline).mergingAdjacentText())
        return reader.linking ? ExtendedAutolink.apply(content) : content
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
                   content: inlines(in: node, linking: false))]
        case CMARK_NODE_IMAGE:
            [.image(source: restored(cmark_node_get_url(node)), title: restored(cmark_node_get_title(node)),
                    alt: inlines(in: node, linking: false))]
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
