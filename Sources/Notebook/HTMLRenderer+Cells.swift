import Language

extension HTMLRenderer {
    /// A cell: its code (unless `echo: false`), its outputs in order (unless `output: false`), its errors
    /// (always), and its failed expectations (always), wrapped in a `<figure>` when it has a caption.
    mutating func write(_ shown: ShownCell) {
        let options = shown.cell.options
        let tag = options.caption == nil ? "div" : "figure"
        let state = shown.failed ? " failed" : ""
        html += "<\(tag) class=\"cell\(state)\" id=\"\(HTMLEscape.attribute(shown.cell.anchor))\">\n"
        if options.echo { writeCode(shown) }
        if options.output { writeOutputs(shown.outputs) }
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
        if let caption = options.caption {
            html += "<figcaption>\(HTMLEscape.text(caption))</figcaption>\n"
        }
        html += "</\(tag)>\n"
    }

    /// The highlighted code, each `//=>` line marked with its result; folded into `<details>` on request.
    private mutating func writeCode(_ shown: ShownCell) {
        let marks = Dictionary(grouping: shown.expectations) { $0.location.line - shown.cell.origin.line }
        let code = "<pre class=\"code\"><code>\(highlighted(shown.cell.code, marks: marks))</code></pre>\n"
        if shown.cell.options.fold {
            html += "<details class=\"code\">\n<summary>Code</summary>\n\(code)</details>\n"
        } else {
            html += code
        }
    }

    private mutating func writeOutputs(_ outputs: [ShownOutput]) {
        for output in outputs {
            switch output {
            case .text(let text):
                writePre(text, class: "output")
            case .value(let value):
                writePre(value, class: "value")
            case .figure(var svg):
                while svg.last?.isNewline == true { svg.removeLast() }
                html += "<div class=\"figure\">\n\(svg)\n</div>\n"
            case .table(let table):
                writeTableOutput(table)
            }
        }
    }
}
