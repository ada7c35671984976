/// Brackets that grow: `\left( … \right)`, `\middle|`, and the fixed sizes `\big`, `\Big`, `\bigg`, `\Bigg`.
enum Delimiters {
    static let commands: [Command] = [
        Command("left", [.delimiter], doc: "a delimiter as tall as what follows up to \\right") {
            parser, call throws(MathError) in
            try parser.parseFenced(open: call.arguments[0].raw, at: call.range)
        },
        Command("right", [.delimiter], doc: "closes \\left with a delimiter of the same height") {
            _, call throws(MathError) in
            throw MathError("\\right without a matching \\left", at: call.range)
        },
        Command("middle", [.delimiter], doc: "a delimiter between \\left and \\right, as tall as they are") {
            _, call throws(MathError) in
            throw MathError("\\middle belongs between \\left and \\right", at: call.range)
        },
    ] + sizes.flatMap { name, size in
        [("", AtomClass.ord), ("l", .open), ("r", .close), ("m", .rel)].map { suffix, atomClass in
            Command(name + suffix, [.delimiter], doc: "a delimiter \(size) em tall") { _, call in
                SizedDelimiterNode(text: call.arguments[0].raw, size: size, atomClass: atomClass)
            }
        }
    }

    private static let sizes: [(String, Double)] = [("big", 1.2), ("Big", 1.623), ("bigg", 2.047), ("Bigg", 2.470)]

    /// A delimiter typed as a character, or nil when the character is not one.
    static func character(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "(", ")", "[", "]", "|", "/": String(scalar)
        case "<": "⟨"
        case ">": "⟩"
        case ".": ""
        default: nil
        }
    }

    /// A delimiter named by a command, or nil when the command is not one.
    static func command(_ name: String) -> String? {
        named[name]
    }

    private static let named: [String: String] = [
        "{": "{", "}": "}", "lbrace": "{", "rbrace": "}", "|": "‖", "Vert": "‖", "vert": "|", "lvert": "|",
        "rvert": "|", "lVert": "‖", "rVert": "‖", "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋",
        "lceil": "⌈", "rceil": "⌉", "lbrack": "[", "rbrack": "]", "backslash": "\\", "uparrow": "↑",
        "downarrow": "↓", "updownarrow": "↕", "Uparrow": "⇑", "Downarrow": "⇓", "lgroup": "⟮", "rgroup": "⟯",
        "Updownarrow": "⇕", "lang": "⟨", "rang": "⟩", "lparen": "(", "rparen": ")", "lBrace": "⦃", "rBrace": "⦄",
        "llbracket": "⟦", "rrbracket": "⟧", "lmoustache": "⎰", "rmoustache": "⎱", "ulcorner": "┌", "urcorner": "┐",
        "llcorner": "└", "lrcorner": "┘", "lt": "⟨", "gt": "⟩",
    ]
}

extension Parser {
    /// The inside of `\left… \right…`, with any `\middle` delimiters, after the opening delimiter was read.
    mutating func parseFenced(open: String, at range: Range<Int>) throws(MathError) -> any MathNode {
        var body: [any MathNode] = []
        while true {
            body.append(contentsOf: try parseList(until: [.fence, .brace, .cell]))
            let token = next()
            switch token.kind {
            case .command("middle"):
                body.append(FenceNode(text: try delimiter(after: "middle", at: token), role: .middle))
            case .command("right"):
                let close = try delimiter(after: "right", at: token)
                return FencedNode(open: open, body: body, close: close)
            default:
                throw MathError("\\left is never closed by \\right", at: range)
            }
        }
    }
}

/// `\left( … \right)`: delimiters that stretch to the height of what they enclose, as one inner atom.
struct FencedNode: MathNode {
    let open: String
    let body: [any MathNode]
    let close: String

    var atomClass: AtomClass { .inner }

    func mathML() -> MathML {
        var children: [MathML] = []
        if !open.isEmpty { children.append(FenceNode(text: open, role: .open).mathML()) }
        children += RowNode(body).elements()
        if !close.isEmpty { children.append(FenceNode(text: close, role: .close).mathML()) }
        return MathML("mrow", [:], children)
    }

    func runs(_ writer: inout RunWriter) {
        writer.write(open)
        RowNode(body).runs(&writer)
        writer.write(close)
    }
}

/// One stretching delimiter of a `\left … \right` pair, or a `\middle` one between them.
struct FenceNode: MathNode {
    enum Role: Hashable, Sendable { case open, middle, close }

    let text: String
    let role: Role

    var atomClass: AtomClass { role == .middle ? .rel : .ord }

    func mathML() -> MathML {
        var attributes: Attributes = ["fence": "true", "stretchy": "true", "symmetric": "true"]
        switch role {
        case .open: attributes["form"] = "prefix"
        case .close: attributes["form"] = "postfix"
        case .middle: attributes["lspace"] = "0.05em"; attributes["rspace"] = "0.05em"
        }
        return MathML("mo", attributes, text: text)
    }

    func runs(_ writer: inout RunWriter) {
        writer.write(text)
    }
}

/// `\big(` and its kin: a delimiter of a fixed height, whatever it encloses.
struct SizedDelimiterNode: MathNode {
    let text: String
    let size: Double
    let atomClass: AtomClass

    func mathML() -> MathML {
        let height = Length.em(size)
        var attributes: Attributes = ["maxsize": height, "minsize": height, "stretchy": "true", "symmetric": "true"]
        if atomClass == .ord || atomClass == .rel {
            attributes["lspace"] = atomClass == .rel ? "0.2778em" : "0em"
            attributes["rspace"] = attributes["lspace"]
        }
        return MathML("mo", attributes, text: text)
    }

    func runs(_ writer: inout RunWriter) {
        writer.write(text)
    }
}
