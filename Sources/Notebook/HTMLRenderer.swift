import Foundation
import Language

/// The render stage: an executed lesson → one self-contained HTML5 page (embedded CSS, inline SVG, no
/// JavaScript, no external requests), or the lesson's `<article>` for a site to frame. The same lesson gives
/// the same bytes.
public struct HTMLRenderer {
    let content: PageContent
    /// The page so far.
    var html = ""
    /// Anchors handed out so far; headings take free ones after the cells have claimed theirs.
    var anchors: Set<String>
    /// For each heading slug, the next number to try after it, so a page of many same-named headings takes
    /// linear time.
    var nextSuffix: [String: Int] = [:]
    /// Figures numbered so far on the page.
    var figureCount = 0
    /// Whether a cell's code or a listing has been written, which the copy buttons' script is for.
    var wroteCode = false
    /// The headings written so far, in order.
    var headings: [Heading] = []
    /// Warnings found while rendering.
    let findings = RenderFindings()
    /// The macros in force, growing as formulas define them in document order.
    let mathMacros: MathMacros

    init(_ content: PageContent) {
        self.content = content
        anchors = Set(content.lesson.cells.map(\.anchor) + content.lesson.inlineCells.map(\.anchor))
        mathMacros = MathMacros(content.lesson.frontMatter.macros)
        if let notice = RawHTMLNotice.diagnostic(for: content.lesson) { findings.report(notice) }
    }

    var lesson: Lesson { content.lesson }

    /// The standalone page of a run.
    public static func render(_ executed: ExecutedLesson) -> String {
        page(PageContent(executed)).html
    }

    /// The standalone page: the article in a document with the stylesheet embedded.
    public static func page(_ content: PageContent) -> RenderedPage {
        var renderer = HTMLRenderer(content)
        renderer.writePage()
        return RenderedPage(html: renderer.html, diagnostics: renderer.findings.diagnostics)
    }

    /// The lesson's `<article>` alone, for a site to put in a page of its own.
    public static func article(_ content: PageContent) -> Article {
        var renderer = HTMLRenderer(content)
        renderer.writeArticle()
        return Article(html: renderer.html, headings: renderer.headings, diagnostics: renderer.findings.diagnostics)
    }

    mutating func writePage() {
        html += """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <meta name="generator" content="lessonrun">

            """
        if let summary = lesson.frontMatter.summary {
            html += "<meta name=\"description\" content=\"\(HTMLEscape.attribute(summary))\">\n"
        }
        html += "<title>\(HTMLEscape.text(lesson.title))</title>\n<style>\n\(Self.pageStyleSheet)</style>\n</head>\n"
        html += "<body>\n<main>\n"
        writeArticle()
        html += "</main>\n"
        writeFooter()
        html += "</body>\n</html>\n"
    }

    /// The lesson itself: its title, its status, then prose and cells in order.
    mutating func writeArticle() {
        html += "<article class=\"lesson\(printClass)\">\n"
        writeHeader()
        var blocks = lesson.blocks[...]
        if case .prose(.heading(1, _, _))? = blocks.first, let title = blocks.popFirst(), case .prose(let heading) = title {
            write(heading)
        }
        writeStatus()
        for block in blocks {
            switch block {
            case .prose(let block): write(block)
            case .cell(let cell): write(content.cells[cell.index])
            }
        }
        writeCopyScript()
        html += "</article>\n"
    }

    /// A front matter title becomes the page heading unless the prose already starts the page with one.
    private mutating func writeHeader() {
        let hasHeading = lesson.blocks.contains { block in
            if case .prose(.heading(1, _, _)) = block { true } else { false }
        }
        guard let title = lesson.frontMatter.title, !hasHeading else { return }
        html += "<header>\n<h1>\(HTMLEscape.text(title))</h1>\n"
        if let summary = lesson.frontMatter.summary {
            html += "<p class=\"summary\">\(HTMLEscape.text(summary))</p>\n"
        }
        html += "</header>\n"
    }

    /// A failing lesson says so at the top, with links to the cells that fail; lesson-wide findings (front
    /// matter, links, cells that cannot run where they are) show here too.
    private mutating func writeStatus() {
        if !lesson.diagnostics.isEmpty {
            writeDiagnostics(lesson.diagnostics, heading: "Lesson")
        }
        let summary = content.summary
        guard summary.failed else { return }
        var problems: [String] = []
        if summary.errors > 0 { problems.append(Summary.count(summary.errors, "error")) }
        if summary.expectationsFailed > 0 {
            problems.append(Summary.count(summary.expectationsFailed, "failed expectation"))
        }
        let failing = content.cells.filter(\.failed).map {
            "<a href=\"#\(HTMLEscape.attribute($0.cell.anchor))\">cell \($0.cell.index + 1)</a>"
        } + content.inlineRuns.filter(\.failed).map {
            "<a href=\"#\(HTMLEscape.attribute($0.cell.anchor))\">value \($0.cell.index + 1)</a>"
        }
        html += "<p class=\"status failed\" role=\"alert\">This lesson has \(problems.joined(separator: " and "))"
        html += failing.isEmpty ? ".</p>\n" : ": " + failing.joined(separator: ", ") + ".</p>\n"
    }

    private mutating func writeFooter() {
        let name = URL(fileURLWithPath: lesson.path).lastPathComponent
        html += "<footer>\n<p>Rendered by lessonrun from \(HTMLEscape.text(name)): "
        html += "\(HTMLEscape.text(content.summary.counts)).</p>\n</footer>\n"
    }

    /// Findings in a visible box, printed as on the terminal (without colour).
    mutating func writeDiagnostics(_ diagnostics: [Diagnostic], heading: String, expected: Bool = false) {
        let kind = expected ? "expected" : diagnostics.contains { $0.severity == .error } ? "error" : "warning"
        html += "<div class=\"diagnostics \(kind)\"\(kind == "error" ? " role=\"alert\"" : "")>\n"
        html += "<p class=\"label\">\(HTMLEscape.text(heading))</p>\n"
        for diagnostic in diagnostics {
            writePre(DiagnosticPrinter.format(diagnostic, color: false), class: "diagnostic")
        }
        html += "</div>\n"
    }

    /// A `<pre>` block; HTML drops one newline right after `<pre>`, so a leading one is doubled.
    mutating func writePre(_ text: String, class name: String) {
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        let guardNewline = body.hasPrefix("\n") ? "\n" : ""
        html += "<pre class=\"\(name)\">\(guardNewline)\(HTMLEscape.text(body))</pre>\n"
    }
}
