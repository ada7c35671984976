import Markdown

extension HTMLRenderer {
    func inlines(_ content: [Inline]) -> String {
        content.map(inline).joined()
    }

    /// One inline; math becomes MathML.
    func inline(_ inline: Inline) -> String {
        switch inline {
        case .text(let text):
            HTMLEscape.markdown(text)
        case .code(let code):
            inlineCode(code)
        case .emphasis(let content):
            "<em>\(inlines(content))</em>"
        case .strong(let content):
            "<strong>\(inlines(content))</strong>"
        case .strikethrough(let content):
            "<del>\(inlines(content))</del>"
        case .link(let destination, let title, let content):
            link(to: destination, title: title, content: content)
        case .image(let source, let title, let alt):
            image(source, title: title, alt: alt)
        case .softBreak:
            "\n"
        case .lineBreak:
            "<br>\n"
        case .html(let raw):
            lesson.frontMatter.allowHTML ? raw : ""
        case .math(let span):
            math(span)
        }
    }

    /// A link whose target would run script is shown as its text alone: the page carries no JavaScript.
    private func link(to destination: String, title: String, content: [Inline]) -> String {
        guard Self.isSafe(destination, allowData: false) else { return inlines(content) }
        let titleAttribute = title.isEmpty ? "" : " title=\"\(HTMLEscape.attribute(title))\""
        return "<a href=\"\(Href.escaped(destination))\"\(titleAttribute)>\(inlines(content))</a>"
    }

    private func image(_ source: String, title: String, alt: [Inline]) -> String {
        let altText = HTMLEscape.attribute(PlainText.of(alt))
        guard Self.isSafe(source, allowData: true) else { return altText }
        let titleAttribute = title.isEmpty ? "" : " title=\"\(HTMLEscape.attribute(title))\""
        return "<img src=\"\(Href.escaped(source))\" alt=\"\(altText)\"\(titleAttribute)>"
    }

    /// Rejects `javascript:` and `vbscript:` URLs, and `data:` URLs except images.
    static func isSafe(_ url: String, allowData: Bool) -> Bool {
        let scheme = url.unicodeScalars.filter { $0.value > 0x20 }.prefix(16).map(Character.init)
        let lowered = String(scheme).lowercased()
        if lowered.hasPrefix("javascript:") || lowered.hasPrefix("vbscript:") { return false }
        if lowered.hasPrefix("data:") { return allowData && lowered.hasPrefix("data:image/") }
        return true
    }
}
