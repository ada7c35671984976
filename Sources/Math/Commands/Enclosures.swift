/// Boxes and strikes: `\boxed`, `\fbox`, `\cancel`, `\bcancel`, `\xcancel`, `\sout`, `\angl`, `\phase`.
/// MathML Core has no `menclose`, so each is an `mrow` with a class the page's stylesheet draws with
/// borders and gradients.
enum Enclosures {
    static let commands: [Command] = [
        enclosure("boxed", "a frame around a formula"),
        enclosure("cancel", "a stroke up through its argument"),
        enclosure("bcancel", "a stroke down through its argument"),
        enclosure("xcancel", "a cross through its argument"),
        enclosure("sout", "a line through its argument"),
        enclosure("angl", "the actuarial angle: a rule over and to the right"),
        enclosure("phase", "a phase angle: a rule under and a slant to the left"),
        Command("angln", doc: "the actuarial angle around n") { _, _ in
            EnclosureNode(content: SymbolNode("n", .identifier), styleClass: "angl")
        },
        Command("fbox", doc: "a frame around text") { parser, call throws(MathError) in
            EnclosureNode(content: try parser.textArgument(of: "fbox", at: call.token), styleClass: "boxed")
        },
    ]

    private static func enclosure(_ name: String, _ doc: String) -> Command {
        Command(name, [.math], doc: doc) { _, call in
            EnclosureNode(content: call.node(0), styleClass: name)
        }
    }
}

/// Content drawn inside a box or struck through: an `mrow` whose class the stylesheet draws, with optional
/// colours for `\colorbox` and `\fcolorbox`.
struct EnclosureNode: MathNode {
    let content: any MathNode
    let styleClass: String
    var background: String?
    var frame: String?

    func mathML() -> MathML {
        var attributes: Attributes = ["class": styleClass]
        if let background { attributes["mathbackground"] = background }
        if let frame { attributes["style"] = "border-color: \(frame)" }
        return MathML("mrow", attributes, [content.mathML()])
    }

    func runs(_ writer: inout RunWriter) {
        content.runs(&writer)
    }
}

extension Invocation {
    /// The command's name token, for reading further arguments by hand.
    var token: Token {
        Token(kind: .command(name), range: range)
    }
}
