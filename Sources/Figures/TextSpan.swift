/// A run of label text drawn in one style at one baseline: what TeX-lite hands the renderer.
public struct TextSpan: Hashable, Sendable {
    /// Upright, italic (math variables) or bold (`\mathbf`).
    public enum Style: Hashable, Sendable { case normal, italic, bold }
    /// Where the run sits relative to the baseline.
    public enum Shift: Hashable, Sendable { case none, superscript, `subscript` }

    public var text: String
    public var style: Style
    public var shift: Shift

    public init(_ text: String, style: Style = .normal, shift: Shift = .none) {
        self.text = text
        self.style = style
        self.shift = shift
    }
}

/// Spans in order, merging a run into the previous one when style and shift agree.
struct SpanList {
    private(set) var spans: [TextSpan] = []

    mutating func append(_ span: TextSpan) {
        guard !span.text.isEmpty else { return }
        if let last = spans.last, last.style == span.style, last.shift == span.shift {
            spans[spans.count - 1].text += span.text
        } else {
            spans.append(span)
        }
    }
}
