/// One TeX token: a control sequence, a character, or a run of white space, with where it stands.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// `\frac` is `command("frac")`; `\,` is `command(",")`.
        case command(String)
        case character(Unicode.Scalar)
        case space
        case end
    }

    var kind: Kind
    /// Offsets in Unicode scalars into the formula.
    var range: Range<Int>

    var isSpace: Bool { kind == .space }

    func isCharacter(_ scalar: Unicode.Scalar) -> Bool { kind == .character(scalar) }

    func isCommand(_ name: String) -> Bool { kind == .command(name) }

    /// The token as TeX writes it; a run of spaces is one space.
    var text: String {
        switch kind {
        case .command(let name): "\\" + name
        case .character(let scalar): String(scalar)
        case .space: " "
        case .end: ""
        }
    }
}
