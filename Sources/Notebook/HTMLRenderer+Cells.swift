import Figures
import Language

extension HTMLRenderer {
    /// A cell: its code (unless `echo: false`), its outputs in order (unless `output: false`), its errors
    /// (always), and its failed expectations (always), wrapped in a `<figure>` when it has a caption.
    mutating func write(_ run: CellRun) {
        let options = run.cell.options
        let tag = options.caption == nil ? "div" : "figure"
        let state = run.failed ? " failed" : ""
        html += "<\(tag) class=\"cell\(state)\" id=\"\(HTMLEscape.attribute(run.cell.anchor))\">\n"
        if options.echo { writeCode(run) }
        if options.output { writeOutputs(run.result.outputs) }
        if !run.reportedDiagnostics.isEmpty {
            writeDiagnostics(run.reportedDiagnostics, heading: run.errors.isEmpty ? "Warning" : "Error")
        }
        if run.errorExpected, options.output {
            writeDiagnostics(run.result.diagnostics, heading: "Expected error", expected: true)
        }
        if !run.failedExpectations.isEmpty {
            let failures = run.failedExpectations.map { $0.diagnostic(in: lesson) }
            writeDiagnostics(failures, heading: Summary.count(failures.count, "failed expectation"))
        }
        if let caption = options.caption {
            html += "<figcaption>\(HTMLEscape.text(caption))</figcaption>\n"
        }
        html += "</\(tag)>\n"
    }

    /// The highlighted code, each `//=>` line marked with its result; folded into `<details>` on request.
    private mutating func writeCode(_ run: CellRun) {
        let marks = Dictionary(grouping: run.result.expectations) { $0.location.line - run.cell.origin.line }
        let code = "<pre class=\"code\"><code>\(highlighted(run.cell.code, marks: marks))</code></pre>\n"
        if run.cell.options.fold {
            html += "<details class=\"code\">\n<summary>Code</summary>\n\(code)</details>\n"
        } else {
            html += code
        }
    }

    private mutating func writeOutputs(_ outputs: [CellOutput]) {
        for output in outputs {
            switch output {
            case .text(let text):
                writePre(text, class: "output")
            case .value(let value):
                writePre(value, class: "value")
            case .figure(let figure):
                var svg = SVGRenderer.render(figure)
                while svg.last?.isNewline == true { svg.removeLast() }
                html += "<div class=\"figure\">\n\(svg)\n</div>\n"
            }
        }
    }
}
