extension HTMLRenderer {
    /// Inline code: ordinary code as `<code>`, an inline cell as its computed value written into the sentence.
    /// A value that does not match the stated one, or code that fails, is marked and says why on hover.
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
        guard let expectation = run.expectation, !expectation.passed else {
            let title = HTMLEscape.attribute("computed by \(run.cell.expression)")
            return "<span class=\"nn-value\" id=\"\(id)\" title=\"\(title)\">\(shown)</span>"
        }
        let title = HTMLEscape.attribute("the text states \(expectation.expected); computed \(expectation.actual)")
        return "<span class=\"nn-value fail\" id=\"\(id)\" title=\"\(title)\">\(shown) "
            + "<s>\(HTMLEscape.text(expectation.expected))</s></span>"
    }
}
