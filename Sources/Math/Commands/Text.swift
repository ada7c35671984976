/// Text inside math: `\text`, `\textrm`, `\textbf`, `\mbox`, … and what their arguments may contain.
enum Text {
    static let commands: [Command] = [
        text("text", nil, doc: "upright text, spaces kept: \\text{if } x > 0"),
        text("textrm", nil, doc: "roman text"),
        text("textnormal", nil, doc: "the text font"),
        text("textup", nil, doc: "upright text"),
        text("mbox", nil, doc: "text in a box that never breaks"),
        text("hbox", nil, doc: "text in a box, as \\mbox"),
        text("textbf", .bold, doc: "bold text"),
        text("textit", .italic, doc: "italic text"),
        text("emph", .italic, doc: "emphasised text"),
        text("textsf", .sansSerif, doc: "sans-serif text"),
        text("texttt", .monospace, doc: "typewriter text"),
    ]

    /// Font commands inside text, by the alphabet they choose.
    static let fonts: [String: MathVariant?] = Dictionary(uniqueKeysWithValues: [
        ("text", nil), ("textrm", nil), ("textnormal", nil), ("textup", nil), ("mbox", nil), ("hbox", nil), ("textbf", .bold),
        ("textit", .italic), ("emph", .italic), ("textsf", .sansSerif), ("texttt", .monospace),
    ] as [(String, MathVariant?)])

    /// Escaped characters inside text.
    static let escapes: [String: String] = [
        "$": "$", "%": "%", "&": "&", "#": "#", "_": "_", "{": "{", "}": "}", "textbackslash": "\\",
        "ldots": "…", "dots": "…",
    ]

    /// Spaces inside text.
    static let spaces: [String: String] = [
        " ": " ", ",": "\u{2009}", ":": "\u{2005}", ";": "\u{2004}", "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}",
        "!": "", "\\": " ",
    ]

    static let commandNames: [String] = (Array(fonts.keys) + escapes.keys.filter { $0.count > 1 } + ["quad", "qquad"]
        + TextSymbols.characters.keys + TextAccents.marks.keys.filter { $0.count > 1 } + TextEnclosures.classes.keys)
        .sorted()

    private static func text(_ name: String, _ variant: MathVariant?, doc: String) -> Command {
        Command(name, doc: doc) { parser, call throws(MathError) in
            let outer = parser.font
            parser.font = variant
            defer { parser.font = outer }
            return try parser.textArgument(of: name, at: Token(kind: .command(name), range: call.range))
        }
    }
}
