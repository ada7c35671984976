/// Named operators set upright: `\log`, `\sin`, `\lim`, `\max`, and `\operatorname{…}` for new ones.
/// Those that take limits put them under the name in display (`\lim_{h \to 0}`).
enum OperatorNames {
    static let commands: [Command] = plain.map { named($0, limits: .beside) }
        + withLimits.map { named($0.0, shown: $0.1, limits: .movable) }
        + [
            Command("operatorname", doc: "a new operator name set upright: \\operatorname{ReLU}; starred, it takes limits") {
                parser, call throws(MathError) in
                let starred = parser.skipStar()
                let raw = try parser.rawArgument(of: "operatorname", at: Token(kind: .command("operatorname"), range: call.range))
                return NamedOperatorNode(name: OperatorNames.name(raw), limits: starred ? .movable : .beside)
            },
        ]

    private static let plain = [
        "arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc", "deg", "dim", "exp", "hom",
        "ker", "lg", "ln", "log", "sec", "sin", "sinh", "tan", "tanh", "arctg", "arcctg", "ch", "cosec", "cotg", "ctg",
        "cth", "sh", "tg", "th",
    ]

    private static let withLimits = [
        ("det", "det"), ("gcd", "gcd"), ("inf", "inf"), ("lim", "lim"), ("liminf", "lim inf"),
        ("limsup", "lim sup"), ("max", "max"), ("min", "min"), ("Pr", "Pr"), ("sup", "sup"),
        ("argmax", "arg max"), ("argmin", "arg min"), ("plim", "plim"), ("injlim", "inj lim"),
        ("projlim", "proj lim"),
    ]

    private static func named(_ name: String, shown: String? = nil, limits: LimitsPlacement) -> Command {
        let doc = limits == .beside ? "the operator \(shown ?? name)" : "the operator \(shown ?? name), taking limits"
        return Command(name, doc: doc) { _, _ in NamedOperatorNode(name: shown ?? name, limits: limits) }
    }

    /// The name `\operatorname` shows: its letters, with `\,` and `\ ` as spaces and braces dropped.
    static func name(_ raw: String) -> String {
        raw.replacing("\\,", with: "\u{2009}").replacing("\\ ", with: " ")
            .replacing("\\_", with: "_").replacing("\\-", with: "-")
            .filter { $0 != "{" && $0 != "}" }.trimmingSpaces
    }
}

/// An operator name. Set as `<mi>` (or as `<mo>` when it takes movable limits, which MathML allows only on
/// operators), with TeX's thin spaces added by the row: `\log x`, `2 \sin x`, but `\max(a, b)`.
struct NamedOperatorNode: MathNode {
    let name: String
    let limits: LimitsPlacement

    var atomClass: AtomClass { .op }
    var spacedByRow: Bool { true }

    func placingLimits(_ placement: LimitsPlacement) -> (any MathNode)? {
        NamedOperatorNode(name: name, limits: placement)
    }

    func mathML() -> MathML {
        if limits == .beside {
            return MathML("mi", name.unicodeScalars.count == 1 ? ["mathvariant": "normal"] : [:], text: name)
        }
        let movable = limits == .movable ? "true" : "false"
        return MathML("mo", ["lspace": "0em", "rspace": "0em", "movablelimits": movable], text: name)
    }

    func runs(_ writer: inout RunWriter) {
        writer.write(name)
    }
}
