import Language
import Markdown

/// With `allow-html` off, raw HTML is dropped from the page. The author hears of it once per lesson, at the
/// first place it stands, as a warning that `render` and `build` print and that `check` reports without
/// failing: dropping it is the safe default, not a fault.
enum RawHTMLNotice {
    static let message = "raw HTML is dropped from the page; `allow-html: true` in the front matter keeps it"

    /// The notice for `lesson`, or nil when it holds no raw HTML or allows it.
    static func diagnostic(for lesson: Lesson) -> Diagnostic? {
        guard !lesson.frontMatter.allowHTML else { return nil }
        let prose = lesson.blocks.compactMap { block -> Block? in
            if case .prose(let block) = block { block } else { nil }
        }
        guard let line = firstLine(in: prose, lesson: lesson) else { return nil }
        let sourceLine = lesson.sourceLine(line)
        let column = (sourceLine.firstIndex(of: "<").map { sourceLine.distance(from: sourceLine.startIndex, to: $0) } ?? 0) + 1
        return .notebook(message, at: SourceLocation(file: lesson.path, line: line, column: column),
                         sourceLine: sourceLine, length: 1, severity: .warning)
    }

    static func isNotice(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.message == message
    }

    /// The file line of the first raw HTML in `blocks`, in document order.
    private static func firstLine(in blocks: [Block], lesson: Lesson) -> Int? {
        for block in blocks {
            let found: Int?
            switch block {
            case .htmlBlock(_, let range): found = range.start.line
            case .paragraph(let content, let range), .heading(_, let content, let range):
                found = firstHTML(in: content).map { raw in line(of: raw, in: range, lesson: lesson) }
            case .blockQuote(let children, _): found = firstLine(in: children, lesson: lesson)
            case .list(let list): found = list.items.lazy.compactMap { firstLine(in: $0, lesson: lesson) }.first
            case .table(let table):
                found = (table.header + table.rows.joined()).lazy.compactMap(firstHTML).first
                    .map { raw in line(of: raw, in: table.range, lesson: lesson) }
            case .codeBlock, .thematicBreak: found = nil
            }
            if let found { return found }
        }
        return nil
    }

    private static func firstHTML(in content: [Inline]) -> String? {
        for inline in content {
            switch inline {
            case .html(let raw): return raw
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .link(_, _, let inner), .image(_, _, let inner):
                if let raw = firstHTML(in: inner) { return raw }
            default: continue
            }
        }
        return nil
    }

    /// The line within `range` where the tag starts, found by its first line's text.
    private static func line(of raw: String, in range: SourceRange, lesson: Lesson) -> Int {
        let head = String(raw.prefix { $0 != "\n" })
        return (range.start.line...max(range.start.line, range.end.line)).first { lesson.sourceLine($0).contains(head) }
            ?? range.start.line
    }
}
