import Foundation
import Language
import Markdown
import Math

extension HTMLRenderer {
    /// A formula as MathML, converted at build time. A formula with problems still renders (an unknown command
    /// shows as a red error in place); each problem is reported as a warning at its place in the lesson file.
    func math(_ span: MathSpan) -> String {
        let result = mathMacros.converted(span, prepared: content.preparedFormulas)
        for warning in result.warnings {
            let (line, column) = Self.place(of: warning, in: span, lines: lesson.sourceLine)
            findings.report(.notebook(
                warning.message, at: SourceLocation(file: lesson.path, line: line, column: column),
                sourceLine: lesson.sourceLine(line), length: warning.length, severity: .warning,
                suggestion: warning.suggestion))
        }
        return result.markup
    }

    /// The file line and column of a warning inside a formula. The span gives where its opening delimiter
    /// stands, and the delimiter's length is read from the file (`$` 1; `$$`, `\(` and `\[` 2; a bare
    /// `\begin` 0). A later line of the formula is found in its file line, after any `>` quote markers.
    static func place(of warning: MathWarning, in span: MathSpan, lines: (Int) -> String) -> (line: Int, column: Int) {
        let line = span.position.line + warning.line - 1
        guard warning.line == 1 else {
            let texLines = span.tex.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            let texLine = texLines.indices.contains(warning.line - 1) ? String(texLines[warning.line - 1]) : ""
            let fileLine = lines(line)
            let start = texLine.isEmpty ? nil : fileLine.range(of: texLine)?.lowerBound
            return (line, (start.map { fileLine.distance(from: fileLine.startIndex, to: $0) } ?? 0) + warning.column)
        }
        let opening = lines(span.position.line).dropFirst(span.position.column - 1)
        let delimiter = ["$$", "\\(", "\\["].contains { opening.hasPrefix($0) } ? 2 : opening.hasPrefix("$") ? 1 : 0
        return (line, span.position.column + delimiter + warning.column - 1)
    }
}

/// The macro table of one page's render. A reference, like `RenderFindings`, so rendering code that does
/// not mutate the renderer can still let a formula's `\newcommand` serve the formulas after it.
final class MathMacros {
    var table = Macros()
    /// How many of the page's prepared formulas the render has used, in order; nil once it asked for a formula
    /// out of that order, after which it converts every formula itself.
    private var preparedUsed: Int? = 0

    /// The table the front matter and course.yml define, checked when they were read.
    init(_ definitions: [String: String]) {
        table = Self.configured(definitions)
    }

    static func configured(_ definitions: [String: String]) -> Macros {
        var table = Macros()
        for (name, body) in definitions.sorted(by: { $0.key < $1.key }) { _ = table.define(name, as: body) }
        return table
    }

    /// `span` as MathML, with this table in force and changed as the formula defines. The prepared formula next
    /// in order is used when it is this one: both started from the same table and converted the same formulas
    /// before it, so the result and the table after it are the same.
    func converted(_ span: MathSpan, prepared: [PreparedFormula]) -> MathResult {
        if let used = preparedUsed, used < prepared.count, prepared[used].tex == span.tex,
           prepared[used].display == span.display {
            preparedUsed = used + 1
            table = prepared[used].tableAfter
            return prepared[used].result
        }
        preparedUsed = nil
        return TeX.mathML(span.tex, display: span.display, macros: &table)
    }

    /// Every formula of the lesson's prose converted in page order, from the table the front matter defines:
    /// what rendering the page converts, done beforehand (on another core, while the cells run).
    static func preparedFormulas(of lesson: Lesson) -> [PreparedFormula] {
        var table = configured(lesson.frontMatter.macros)
        var formulas: [PreparedFormula] = []
        for case .prose(let prose) in lesson.blocks {
            _ = prose.mapInlines { inline in
                if case .math(let span) = inline {
                    let result = TeX.mathML(span.tex, display: span.display, macros: &table)
                    formulas.append(PreparedFormula(tex: span.tex, display: span.display, result: result, tableAfter: table))
                }
                return inline
            }
        }
        return formulas
    }

    /// The macros in force at each cell, in cell order: the configured ones and those the formulas of the
    /// prose before the cell define. A cell's figure labels are drawn with them.
    static func tablesAtCells(of lesson: Lesson) -> [Macros] {
        var table = configured(lesson.frontMatter.macros)
        var tables: [Macros] = []
        for block in lesson.blocks {
            switch block {
            case .cell: tables.append(table)
            case .prose(let prose):
                _ = prose.mapInlines { inline in
                    if case .math(let span) = inline, table.mayChange(converting: span.tex) {
                        _ = TeX.mathML(span.tex, display: span.display, macros: &table)
                    }
                    return inline
                }
            }
        }
        return tables
    }
}

/// One formula converted before the page is written, with the macro table as the formula left it.
struct PreparedFormula: Sendable {
    let tex: String
    let display: Bool
    let result: MathResult
    let tableAfter: Macros
}
