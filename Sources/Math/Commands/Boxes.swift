/// Boxes that move or choose their content: `\raisebox`, `\rule`, `\vcenter`, `\mathchoice`.
enum Boxes {
    static let commands: [Command] = [
        Command("raisebox", doc: "text raised by a length: \\raisebox{2pt}{x}") { parser, call throws(MathError) in
            let shift = try parser.length(of: "raisebox", at: call.token)
            let text = try parser.textArgument(of: "raisebox", at: call.token)
            return PaddedNode(content: text, attributes: ["voffset": Length.em(shift)])
        },
        Command("rule", [.optionalRaw], doc: "a filled rectangle: \\rule[raise]{width}{height}") {
            parser, call throws(MathError) in
            let raise = call.arguments[0].raw.isEmpty ? 0 : try Boxes.length(call.arguments[0].raw, at: call.range)
            let width = try parser.length(of: "rule", at: call.token)
            let height = try parser.length(of: "rule", at: call.token)
            return RuleNode(width: width, height: height, raise: raise)
        },
        Command("vcenter", [.math], doc: "its argument as one box (MathML Core centres nothing on the axis)") {
            _, call in call.node(0)
        },
        Command("mathchoice", [.math, .math, .math, .math], doc: "the first argument in display, the second inline") {
            parser, call in call.node(parser.display ? 0 : 1)
        },
    ]

    static func length(_ raw: String, at range: Range<Int>) throws(MathError) -> Double {
        guard let length = Spacing.length(raw) else {
            throw MathError("\(raw.trimmingSpaces) is not a length such as 2pt", at: range)
        }
        return length
    }
}

extension Parser {
    /// A length argument in em.
    mutating func length(of name: String, at token: Token) throws(MathError) -> Double {
        try Boxes.length(try lengthArgument(of: name, at: token), at: token.range)
    }
}

/// A filled rectangle, raised by `raise` em.
struct RuleNode: MathNode {
    let width: Double
    let height: Double
    let raise: Double

    func mathML() -> MathML {
        let rule = MathML("mspace", ["width": Length.em(width), "height": Length.em(height), "mathbackground": "currentcolor"])
        return raise == 0 ? rule : MathML("mpadded", ["voffset": Length.em(raise)], [rule])
    }

    func runs(_ writer: inout RunWriter) {
        writer.write("▮")
    }
}
