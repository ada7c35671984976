/// What a command reads after its name.
enum ArgumentKind: Hashable, Sendable {
    /// A `{…}` group or a single token, read as math.
    case math
    /// An optional `[…]`, read as math; absent when the next token is not `[`.
    case optionalMath
    /// A `{…}` group kept as written (a length, a column spec, a name).
    case raw
    /// An optional `[…]` kept as written; absent when the next token is not `[`.
    case optionalRaw
    /// One delimiter: `(`, `\{`, `\langle`, `.`, …
    case delimiter
}

/// An argument as read.
enum Argument: Sendable {
    case node(any MathNode)
    case raw(String)
    case absent

    var node: (any MathNode)? {
        if case .node(let node) = self { node } else { nil }
    }

    var raw: String {
        if case .raw(let text) = self { text } else { "" }
    }
}

/// A command as the parser met it: its name, its arguments, and the source it covers.
struct Invocation: Sendable {
    var name: String
    var arguments: [Argument]
    var range: Range<Int>

    /// The `index`th argument as a node; an absent one is empty.
    func node(_ index: Int) -> any MathNode {
        arguments[index].node ?? RowNode([])
    }
}

/// One TeX command: its name, what it reads, a line of documentation, and what it builds. Each family file
/// lists its commands beside the nodes that draw them; `Registry` gathers them all.
struct Command: Sendable {
    typealias Handler = @Sendable (inout Parser, Invocation) throws(MathError) -> any MathNode

    var name: String
    var arguments: [ArgumentKind]
    var doc: String
    var handler: Handler

    init(_ name: String, _ arguments: [ArgumentKind] = [], doc: String, handler: @escaping Handler) {
        self.name = name
        self.arguments = arguments
        self.doc = doc
        self.handler = handler
    }
}

/// What an environment holds: rows of cells, and the rows that `\hline` (or `\hdashline`) draws a rule above.
struct TableBody: Sendable {
    var rows: [[RowNode]] = []
    var rulesAbove: Set<Int> = []
    var dashedAbove: Set<Int> = []
    /// In a numbered environment: each row's `\tag`, and the rows `\notag` or `\nonumber` leave unnumbered.
    var tags: [Int: TextNode] = [:]
    var unnumbered: Set<Int> = []
}

/// One environment, `\begin{name}…\end{name}`: the arguments after `\begin{name}`, and what it builds
/// from its rows of cells.
struct Environment: Sendable {
    typealias Builder = @Sendable (TableBody, [Argument], Range<Int>) throws(MathError) -> any MathNode

    typealias Preparation = @Sendable (inout Parser) throws(MathError) -> Void

    /// How an environment numbers its equations: not at all, each row, or once for the whole.
    enum Numbering: Sendable { case none, eachRow, once }

    var name: String
    var arguments: [ArgumentKind]
    var doc: String
    /// Rewrites the body's tokens before its rows are read, for an environment with a syntax of its own.
    var prepare: Preparation?
    var numbering: Numbering
    var build: Builder

    init(
        _ name: String, _ arguments: [ArgumentKind] = [], doc: String, prepare: Preparation? = nil,
        numbering: Numbering = .none, build: @escaping Builder
    ) {
        self.name = name
        self.arguments = arguments
        self.doc = doc
        self.prepare = prepare
        self.numbering = numbering
        self.build = build
    }
}
