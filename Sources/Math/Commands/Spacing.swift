/// Horizontal space: `\,` `\:` `\;` `\!` `\quad` `\qquad` `\hspace{…}`, the control space `\ ` and `~`.
enum Spacing {
    /// TeX's thin space, 3mu.
    static let thin = 3.0 / 18

    static let commands: [Command] = fixed.map { name, width in
        Command(name, doc: "a space of \(Length.em(width))") { _, _ in SpaceNode(width: width) }
    } + [
        Command(" ", doc: "a word space") { _, _ in TextNode.space },
    ] + ["hspace", "kern", "mkern", "mskip", "hskip"].map { name in
        Command(name, doc: "a space of the given length, in any TeX unit: \\\(name){10pt}, \\\(name) 1em") {
            parser, call throws(MathError) in
            if name == "hspace" { _ = parser.skipStar() }
            let start = parser.position
            let raw = try parser.lengthArgument(of: name, at: call.token)
            guard let width = Spacing.length(raw) else {
                parser.warn(MathError("\(raw.trimmingSpaces) is not a length such as 10pt or 1em",
                                      at: parser.tokens[start].range.lowerBound..<parser.lastEnd))
                return ErrorNode("\\" + name + raw)
            }
            return SpaceNode(width: width)
        }
    } + [
        Command("\\", doc: "a line break in a display formula") { _, _ in LineBreakNode() },
    ]

    private static let fixed: [(String, Double)] = [
        (",", thin), (":", 4.0 / 18), (">", 4.0 / 18), (";", 5.0 / 18), ("!", -thin), ("quad", 1), ("qquad", 2),
        ("enspace", 0.5), ("thinspace", thin), ("medspace", 4.0 / 18), ("thickspace", 5.0 / 18),
        ("negthinspace", -thin), ("negmedspace", -4.0 / 18), ("negthickspace", -5.0 / 18),
    ]

    /// A TeX length in em, taking 1em as 10pt (TeX's ten-point type) and 1px as 0.75pt (CSS's pixel).
    static func length(_ raw: String) -> Double? {
        let text = raw.trimmingSpaces.replacing(" ", with: "").replacing(",", with: ".")
        let units: [(String, Double)] = [
            ("em", 1), ("ex", 0.431), ("mu", 1.0 / 18), ("pt", 0.1), ("px", 0.075), ("mm", 0.2845),
            ("cm", 2.845), ("in", 7.227), ("pc", 1.2), ("bp", 0.1004),
        ]
        for (unit, scale) in units where text.hasSuffix(unit) {
            guard let number = Double(text.dropLast(unit.count)), number.isFinite else { return nil }
            return number * scale
        }
        return nil
    }
}

/// Horizontal space; SVG text gets the nearest Unicode space.
struct SpaceNode: MathNode {
    let width: Double

    func mathML() -> MathML {
        .space(width)
    }

    func runs(_ writer: inout RunWriter) {
        switch width {
        case 1.5...: writer.write("\u{2003}\u{2003}")
        case 0.75..<1.5: writer.write("\u{2003}")
        case 0.25..<0.75: writer.write(" ")
        case 0.01..<0.25: writer.write("\u{2009}")
        default: break
        }
    }
}

/// `\\` outside an environment: a line break, where the browser breaks lines in MathML.
struct LineBreakNode: MathNode {
    func mathML() -> MathML {
        MathML("mspace", ["linebreak": "newline"])
    }

    func runs(_ writer: inout RunWriter) {
        writer.write(" ")
    }
}

extension TextNode {
    /// A no-break word space, for `\ ` and `~`.
    static var space: TextNode {
        var node = TextNode()
        node.append(" ", font: nil)
        return node
    }
}

extension Parser {
    /// A length in braces, or written straight after the command as TeX allows: `\kern-2.5pt`,
    /// `\hspace7ex`, `\mkern 18mu`.
    mutating func lengthArgument(of name: String, at token: Token) throws(MathError) -> String {
        skipSpaces()
        guard !tokens[position].isCharacter("{") else { return try rawArgument(of: name, at: token) }
        var text = ""
        while case .character(let scalar) = tokens[position].kind, "+-.,0123456789".unicodeScalars.contains(scalar) {
            text.unicodeScalars.append(scalar)
            position += 1
        }
        skipSpaces()
        for _ in 0..<2 {
            guard case .character(let scalar) = tokens[position].kind, Lexer.isLetter(scalar) else { break }
            text.unicodeScalars.append(scalar)
            position += 1
        }
        guard !text.isEmpty else { throw MathError("\\\(name) needs a length such as 1em", at: token.range) }
        return text
    }
}
