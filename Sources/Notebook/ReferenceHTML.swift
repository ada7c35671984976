import Figures
import Language

/// The swift-nn reference as HTML, for a site's reference page: each group of the registry under its heading,
/// each entry with an anchor (its key, `Tensor.sum`), its usage, its doc and its example, run here and shown
/// with its output, figures drawn and `//=>` lines marked as on a lesson page. No script.
public enum ReferenceHTML {
    /// One group's section; `failures` counts the examples that raised an error or failed a check.
    public static func section(_ group: ReferenceGroup, failures: inout Int) -> String {
        var html = "<section class=\"reference-group\" aria-labelledby=\"\(HTMLEscape.attribute(group.id))\">\n"
        html += "<h2 id=\"\(HTMLEscape.attribute(group.id))\">\(HTMLEscape.text(group.title))</h2>\n"
        for entry in group.entries { html += self.entry(entry, failures: &failures) }
        return html + "</section>\n"
    }

    static func entry(_ entry: ReferenceEntry, failures: inout Int) -> String {
        let id = HTMLEscape.attribute(entry.key)
        var html = "<section class=\"entry\" id=\"\(id)\">\n"
        html += "<h3><a href=\"#\(id)\"><code>\(HTMLEscape.text(entry.usage))</code></a></h3>\n"
        html += "<p>\(doc(entry.doc))</p>\n"
        if let example = entry.example {
            let result = Reference.run(example)
            if result.failed || result.expectations.contains(where: { !$0.passed }) { failures += 1 }
            html += cell(example.source, result)
        }
        let related = Reference.related(to: entry)
        if !related.isEmpty {
            let links = related.map { "<a href=\"#\(HTMLEscape.attribute($0.key))\"><code>\(HTMLEscape.text($0.key))</code></a>" }
            html += "<p class=\"see-also\">See also: \(links.joined(separator: ", "))</p>\n"
        }
        return html + "</section>\n"
    }

    /// The example as a lesson cell: highlighted code with each expectation's mark, then what it showed.
    private static func cell(_ source: String, _ result: CellResult) -> String {
        let marks = Dictionary(grouping: result.expectations) { $0.location.line - 1 }
        var html = "<div class=\"cell\">\n<pre class=\"code\"><code>\(HTMLRenderer.highlighted(source, marks: marks))</code></pre>\n"
        for output in result.outputs {
            switch output {
            case .text(let text): html += pre(text, class: "output")
            case .value(let value): html += pre(value, class: "value")
            case .figure(let figure):
                var svg = SVGRenderer.render(figure)
                while svg.last?.isNewline == true { svg.removeLast() }
                html += "<div class=\"figure\">\n\(svg)\n</div>\n"
            case .table(let table): html += pre(table.text, class: "output")
            case .savedFigure(let name, _):
                // A lesson's page links the file; the reference writes no files, so it says what would be written.
                html += pre("saved \(name) beside the page", class: "output")
            }
        }
        for diagnostic in result.diagnostics {
            html += pre("\(diagnostic.location.line):\(diagnostic.location.column): error: \(diagnostic.message)", class: "output")
        }
        return html + "</div>\n"
    }

    private static func pre(_ text: String, class name: String) -> String {
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return "<pre class=\"\(name)\">\(body.hasPrefix("\n") ? "\n" : "")\(HTMLEscape.text(body))</pre>\n"
    }

    /// A doc line with its `backticked` names as code.
    static func doc(_ text: String) -> String {
        guard text.filter({ $0 == "`" }).count % 2 == 0 else { return HTMLEscape.text(text) }
        return text.split(separator: "`", omittingEmptySubsequences: false).enumerated().map { index, piece in
            index % 2 == 1 ? "<code>\(HTMLEscape.text(String(piece)))</code>" : HTMLEscape.text(String(piece))
        }.joined()
    }
}
