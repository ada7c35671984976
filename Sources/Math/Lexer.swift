/// Cuts TeX into tokens. A control sequence is a backslash and a run of ASCII letters, or a backslash and
/// one other character; `%` starts a comment that runs to the end of its line.
enum Lexer {
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let start = index
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case " ", "\t", "\n", "\r":
                while index < scalars.count, isSpace(scalars[index]) { index += 1 }
                tokens.append(Token(kind: .space, range: start..<index))
            case "%":
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
            case "\\":
                let name = commandName(scalars, from: &index)
                tokens.append(Token(kind: .command(name), range: start..<index))
            default:
                tokens.append(Token(kind: .character(scalar), range: start..<index))
            }
        }
        tokens.append(Token(kind: .end, range: scalars.count..<scalars.count))
        return tokens
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// The name after a backslash; empty for a backslash that ends the formula.
    private static func commandName(_ scalars: [Unicode.Scalar], from index: inout Int) -> String {
        guard index < scalars.count else { return "" }
        guard isLetter(scalars[index]) else {
            index += 1
            return String(scalars[index - 1])
        }
        var name = String.UnicodeScalarView()
        while index < scalars.count, isLetter(scalars[index]) {
            name.append(scalars[index])
            index += 1
        }
        return String(name)
    }
}
