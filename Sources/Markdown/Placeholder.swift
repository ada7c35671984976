/// Stand-ins for math that cmark passes through as plain text: U+E000, the span's index in decimal, U+E001.
/// Private-use characters are neither punctuation nor whitespace to cmark, so emphasis, escapes and line
/// structure around a placeholder behave as around a word.
enum Placeholder {
    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"

    static let openBytes = Array(String(open).utf8)

    static func bytes(for index: Int) -> [UInt8] { Array("\(open)\(index)\(close)".utf8) }

    /// A piece of text cut at placeholders.
    enum Piece: Equatable {
        case text(String)
        case placeholder(Int)
    }

    /// Cuts `text` into literal runs and placeholder indices below `count`, in order; runs are never empty.
    /// Anything else, even a private-use character the author typed, stays literal.
    static func split(_ text: String, count: Int) -> [Piece] {
        guard text.unicodeScalars.contains(open) else { return text.isEmpty ? [] : [.text(text)] }
        var pieces: [Piece] = []
        var literal = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == open, let (index, rest) = placeholderBody(scalars), index < count {
                if !literal.isEmpty { pieces.append(.text(String(literal))) }
                literal = String.UnicodeScalarView()
                pieces.append(.placeholder(index))
                scalars = rest
            } else {
                literal.append(scalar)
            }
        }
        if !literal.isEmpty { pieces.append(.text(String(literal))) }
        return pieces
    }

    /// The index and the text after the closing mark, when `scalars` continues a well-formed placeholder.
    private static func placeholderBody(
        _ scalars: Substring.UnicodeScalarView
    ) -> (Int, Substring.UnicodeScalarView)? {
        let digits = scalars.prefix { ("0"..."9").contains($0) }
        let rest = scalars.dropFirst(digits.count)
        guard !digits.isEmpty, rest.first == close, let index = Int(String(String.UnicodeScalarView(digits))) else {
            return nil
        }
        return (index, rest.dropFirst())
    }
}
