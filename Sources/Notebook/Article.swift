import Language

/// A lesson rendered without its page around it: the `<article>` element, its headings for a table of
/// contents, and what went wrong while rendering (a formula that cannot be read), as warnings.
public struct Article: Sendable, Hashable {
    public var html: String
    public var headings: [Heading]
    public var diagnostics: [Diagnostic]

    public init(html: String, headings: [Heading], diagnostics: [Diagnostic]) {
        self.html = html
        self.headings = headings
        self.diagnostics = diagnostics
    }
}

/// A heading on a page: its level, its anchor, and its content as HTML.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var id: String
    /// The heading's inline HTML (what sits between `<hN>` and `</hN>`).
    public var html: String

    public init(level: Int, id: String, html: String) {
        self.level = level
        self.id = id
        self.html = html
    }
}

/// A whole page and the warnings its rendering raised.
public struct RenderedPage: Sendable, Hashable {
    public var html: String
    public var diagnostics: [Diagnostic]
}
