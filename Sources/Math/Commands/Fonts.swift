/// Math alphabets: `\mathbf`, `\mathbb`, `\mathcal`, `\boldsymbol`, … set the letters of their argument.
enum Fonts {
    static let commands: [Command] = [
        font("mathbf", .bold, doc: "bold upright letters and digits: vectors and matrices"),
        font("mathrm", .normal, doc: "upright letters: units, names"),
        font("mathit", .italic, doc: "italic letters"),
        font("mathbb", .doubleStruck, doc: "blackboard bold: ℝ, ℕ, 𝔼"),
        font("mathcal", .script, doc: "calligraphic capitals: ℒ"),
        font("mathscr", .script, doc: "script capitals"),
        font("mathfrak", .fraktur, doc: "Fraktur letters"),
        font("mathsf", .sansSerif, doc: "sans-serif letters"),
        font("mathtt", .monospace, doc: "typewriter letters"),
        font("boldsymbol", .boldItalic, doc: "bold symbols, italic letters staying italic"),
        font("bm", .boldItalic, doc: "bold symbols, as \\boldsymbol"),
        font("mathnormal", nil, doc: "TeX's default math letters"),
    ]

    /// A command that reads its argument with `variant` in force.
    private static func font(_ name: String, _ variant: MathVariant?, doc: String) -> Command {
        Command(name, doc: doc) { parser, call throws(MathError) in
            let outer = parser.font
            parser.font = variant
            defer { parser.font = outer }
            let start = Token(kind: .command(name), range: call.range)
            let argument = try parser.readArgument(.math, of: name, at: start).node ?? RowNode([])
            return variant == .normal ? joiningLetters(argument) : argument
        }
    }

    /// `\mathrm{max}` as one upright name rather than three letters, so the browser sets it as a word.
    private static func joiningLetters(_ node: any MathNode) -> any MathNode {
        guard let row = node as? RowNode, row.children.count > 1 else { return node }
        let letters = row.children.compactMap { $0 as? SymbolNode }.filter { $0.kind == .identifier }
        guard letters.count == row.children.count else { return node }
        return SymbolNode(letters.map(\.text).joined(), .identifier, font: .normal)
    }
}
