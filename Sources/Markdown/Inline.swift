/// Inline content of a paragraph, heading, link or image.
public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    /// GitHub's `~~struck~~` text.
    case strikethrough([Inline])
    case link(destination: String, title: String, content: [Inline])
    case image(source: String, title: String, alt: [Inline])
    case softBreak
    case lineBreak
    case html(String)
    case math(MathSpan)
}

/// A TeX formula found in the prose: `$…$` and `\(…\)` inline, `$$…$$` and `\[…\]` display.
public struct MathSpan: Hashable, Sendable {
    /// The TeX between the delimiters, exactly as written.
    public var tex: String
    public var display: Bool
    /// Where the opening delimiter stands in the original file.
    public var position: SourcePosition

    public init(tex: String, display: Bool, position: SourcePosition) {
        self.tex = tex
        self.display = display
        self.position = position
    }
}

extension Array where Element == Inline {
    /// The text a reader sees, without markup: math gives its TeX, breaks give a space, raw HTML nothing.
    /// Suits titles, table-of-contents entries and anchors.
    public var plainText: String {
        map { inline in
            switch inline {
            case .text(let text), .code(let text): text
            case .emphasis(let content), .strong(let content), .strikethrough(let content): content.plainText
            case .link(_, _, let content): content.plainText
            case .image(_, _, let alt): alt.plainText
            case .softBreak, .lineBreak: " "
            case .html: ""
            case .math(let span): span.tex
            }
        }.joined()
    }

    /// Joins neighbouring `.text` runs, which cmark splits at every character it had to consider as markup.
    func mergingAdjacentText() -> [Inline] {
        var merged: [Inline] = []
        for inline in self {
            if case .text(let next) = inline, case .text(var previous)? = merged.last {
                // Taken out first, so the text is uniquely held and grows in place: many pieces stay linear.
                merged.removeLast()
                previous += next
                merged.append(.text(previous))
            } else {
                merged.append(inline)
            }
        }
        return merged
    }
}
