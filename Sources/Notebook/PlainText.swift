import Markdown

/// The text of inline Markdown without its markup, for titles, image descriptions and anchors.
enum PlainText {
    static func of(_ inlines: [Inline]) -> String {
        inlines.map(of).joined()
    }

    static func of(_ inline: Inline) -> String {
        switch inline {
        case .text(let text): text
        case .code(let text): InlineCell.unmark(text)?.code ?? text
        case .emphasis(let content), .strong(let content), .strikethrough(let content), .link(_, _, let content): of(content)
        case .image(_, _, let alt): of(alt)
        case .softBreak, .lineBreak: " "
        case .html: ""
        case .math(let span): span.tex
        }
    }
}
