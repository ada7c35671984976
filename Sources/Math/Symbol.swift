/// A command that stands for one character (`\alpha` → α, `\leq` → ≤), as data: the families list these,
/// and `Registry` makes commands of them and reads typed Unicode (≤) the same way.
struct Symbol: Hashable, Sendable {
    var name: String
    var text: String
    var kind: SymbolNode.Kind
    var atomClass: AtomClass
    var upright: Bool
    var stretchy: Bool?

    init(
        _ name: String, _ text: String, _ kind: SymbolNode.Kind, _ atomClass: AtomClass = .ord,
        upright: Bool = false, stretchy: Bool? = nil
    ) {
        self.name = name
        self.text = text
        self.kind = kind
        self.atomClass = atomClass
        self.upright = upright
        self.stretchy = stretchy
    }

    /// The symbol as a node; letters follow the font command around them.
    func node(font: MathVariant?) -> SymbolNode {
        SymbolNode(text, kind, atomClass: atomClass, font: kind == .identifier ? font : nil, upright: upright,
                   stretchy: stretchy)
    }

    var command: Command {
        Command(name, doc: "the symbol \(text)") { parser, _ in node(font: parser.font) }
    }

    /// A letter set upright and spaced as an ordinary atom.
    static func ord(_ name: String, _ text: String) -> Symbol {
        Symbol(name, text, .identifier, upright: true)
    }

    static func binary(_ name: String, _ text: String) -> Symbol {
        Symbol(name, text, .operator, .bin)
    }

    static func relation(_ name: String, _ text: String) -> Symbol {
        Symbol(name, text, .operator, .rel)
    }
}
