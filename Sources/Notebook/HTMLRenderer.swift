import Foundation
import Language

/// The render stage: an executed lesson → one self-contained HTML5 page (embedded CSS, inline SVG, no
/// JavaScript, no external requests). The same lesson gives the same bytes.
public struct HTMLRenderer {
    let executed: ExecutedLesson
    /// The page so far.
    var html = ""
    /// Anchors handed out so far; headings take free ones after the cells have claimed theirs.
    var anchors: Set<String>

    init(_ executed: ExecutedLesson) {
        self.executed = executed
        anchors = Set(executed.lesson.cells.map(\.anchor))
    }

    public static func render(_ executed: ExecutedLesson) -> String {
        var renderer = HTMLRenderer(executed)
        renderer.writePage()
        return renderer.html
    }

    var lesson: Lesson { executed.lesson }

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
        html += "<title>\(HTMLEscape.text(lesson.title))</title>\n<style>\n\(Self.styleSheet)</style>\n</head>\n"
        html += "<body>\n<main>\n<article class=\"lesson\">\n"
        writeHeader()
        writeStatus()
        for block in lesson.blocks {
            switch block {
            case .prose(let block): write(block)
            case .cell(let cell): write(executed.runs[cell.index])
            }
        }
        html += "</article>\n</main>\n"
        writeFooter()
        html += "</body>\n</html>\n"
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
    /// matter, cells that cannot run where they are) show here too.
    private mutating func writeStatus() {
        if !lesson.diagnostics.isEmpty {
            writeDiagnostics(lesson.diagnostics, heading: "Lesson")
        }
        let failing = executed.runs.filter(\.failed)
        guard !failing.isEmpty else { return }
        let summary = Summary(executed, milliseconds: 0)
        var problems: [String] = []
        if summary.errors > 0 { problems.append(Summary.count(summary.errors, "error")) }
        if summary.expectationsFailed > 0 {
            problems.append(Summary.count(summary.expectationsFailed, "failed expectation"))
        }
        let links = failing.map { "<a href=\"#\(HTMLEscape.attribute($0.cell.anchor))\">cell \($0.cell.index + 1)</a>" }
        html += "<p class=\"status failed\" role=\"alert\">This lesson has \(problems.joined(separator: " and ")): "
        html += links.joined(separator: ", ") + ".</p>\n"
    }

    private mutating func writeFooter() {
        let name = URL(fileURLWithPath: lesson.path).lastPathComponent
        let counts = Summary(executed, milliseconds: 0).counts
        html += "<footer>\n<p>Rendered by lessonrun from \(HTMLEscape.text(name)): \(HTMLEscape.text(counts)).</p>\n"
        html += "</footer>\n"
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
