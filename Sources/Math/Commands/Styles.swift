/// Style switches (`\displaystyle`, …) that apply to the rest of their group, `\limits` and `\nolimits`
/// after an operator, and `\phantom`.
enum Styles {
    static let commands: [Command] = [
        style("displaystyle", displayStyle: true, scriptLevel: 0, doc: "the rest of the group in display size"),
        style("textstyle", displayStyle: false, scriptLevel: 0, doc: "the rest of the group in text size"),
        style("scriptstyle", displayStyle: false, scriptLevel: 1, doc: "the rest of the group in script size"),
        style("scriptscriptstyle", displayStyle: false, scriptLevel: 2, doc: "the rest of the group in second-script size"),
        Command("limits", doc: "after an operator: its scripts under and over it") { _, call throws(MathError) in
            throw MathError("\\limits must follow an operator such as \\sum or \\int", at: call.range)
        },
        Command("nolimits", doc: "after an operator: its scripts beside it") { _, call throws(MathError) in
            throw MathError("\\nolimits must follow an operator such as \\sum or \\int", at: call.range)
        },
        Command("phantom", [.math], doc: "empty space the size of its argument") { _, call in
            PhantomNode(content: call.node(0))
        },
    ]

    private static func style(_ name: String, displayStyle: Bool, scriptLevel: Int, doc: String) -> Command {
        Command(name, doc: doc) { parser, _ throws(MathError) in
            StyleNode(displayStyle: displayStyle, scriptLevel: scriptLevel, body: RowNode(try parser.parseList(until: parser.stops)))
        }
    }
}

/// The rest of a group in a chosen size.
struct StyleNode: MathNode {
    let displayStyle: Bool
    let scriptLevel: Int
    let body: RowNode

    func mathML() -> MathML {
        let attributes: Attributes = ["displaystyle": displayStyle ? "true" : "false", "scriptlevel": String(scriptLevel)]
        return MathML("mstyle", attributes, body.elements())
    }

    func runs(_ writer: inout RunWriter) {
        body.runs(&writer)
    }
}

/// Space as large as its content, which is not drawn.
struct PhantomNode: MathNode {
    let content: any MathNode

    func mathML() -> MathML {
        MathML("mphantom", [:], [content.mathML()])
    }

    func runs(_ writer: inout RunWriter) {
        writer.write(String(repeating: " ", count: writer.text(of: content).count))
    }
}
