/// A parsed lesson file: its front matter, untouched, and its blocks.
public struct MarkdownDocument: Hashable, Sendable {
    /// The YAML between the leading `---` lines, or nil when the file has none.
    public var frontMatter: String?
    public var blocks: [Block]

    public init(frontMatter: String?, blocks: [Block]) {
        self.frontMatter = frontMatter
        self.blocks = blocks
    }
}

/// The entry point: CommonMark (via cmark) with front matter and protected TeX math.
public enum Markdown {
    /// Parses a whole file. Never fails: anything cmark accepts, and cmark accepts everything.
    public static func parse(_ source: String) -> MarkdownDocument {
        let text = SourceText(source)
        let (frontMatter, bodyStart) = FrontMatter.split(text)
        let protected = MathProtector.protect(text, from: bodyStart)
        return MarkdownDocument(frontMatter: frontMatter, blocks: CmarkReader.blocks(of: protected))
    }
}
