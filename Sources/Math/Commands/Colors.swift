/// Colour: `\color` for the rest of the group, `\textcolor`, and the coloured boxes `\colorbox` and
/// `\fcolorbox`. Only CSS colour names and `#rgb`/`#rrggbb` are taken, so nothing but a colour reaches the page.
enum Colors {
    static let commands: [Command] = [
        Command("color", [.raw], doc: "the rest of the group in a colour: \\color{red}") { parser, call throws(MathError) in
            let color = try Colors.color(call.arguments[0].raw, at: call.range)
            return ColorNode(color: color, content: RowNode(try parser.parseList(until: parser.stops)))
        },
        Command("textcolor", [.raw, .math], doc: "its second argument in a colour: \\textcolor{blue}{F}") {
            _, call throws(MathError) in
            ColorNode(color: try Colors.color(call.arguments[0].raw, at: call.range), content: call.node(1))
        },
        Command("colorbox", [.raw], doc: "text on a coloured background") { parser, call throws(MathError) in
            let color = try Colors.color(call.arguments[0].raw, at: call.range)
            let text = try parser.textArgument(of: "colorbox", at: call.token)
            return EnclosureNode(content: text, styleClass: "colorbox", background: color)
        },
        Command("fcolorbox", [.raw, .raw], doc: "text on a coloured background in a coloured frame") {
            parser, call throws(MathError) in
            let frame = try Colors.color(call.arguments[0].raw, at: call.range)
            let color = try Colors.color(call.arguments[1].raw, at: call.range)
            let text = try parser.textArgument(of: "fcolorbox", at: call.token)
            return EnclosureNode(content: text, styleClass: "fcolorbox", background: color, frame: frame)
        },
    ]

    /// `raw` as a CSS colour: a name from CSS's list or a hexadecimal `#rgb` / `#rrggbb`.
    static func color(_ raw: String, at range: Range<Int>) throws(MathError) -> String {
        let text = raw.trimmingSpaces
        let hex = text.hasPrefix("#") ? text.dropFirst() : ""
        if [3, 6].contains(hex.count), hex.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }) { return text }
        let lowered = text.lowercased()
        guard names.contains(lowered) else {
            throw MathError("\(text) is not a colour: use a CSS name such as red or a hex colour such as #0000FF",
                            at: range)
        }
        return lowered
    }

    /// CSS's named colours.
    static let names: Set<String> = [
        "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black", "blanchedalmond",
        "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse", "chocolate", "coral",
        "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue", "darkcyan", "darkgoldenrod", "darkgray",
        "darkgreen", "darkgrey", "darkkhaki", "darkmagenta", "darkolivegreen", "darkorange", "darkorchid",
        "darkred", "darksalmon", "darkseagreen", "darkslateblue", "darkslategray", "darkslategrey",
        "darkturquoise", "darkviolet", "deeppink", "deepskyblue", "dimgray", "dimgrey", "dodgerblue", "firebrick",
        "floralwhite", "forestgreen", "fuchsia", "gainsboro", "ghostwhite", "gold", "goldenrod", "gray", "green",
        "greenyellow", "grey", "honeydew", "hotpink", "indianred", "indigo", "ivory", "khaki", "lavender",
        "lavenderblush", "lawngreen", "lemonchiffon", "lightblue", "lightcoral", "lightcyan",
        "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey", "lightpink", "lightsalmon",
        "lightseagreen", "lightskyblue", "lightslategray", "lightslategrey", "lightsteelblue", "lightyellow",
        "lime", "limegreen", "linen", "magenta", "maroon", "mediumaquamarine", "mediumblue", "mediumorchid",
        "mediumpurple", "mediumseagreen", "mediumslateblue", "mediumspringgreen", "mediumturquoise",
        "mediumvioletred", "midnightblue", "mintcream", "mistyrose", "moccasin", "navajowhite", "navy", "oldlace",
        "olive", "olivedrab", "orange", "orangered", "orchid", "palegoldenrod", "palegreen", "paleturquoise",
        "palevioletred", "papayawhip", "peachpuff", "peru", "pink", "plum", "powderblue", "purple",
        "rebeccapurple", "red", "rosybrown", "royalblue", "saddlebrown", "salmon", "sandybrown", "seagreen",
        "seashell", "sienna", "silver", "skyblue", "slateblue", "slategray", "slategrey", "snow", "springgreen",
        "steelblue", "tan", "teal", "thistle", "tomato", "turquoise", "violet", "wheat", "white", "whitesmoke",
        "yellow", "yellowgreen",
    ]
}

/// Content in a colour.
struct ColorNode: MathNode {
    let color: String
    let content: any MathNode

    var atomClass: AtomClass { content.atomClass }

    func mathML() -> MathML {
        MathML("mstyle", ["mathcolor": color], [content.mathML()])
    }

    func runs(_ writer: inout RunWriter) {
        content.runs(&writer)
    }
}
