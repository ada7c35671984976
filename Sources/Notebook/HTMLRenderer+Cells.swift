import Language

extension HTMLRenderer {
    /// A cell: its code (unless `echo: false`), its outputs in order (unless `output: false`), its errors
    /// (always), and its failed expectations (always); its caption goes to its first figure, or, when it shows
    /// none, the cell becomes a captioned `<figure>` itself.
    mutating func write(_ shown: ShownCell) {
        let options = shown.cell.options
        // A caption goes to the cell's first figure when it has one, else to the cell.
        let captionsFigure = options.output && shown.outputs.contains { if case .figure = $0 { true } else { false } }
        let tag = options.caption == nil || captionsFigure ? "div" : "figure"
        let state = shown.failed ? " failed" : ""
        html += "<\(tag) class=\"cell\(state)\" id=\"\(HTMLEscape.attribute(shown.cell.anchor))\">\n"
        if options.echo { writeCode(shown) }
        if options.output { writeOutputs(shown.outputs, caption: options.caption) }
        if !shown.reportedDiagnostics.isEmpty {
            writeDiagnostics(shown.reportedDiagnostics, heading: shown.errors.isEmpty ? "Warning" : "Error")
        }
        if shown.errorExpected, options.output {
            writeDiagnostics(shown.languageDiagnostics, heading: "Expected error", expected: true)
        }
        if !shown.failedExpectations.isEmpty {
            let failures = shown.failedExpectations.map { $0.diagnostic(in: lesson) }
            writeDiagnostics(failures, heading: Summary.count(failures.count, "failed expectation"))
        }
        if let caption = options.caption, !captionsFigure {
            html += "<figcaption>\(HTMLEscape.text(caption))</figcaption>\n"
        }
        html += "</\(tag)>\n"
    }

    /// The highlighted code, each `//=>` line marked with its result; folded into `<details>` on request, with
    /// a hidden copy that only print shows (a closed `<details>` cannot be opened by CSS everywhere).
    private mutating func writeCode(_ shown: ShownCell) {
        let marks = Dictionary(grouping: shown.expectations) { $0.location.line - shown.cell.origin.line }
        let highlighted = Self.highlighted(shown.cell.code, marks: marks, lines: content.highlightedCode[shown.cell.index])
        let code = "<pre class=\"code\"><code>\(highlighted)</code></pre>\n"
        wroteCode = true
        if shown.cell.options.fold {
            html += "<details class=\"code\">\n<summary>Code</summary>\n\(code)</details>\n"
            html += "<pre class=\"code print-copy\" hidden>" + code.dropFirst("<pre class=\"code\">".count)
        } else {
            html += code
        }
    }

    private mutating func writeOutputs(_ outputs: [ShownOutput], caption: String?) {
        var caption = caption
        for output in outputs {
            switch output {
            case .text(let text):
                writePre(text, class: "output")
            case .value(let value):
                writePre(value, class: "value")
            case .figure(var svg):
                while svg.last?.isNewline == true { svg.removeLast() }
                writeFigure(svg, caption: caption)
                caption = nil
            case .savedFigure(let name, _):
                let escaped = HTMLEscape.attribute(name)
                html += "<p class=\"saved-figure\">Saved as <a href=\"\(escaped)\">\(HTMLEscape.text(name))</a></p>\n"
            case .table(let table):
                writeTableOutput(table)
            }
        }
    }
}
