/// `\frac`, `\dfrac`, `\tfrac`, `\cfrac` and `\binom`: a numerator over a denominator.
enum Fractions {
    static let commands: [Command] = [
        Command("frac", [.math, .math], doc: "a fraction, sized for where it stands") { _, call in
            FractionNode(call.node(0), call.node(1))
        },
        Command("dfrac", [.math, .math], doc: "a fraction in display size, even inline") { _, call in
            FractionNode(call.node(0), call.node(1), displayStyle: true)
        },
        Command("cfrac", [.math, .math], doc: "a fraction in display size, for continued fractions") { _, call in
            FractionNode(call.node(0), call.node(1), displayStyle: true)
        },
        Command("tfrac", [.math, .math], doc: "a fraction in text size, even in display") { _, call in
            FractionNode(call.node(0), call.node(1), displayStyle: false)
        },
        Command("binom", [.math, .math], doc: "a binomial coefficient: n over k in parentheses, no bar") { _, call in
            FencedNode(open: "(", body: [FractionNode(call.node(0), call.node(1), bar: false)], close: ")")
        },
    ]
}

/// A fraction; `displayStyle` forces display or text size, nil leaves it to where the fraction stands.
struct FractionNode: MathNode {
    let numerator: any MathNode
    let denominator: any MathNode
    var displayStyle: Bool?
    /// The rule's thickness in em; nil for the font's own, 0 for none.
    var thickness: Double?

    init(_ numerator: any MathNode, _ denominator: any MathNode, displayStyle: Bool? = nil, bar: Bool = true) {
        self.numerator = numerator
        self.denominator = denominator
        self.displayStyle = displayStyle
        self.thickness = bar ? nil : 0
    }

    var atomClass: AtomClass { .inner }

    func mathML() -> MathML {
        let attributes: Attributes = thickness.map { ["linethickness": $0 == 0 ? "0" : Length.em($0)] } ?? [:]
        let fraction = MathML("mfrac", attributes, [numerator.mathML(), denominator.mathML()])
        guard let displayStyle else { return fraction }
        return MathML("mstyle", ["displaystyle": displayStyle ? "true" : "false", "scriptlevel": "0"], [fraction])
    }

    /// `a/b`, with parentheses around a part longer than one character: `(a + b)/2`.
    func runs(_ writer: inout RunWriter) {
        writeWrapped(numerator, &writer)
        writer.write("/")
        writeWrapped(denominator, &writer)
    }

    private func writeWrapped(_ part: any MathNode, _ writer: inout RunWriter) {
        let wrap = writer.text(of: part).count > 1
        if wrap { writer.write("(") }
        part.runs(&writer)
        if wrap { writer.write(")") }
    }
}
