/// Accents over a symbol (`\hat`, `\bar`, `\vec`, `\tilde`, `\dot`, …) and the wide ones that stretch
/// over their whole argument (`\widehat`, `\overline`, `\underline`, `\overrightarrow`).
enum Accents {
    static let commands: [Command] = narrow.map { name, mark, combining in
        accent(name, mark, combining: combining, stretchy: false, doc: "the accent \(mark) over a symbol")
    } + [
        accent("widehat", "^", combining: "\u{0302}", stretchy: true, doc: "a hat as wide as its argument"),
        accent("widetilde", "~", combining: "\u{0303}", stretchy: true, doc: "a tilde as wide as its argument"),
        accent("overline", "‾", combining: "\u{0305}", stretchy: true, doc: "a line over its argument"),
        accent("overrightarrow", "→", combining: "\u{20D7}", stretchy: true, doc: "an arrow over its argument"),
        accent("overleftarrow", "←", combining: "\u{20D6}", stretchy: true, doc: "a left arrow over its argument"),
        accent("underline", "_", combining: "\u{0332}", stretchy: true, under: true, doc: "a line under its argument"),
    ]

    /// Name, the mark MathML draws, and the combining character SVG text appends.
    private static let narrow: [(String, String, String)] = [
        ("hat", "^", "\u{0302}"), ("check", "ˇ", "\u{030C}"), ("tilde", "~", "\u{0303}"), ("bar", "¯", "\u{0304}"),
        ("vec", "\u{20D7}", "\u{20D7}"), ("dot", "˙", "\u{0307}"), ("ddot", "¨", "\u{0308}"), ("acute", "´", "\u{0301}"),
        ("grave", "`", "\u{0300}"), ("breve", "˘", "\u{0306}"), ("mathring", "˚", "\u{030A}"),
    ]

    private static func accent(
        _ name: String, _ mark: String, combining: String, stretchy: Bool, under: Bool = false, doc: String
    ) -> Command {
        Command(name, [.math], doc: doc) { _, call in
            AccentNode(base: call.node(0), mark: mark, combining: combining, stretchy: stretchy, under: under)
        }
    }
}

/// A base with an accent over (or a line under) it; the result is spaced as the base would be.
struct AccentNode: MathNode {
    let base: any MathNode
    let mark: String
    let combining: String
    let stretchy: Bool
    let under: Bool

    var atomClass: AtomClass { base.atomClass == .op ? .op : .ord }

    func mathML() -> MathML {
        let accent = MathML("mo", ["stretchy": stretchy ? "true" : "false"], text: mark)
        if under { return MathML("munder", ["accentunder": "true"], [base.mathML(), accent]) }
        return MathML("mover", ["accent": "true"], [base.mathML(), accent])
    }

    /// The base followed by the combining mark, after each character for wide accents (a̅b̅).
    func runs(_ writer: inout RunWriter) {
        guard stretchy else {
            base.runs(&writer)
            writer.appendMark(combining)
            return
        }
        var inner = RunWriter()
        base.runs(&inner)
        for run in inner.runs {
            let marked = run.text.map { String($0) + ($0 == " " ? "" : combining) }.joined()
            writer.append(MathRun(marked, style: run.style, scripts: run.scripts))
        }
    }
}
