/// Text inside a formula (`\text{if }`): runs of characters, each in one alphabet. Spaces are kept as
/// no-break spaces, which MathML does not collapse.
struct TextNode: MathNode {
    enum Piece: Sendable {
        case text(String, MathVariant?)
        case error(String)
        /// Math inside the text (`\text{$n$ times}`), or a box drawn around text (`\sout{…}`).
        case node(any MathNode)
    }

    private(set) var pieces: [Piece] = []

    /// Adds text, merged into the last piece when it has the same font. The last piece is taken out while it
    /// grows, so its storage grows in place rather than being copied for every character added.
    mutating func append(_ text: String, font: MathVariant?) {
        guard case .text(_, let previousFont)? = pieces.last, previousFont == font,
              case .text(var previous, _) = pieces.removeLast() else {
            pieces.append(.text(text, font))
            return
        }
        previous += text
        pieces.append(.text(previous, font))
    }

    mutating func append(contentsOf other: TextNode) {
        for piece in other.pieces {
            switch piece {
            case .text(let text, let font): append(text, font: font)
            case .error(let source): appendError(source)
            case .node(let node): pieces.append(.node(node))
            }
        }
    }

    mutating func appendError(_ source: String) {
        pieces.append(.error(source))
    }

    mutating func append(node: any MathNode) {
        pieces.append(.node(node))
    }

    /// The characters of the text, without its math and errors.
    var plainText: String {
        pieces.map { piece in
            if case .text(let text, _) = piece { text } else { "" }
        }.joined()
    }

    func mathML() -> MathML {
        .row(pieces.map { piece in
            switch piece {
            case .text(let text, let font):
                let shown = (font.map { $0 == .italic || $0 == .boldItalic || $0 == .bold ? $0.map(text) : text } ?? text)
                return MathML("mtext", text: shown.replacingSpaces)
            case .error(let source):
                return ErrorNode(source).mathML()
            case .node(let node):
                return node.mathML()
            }
        })
    }

    func runs(_ writer: inout RunWriter) {
        for piece in pieces {
            switch piece {
            case .text(let text, let font): writer.write(text, style: font?.runStyle ?? .normal)
            case .error(let source): writer.write(source)
            case .node(let node): node.runs(&writer)
            }
        }
    }
}

extension String {
    /// Spaces as no-break spaces, which MathML keeps at the ends of `<mtext>`.
    var replacingSpaces: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == " " ? "\u{A0}" : $0 }))
    }
}
