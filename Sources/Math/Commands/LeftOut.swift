/// Commands left out on purpose, each with the reason its warning gives: a page's formulas never link,
/// fetch, or write raw HTML attributes. The content they wrap is still shown.
enum LeftOut {
    static let commands: [Command] = [
        wrapping("href", reason: "formulas do not link; write the link in Markdown around the formula"),
        wrapping("htmlClass", reason: "formulas do not set HTML attributes"),
        wrapping("htmlId", reason: "formulas do not set HTML attributes"),
        wrapping("htmlStyle", reason: "formulas do not set HTML attributes"),
        wrapping("htmlData", reason: "formulas do not set HTML attributes"),
        Command("url", [.raw], doc: "left out: formulas do not link") { parser, call in
            parser.warn(MathError("\\url is left out on purpose: formulas do not link; write the link in Markdown",
                                  at: call.range))
            var text = TextNode()
            text.append(call.arguments[0].raw, font: .monospace)
            return text
        },
        Command("includegraphics", [.optionalRaw, .raw], doc: "left out: formulas fetch nothing") { parser, call in
            parser.warn(MathError("\\includegraphics is left out on purpose: formulas fetch nothing; put the image in Markdown",
                                  at: call.range))
            return ErrorNode("\\includegraphics")
        },
    ]

    /// A command whose first argument is dropped with a warning and whose second is shown.
    private static func wrapping(_ name: String, reason: String) -> Command {
        Command(name, [.raw, .math], doc: "left out: \(reason)") { parser, call in
            parser.warn(MathError("\\\(name) is left out on purpose: \(reason); its content is shown", at: call.range))
            return call.node(1)
        }
    }
}
