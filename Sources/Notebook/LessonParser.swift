import Foundation
import Language
import Markdown

/// The parse stage: Markdown text → `Lesson` (front matter, prose blocks, cells with their options).
public enum LessonParser {
    /// The info-string word that makes a fenced code block a cell.
    public static let cellLanguage = "swift-nn"

    /// Reads and parses the lesson at `path`; only reading can fail, parse problems become diagnostics.
    public static func parse(contentsOf path: String) throws(NotebookError) -> Lesson {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw NotebookError(.read, "cannot read \(path): no such file")
        }
        guard !isDirectory.boolValue else {
            throw NotebookError(.read, "cannot read \(path): it is a directory")
        }
        // A named pipe or a device would block the read, or never end it.
        guard FilePaths.isRegularFile(path) else {
            throw NotebookError(.read, "cannot read \(path): not a regular file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NotebookError(.read, "cannot read \(path): permission denied or unreadable")
        }
        guard let source = String(data: data, encoding: .utf8) else {
            throw NotebookError(.read, "cannot read \(path): not UTF-8 text")
        }
        var lesson = parse(source, path: path)
        let course = CourseMacros.nearest(to: path)
        lesson.frontMatter.macros = course.macros.merging(lesson.frontMatter.macros) { _, own in own }
        lesson.diagnostics = course.diagnostics + lesson.diagnostics
        return lesson
    }

    /// Parses lesson text; `path` names the lesson in diagnostics and origins.
    /// Any line endings (`\n`, `\r\n`, a lone `\r`) and a byte-order mark are read alike.
    public static func parse(_ source: String, path: String) -> Lesson {
        let text = TextLines(source)
        let lines = text.lines
        let document = Markdown.parse(text.normalized)
        var diagnostics: [Diagnostic] = []
        var frontMatter = FrontMatter()
        if let yaml = document.frontMatter {
            let parser = FrontMatterParser(path: path, sourceLines: lines, firstLine: 2)
            (frontMatter, diagnostics) = parser.parse(yaml)
        }
        var blocks: [LessonBlock] = []
        var inlineCells = InlineCellExtractor(path: path, lines: lines)
        var cellCount = 0
        var labels: [String: Int] = [:]
        for block in document.blocks {
            if case .codeBlock(let code) = block, isCell(code) {
                let cell = makeCell(code, index: cellCount, path: path, lines: lines, labels: labels)
                blocks.append(.cell(cell))
                cellCount += 1
                if let label = cell.options.label { labels[label] = cellCount }
            } else {
                diagnostics += nestedCellWarnings(in: block, path: path, lines: lines)
                blocks.append(.prose(inlineCells.extract(from: block, blockIndex: blocks.count)))
            }
        }
        let title = frontMatter.title ?? firstHeading(in: document.blocks) ?? fileTitle(path)
        return Lesson(
            path: path, title: title, frontMatter: frontMatter, blocks: blocks, inlineCells: inlineCells.cells,
            diagnostics: diagnostics, sourceLines: lines)
    }

    static func isCell(_ code: CodeBlock) -> Bool {
        code.fenced && code.info.split(whereSeparator: \.isWhitespace).first == Substring(cellLanguage)
    }

    private static func makeCell(
        _ code: CodeBlock, index: Int, path: String, lines: [String], labels: [String: Int]
    ) -> Cell {
        let parser = CellOptionsParser(
            path: path, sourceLines: lines, firstLine: code.firstCodeLine, indent: code.indent, takenLabels: labels)
        let parsed = parser.parse(code.code)
        let origin = SourceOrigin(
            file: path, line: code.firstCodeLine + parsed.optionLineCount, column: code.indent + 1)
        return Cell(
            index: index, code: parsed.code, options: parsed.options, origin: origin, range: code.range,
            diagnostics: parsed.diagnostics)
    }

    /// Cells run only at the top level of a lesson; a `swift-nn` fence in a list or quote is shown, not run.
    private static func nestedCellWarnings(in block: Block, path: String, lines: [String]) -> [Diagnostic] {
        let children: [Block]
        switch block {
        case .blockQuote(let blocks, _): children = blocks
        case .list(let list): children = list.items.flatMap { $0 }
        default: return []
        }
        return children.flatMap { child -> [Diagnostic] in
            guard case .codeBlock(let code) = child, isCell(code) else {
                return nestedCellWarnings(in: child, path: path, lines: lines)
            }
            let line = code.range.start.line
            let sourceLine = lines.indices.contains(line - 1) ? lines[line - 1] : ""
            return [.notebook(
                "this swift-nn block is inside a list or quote, so it is shown but not run; "
                    + "move it to the top level to run it",
                at: SourceLocation(file: path, line: line, column: code.range.start.column), sourceLine: sourceLine,
                severity: .warning)]
        }
    }

    private static func firstHeading(in blocks: [Block]) -> String? {
        for case .heading(1, let content, _) in blocks {
            let text = PlainText.of(content).trimmingBlanks()
            if !text.isEmpty { return text }
        }
        return nil
    }

    private static func fileTitle(_ path: String) -> String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name.isEmpty ? path : name
    }
}
