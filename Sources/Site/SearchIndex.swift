import Foundation
import Markdown
import Notebook

/// The prebuilt search index: for each section of each lesson (the part under a heading), the words in it.
/// Written as a small script that sets one global, so it loads from `file://` as well as from a server.
enum SearchIndex {
    /// A section: the heading's anchor (nil for the top of the page), its title and level, and its words.
    struct Section {
        var anchor: String?
        var title: String
        var level: Int
        var words: Set<String>
    }

    /// A lesson page and its sections in order.
    struct PageSections {
        var page: String
        var title: String
        var sections: [Section]
    }

    /// The sections of a lesson page: the top (title and summary, prose before the first heading), then one per
    /// heading, whose anchors come from the rendered article in the same order.
    static func sections(of content: PageContent, headings: [Heading], page: String) -> PageSections {
        let lesson = content.lesson
        var headingIDs = headings.makeIterator()
        var sections = [Section(
            anchor: nil, title: lesson.title, level: 1,
            words: words(lesson.title + " " + (lesson.frontMatter.summary ?? "")))]
        func add(_ text: String) { sections[sections.count - 1].words.formUnion(words(text)) }
        func walk(_ block: Block) {
            switch block {
            case .heading(let level, let content, _):
                let text = contentText(content)
                let id = headingIDs.next()?.id
                if level == 1, sections.count == 1 { add(text) } else {
                    sections.append(Section(anchor: id, title: text, level: level, words: words(text)))
                }
            case .paragraph(let inlines, _): add(contentText(inlines))
            case .blockQuote(let blocks, _): blocks.forEach(walk)
            case .list(let list): list.items.joined().forEach(walk)
            case .table(let table): (table.header + table.rows.joined()).forEach { add(contentText($0)) }
            case .codeBlock, .thematicBreak, .htmlBlock: break
            }
        }
        func contentText(_ inlines: [Inline]) -> String { content.text(of: inlines) }
        for block in lesson.blocks {
            switch block {
            case .prose(let prose): walk(prose)
            case .cell(let cell): add(cell.options.caption ?? "")
            }
        }
        return PageSections(page: page, title: lesson.title, sections: sections)
    }

    /// Lower case, accents removed, split at everything but letters and digits; one-letter words dropped.
    static func words(_ text: String) -> Set<String> {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return Set(folded.split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { $0.count > 1 })
    }

    /// `window.LESSONRUN_SEARCH = {pages, sections, terms}`: pages as [url, title], sections as [page, anchor,
    /// title], terms mapping each word to the sections that hold it. Sorted, so the same site gives the same bytes.
    static func script(_ pages: [PageSections]) -> String {
        var pageRows: [String] = []
        var sectionRows: [String] = []
        var terms: [String: [Int]] = [:]
        for (pageIndex, page) in pages.enumerated() {
            pageRows.append("[\(json(page.page)),\(json(page.title))]")
            for section in page.sections {
                for word in section.words { terms[word, default: []].append(sectionRows.count) }
                let title = section.anchor == nil ? "" : section.title
                sectionRows.append("[\(pageIndex),\(json(section.anchor ?? "")),\(json(title))]")
            }
        }
        let termRows = terms.keys.sorted().map { "\(json($0)):[\(terms[$0]!.map(String.init).joined(separator: ","))]" }
        return "window.LESSONRUN_SEARCH = {\n\"pages\": [\(pageRows.joined(separator: ",\n"))],\n"
            + "\"sections\": [\(sectionRows.joined(separator: ",\n"))],\n"
            + "\"terms\": {\(termRows.joined(separator: ",\n"))}\n};\n"
    }

    /// A JSON string literal.
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
