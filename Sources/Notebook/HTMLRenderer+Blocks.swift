import Language
import Markdown

extension HTMLRenderer {
    /// One prose block; raw HTML blocks reach the page only when the front matter has `allow-html: true`.
    mutating func write(_ block: Block) {
        switch block {
        case .heading(let level, let content, _):
            let plain = PlainText.of(content)
            let id = claimAnchor(for: plain)
            let inner = inlines(content)
            headings.append(Heading(level: level, id: id, html: inner))
            writeHeading(level: level, id: id, inner: inner, plain: plain)
        case .paragraph(let content, _):
            writeParagraph(content)
        case .codeBlock(let code):
            writeListing(code)
        case .blockQuote(let blocks, _):
            html += "<blockquote>\n"
            blocks.forEach { write($0) }
            html += "</blockquote>\n"
        case .list(let list):
            writeList(list)
        case .thematicBreak:
            html += "<hr>\n"
        case .htmlBlock(let raw, _):
            if lesson.frontMatter.allowHTML { html += raw.hasSuffix("\n") ? raw : raw + "\n" }
        case .table(let table):
            writeTable(table)
        }
    }

    /// A pipe table; alignment is a style, since HTML5 has no `align` attribute.
    private mutating func writeTable(_ table: TableBlock) {
        func row(_ cells: [[Inline]], tag: String) {
            html += "<tr>\n"
            for (column, cell) in cells.enumerated() {
                let alignment = table.alignments.indices.contains(column) ? table.alignments[column] : nil
                let style = alignment.map { " style=\"text-align: \($0.rawValue)\"" } ?? ""
                html += "<\(tag)\(style)>\(inlines(cell))</\(tag)>\n"
            }
            html += "</tr>\n"
        }
        html += "<div class=\"table\"><table>\n<thead>\n"
        row(table.header, tag: "th")
        html += "</thead>\n"
        if !table.rows.isEmpty {
            html += "<tbody>\n"
            table.rows.forEach { row($0, tag: "td") }
            html += "</tbody>\n"
        }
        html += "</table></div>\n"
    }

    /// A paragraph that holds only display math becomes a math block.
    private mutating func writeParagraph(_ content: [Inline]) {
        let meaningful = content.filter { inline in
            switch inline {
            case .softBreak, .lineBreak: false
            case .text(let text): !text.trimmingBlanks().isEmpty
            default: true
            }
        }
        if meaningful.count == 1, case .math(let span) = meaningful[0], span.display {
            html += "<div class=\"math display\">\(math(span))</div>\n"
        } else {
            html += "<p>\(inlines(content))</p>\n"
        }
    }

    /// A code block that is not a cell: shown as written, its last line break kept as cmark keeps it;
    /// `swift-nn` code is still highlighted. The language is the info string's first word as cmark decoded
    /// it (entities, escapes); escaped as an attribute, any word is a safe class name.
    private mutating func writeListing(_ code: CodeBlock) {
        let language = code.info.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
        let body = language == LessonParser.cellLanguage
            ? Self.highlighted(code.code.hasSuffix("\n") ? String(code.code.dropLast()) : code.code, marks: [:]) + "\n"
            : HTMLEscape.markdown(code.code)
        let attribute = language.isEmpty ? "" : " class=\"language-\(HTMLEscape.attribute(language))\""
        html += "<pre class=\"listing\"><code\(attribute)>\(body)</code></pre>\n"
        wroteCode = true
    }

    private mutating func writeList(_ list: ListBlock) {
        let tag = list.ordered ? "ol" : "ul"
        let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
        html += "<\(tag)\(start)>\n"
        for item in list.items {
            html += "<li>"
            for (position, block) in item.enumerated() {
                if list.tight, case .paragraph(let content, _) = block {
                    html += (position > 0 ? "\n" : "") + inlines(content)
                } else {
                    html += position == 0 ? "\n" : ""
                    write(block)
                }
            }
            html += "</li>\n"
        }
        html += "</\(tag)>\n"
    }

    /// A heading anchor from its text ("Gradient descent" → `gradient-descent`), unique on the page.
    mutating func claimAnchor(for text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        let base = slug.isEmpty ? "section" : slug
        var anchor = base
        var suffix = nextSuffix[base] ?? 2
        while anchors.contains(anchor) {
            anchor = "\(base)-\(suffix)"
            suffix += 1
        }
        nextSuffix[base] = suffix
        anchors.insert(anchor)
        return anchor
    }
}
