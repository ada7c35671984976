import Figures
import Foundation
import Language
import Markdown
import Math

/// Everything a lesson page shows: the lesson's prose, its cells as shown (figures drawn), the values of its
/// inline `{nn}` code, and the counts. A fresh run and a build's cache both produce one; one renderer draws it.
public struct PageContent: Sendable {
    public var lesson: Lesson
    /// One per cell: `cells[cell.index]` belongs to `cell`.
    public var cells: [ShownCell]
    /// One per inline cell: `inlineRuns[inline.index]` belongs to `inline`.
    public var inlineRuns: [InlineRun]
    /// Cells' code already highlighted (`HTMLRenderer.highlightedLines`), by cell index; a cell not here is
    /// highlighted as the page is written.
    var highlightedCode: [Int: [String]] = [:]
    /// The prose's formulas already converted (`MathMacros.preparedFormulas`), in page order; the render
    /// converts those it does not find here in order.
    var preparedFormulas: [PreparedFormula] = []

    public init(lesson: Lesson, cells: [ShownCell], inlineRuns: [InlineRun]) {
        self.lesson = lesson
        self.cells = cells
        self.inlineRuns = inlineRuns
    }

    /// The page content of a run. Figures are drawn on all cores: a lesson's figures are independent, and
    /// drawing them is a good part of a render.
    public init(_ executed: ExecutedLesson) {
        let figures = executed.runs.map { $0.figures + $0.savedFigures.map(\.figure) }
        let tables = MathMacros.tablesAtCells(of: executed.lesson)
        let jobs = zip(zip(figures, tables), executed.runs).flatMap { pair, run in
            pair.0.map { (figure: $0, table: pair.1, limit: run.drawingTimeLimit) }
        }
        let drawn = ParallelMap.map(jobs, jobs: ProcessInfo.processInfo.activeProcessorCount) { job in
            Macros.$inForce.withValue(job.table) { SVGRenderer.render(job.figure, within: job.limit) }
        }
        self.init(executed, drawn: drawn)
    }

    /// The page content of a run whose figures are drawn already: each cell's shown figures, then its saved
    /// ones, cell after cell.
    init(_ executed: ExecutedLesson, drawn: [String?]) {
        let figures = executed.runs.map { $0.figures + $0.savedFigures.map(\.figure) }
        var offset = 0
        let cells = zip(executed.runs, figures).map { run, own in
            defer { offset += own.count }
            let shown = run.figures.count
            return ShownCell(run, drawn: Array(drawn[offset..<(offset + shown)]),
                             saved: Array(drawn[(offset + shown)..<(offset + own.count)]), lesson: executed.lesson)
        }
        self.init(lesson: executed.lesson, cells: cells, inlineRuns: executed.inlineRuns)
    }

    /// The SVG files `savefig` asked for, by name, in the order they were saved; a name saved again keeps
    /// its last figure, as a file written twice would.
    public var savedFigures: [(name: String, svg: String)] {
        var order: [String] = []
        var files: [String: String] = [:]
        for case .savedFigure(let name, let svg) in cells.flatMap(\.outputs) {
            if files[name] == nil { order.append(name) }
            files[name] = svg
        }
        return order.map { ($0, files[$0] ?? "") }
    }

    /// The counts, without a time.
    public var summary: Summary {
        Summary(lesson: lesson, cells: cells.map(\.facts), inlineRuns: inlineRuns, milliseconds: 0)
    }

    /// What the author should read on the terminal, in lesson order: the lesson's own findings, then each
    /// cell's and each inline value's by line.
    public var findings: [Diagnostic] {
        let located = cells.flatMap { $0.findings(in: lesson) } + inlineRuns.flatMap { $0.findings(in: lesson) }
        return lesson.diagnostics + located.enumerated().sorted { a, b in
            (a.element.location.line, a.offset) < (b.element.location.line, b.offset)
        }.map(\.element)
    }
}

extension PageContent {
    /// The text a reader sees in some of the lesson's prose, inline values written as shown: for search
    /// indexes and summaries.
    public func text(of inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): text
            case .code(let code):
                InlineCell.unmark(code).map { inlineRuns.indices.contains($0.index) ? inlineRuns[$0.index].shown : $0.code }
                    ?? code
            case .emphasis(let content), .strong(let content), .strikethrough(let content), .link(_, _, let content), .image(_, _, let content):
                text(of: content)
            case .softBreak, .lineBreak: " "
            case .html: ""
            case .math(let span): span.tex
            }
        }.joined()
    }
}
