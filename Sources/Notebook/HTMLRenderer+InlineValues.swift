extension HTMLRenderer {
    /// Inline code: ordinary code as `<code>`, an inline cell as its computed value written into the sentence.
    /// Where the sentence states a value, the page prints the computed one with the stated number of decimals,
    /// and the stated value beside it, in words, wherever the two print differently; code that fails is marked.
    func inlineCode(_ code: String) -> String {
        guard let (index, written) = InlineCell.unmark(code), content.inlineRuns.indices.contains(index) else {
            return "<code>\(HTMLEscape.markdown(InlineCell.unmark(code)?.code ?? code))</code>"
        }
        let run = content.inlineRuns[index]
        let id = HTMLEscape.attribute(run.cell.anchor)
        if !run.errors.isEmpty {
            let message = HTMLEscape.attribute(run.errors.map(\.fullMessage).joined(separator: "; "))
            return "<code class=\"nn-value error\" id=\"\(id)\" title=\"\(message)\">\(HTMLEscape.text(written))</code>"
        }
        let shown = HTMLEscape.text(run.shown)
        let title = HTMLEscape.attribute("computed by \(run.cell.expression)" + (run.display.map { " = \($0)" } ?? ""))
        guard let expectation = run.expectation else {
            return "<span class=\"nn-value\" id=\"\(id)\" title=\"\(title)\">\(shown)</span>"
        }
        let stated = HTMLEscape.text(Self.statedValue(expectation.expected))
        if !expectation.passed {
            return "<span class=\"nn-value fail\" id=\"\(id)\" title=\"\(title)\">\(shown) "
                + "<span class=\"stated\">(the text states <s>\(HTMLEscape.text(expectation.expected))</s>)</span></span>"
        }
        guard stated != shown else {
            return "<span class=\"nn-value\" id=\"\(id)\" title=\"\(title)\">\(shown)</span>"
        }
        return "<span class=\"nn-value\" id=\"\(id)\" title=\"\(title)\">\(shown) "
            + "<span class=\"stated\">(stated \(stated))</span></span>"
    }
}
