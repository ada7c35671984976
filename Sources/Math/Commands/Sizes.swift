/// Size switches, `\tiny` to `\Huge`: the rest of the group at a size relative to the text's, LaTeX's
/// steps for ten-point type.
enum Sizes {
    static let commands: [Command] = sizes.map { name, scale in
        Command(name, doc: "the rest of the group at \(scale) times the text size") { parser, _ throws(MathError) in
            SizeNode(scale: scale, body: RowNode(try parser.parseList(until: parser.stops)))
        }
    }

    private static let sizes: [(String, Double)] = [
        ("tiny", 0.5), ("sixptsize", 0.6), ("scriptsize", 0.7), ("footnotesize", 0.8), ("small", 0.9),
        ("normalsize", 1), ("large", 1.2), ("Large", 1.44), ("LARGE", 1.728), ("huge", 2.074), ("Huge", 2.488),
    ]
}

/// The rest of a group at another size.
struct SizeNode: MathNode {
    let scale: Double
    let body: RowNode

    func mathML() -> MathML {
        MathML("mstyle", ["mathsize": Length.em(scale)], body.elements())
    }

    func runs(_ writer: inout RunWriter) {
        body.runs(&writer)
    }
}
