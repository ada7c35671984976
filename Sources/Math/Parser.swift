/// Reads a formula's tokens into nodes. Commands are looked up in `Registry`; an unknown one becomes a
/// visible error in place and a warning, while a formula that cannot be read at all throws.
struct Parser {
    /// Tokens that end a list: each nested construct says which ones close it.
    struct Stops: OptionSet, Sendable {
        let rawValue: Int
        static let brace = Stops(rawValue: 1)
        static let bracket = Stops(rawValue: 2)
        /// `&`, `\\` and `\end`: the end of a table cell.
        static let cell = Stops(rawValue: 4)
        /// `\right` and `\middle`.
        static let fence = Stops(rawValue: 8)
        /// `$`, closing math inside text.
        static let dollar = Stops(rawValue: 16)
        /// `\)`, closing math inside text.
        static let mathClose = Stops(rawValue: 32)
    }

    let scalars: [Unicode.Scalar]
    /// The tokens still to read grow where a macro is expanded in place.
    var tokens: [Token]
    var position = 0
    /// Macros in force: the caller's table, plus whatever this formula defines.
    var macros: Macros
    /// Macro expansions made so far, bounded by `Macros.maximumExpansions`.
    var expansions = 0
    /// The equation number `\tag` asks for, and whether `\notag` said there is none.
    var tag: TextNode?
    var notag = false
    /// Whether the formula is set in display, for `\mathchoice`.
    var display = false
    /// The alphabet font commands put letters in while their argument is read.
    var font: MathVariant?
    /// The stops of the list being read, so a switch such as `\displaystyle` can read the rest of it.
    private(set) var stops: Stops = []
    private(set) var warnings: [MathError] = []
    private var depth = 0

    static let maximumDepth = 150

    init(_ tex: String, macros: Macros = Macros()) {
        scalars = Array(tex.unicodeScalars)
        tokens = Lexer.tokens(scalars)
        self.macros = macros
    }

    /// The whole formula as one row.
    mutating func parseFormula() throws(MathError) -> RowNode {
        let list = try parseList(until: [])
        if let stray = peek(skippingSpaces: false), stray.kind != .end { throw unexpected(stray) }
        return RowNode(list)
    }

    /// Atoms up to one of `stops` or the end, which are left unread.
    mutating func parseList(until stops: Stops) throws(MathError) -> [any MathNode] {
        let outer = self.stops
        self.stops = stops
        defer { self.stops = outer }
        try enter(at: tokens[position].range)
        defer { depth -= 1 }
        var list: [any MathNode] = []
        while true {
            try expandMacros()
            let token = tokens[position]
            if token.kind == .end || ends(token, stops) { return list }
            switch token.kind {
            case .space: position += 1
            case .character("^"), .character("_"): try attachScript(to: &list)
            case .character("'"): try attachPrimes(to: &list)
            case .command(let name) where GeneralizedFractions.infix[name] != nil:
                list = [try parseInfixFraction(GeneralizedFractions.infix[name]!, numerator: list, until: stops)]
            case .command(let name) where (name == "limits" || name == "nolimits") && list.last?.placingLimits(.always) != nil:
                position += 1
                list[list.count - 1] = list[list.count - 1].placingLimits(name == "limits" ? .always : .beside)!
            default:
                let atom = try parseAtom()
                if !atom.leavesNothing { list.append(atom) }
            }
        }
    }

    /// One atom: a group, a number, a symbol, or a command with its arguments. Braces read as an argument
    /// only delimit it; in a list they make an ordinary atom.
    mutating func parseAtom(asArgument: Bool = false) throws(MathError) -> any MathNode {
        try expandMacros()
        let token = tokens[position]
        try enter(at: token.range)
        defer { depth -= 1 }
        position += 1
        switch token.kind {
        case .character("{"):
            return try parseGroup(openedAt: token, asArgument: asArgument)
        case .character(let scalar) where ("0"..."9").contains(scalar):
            return parseNumber(startingWith: scalar)
        case .character(let scalar):
            guard let symbol = Symbols.character(scalar, font: font) else { throw unexpected(token) }
            return symbol
        case .command(let name):
            return try invoke(name, at: token)
        case .space, .end:
            throw MathError("expected a symbol or a group", at: token.range)
        }
    }

    /// A `{…}` group after its opening brace.
    mutating func parseGroup(openedAt open: Token, asArgument: Bool) throws(MathError) -> any MathNode {
        let list = try parseList(until: .brace)
        try expectClosingBrace(for: open)
        return RowNode(list, group: !asArgument)
    }

    /// `}`, or `\endgroup`, which TeX takes for one.
    mutating func expectClosingBrace(for open: Token) throws(MathError) {
        guard tokens[position].isCharacter("}") || tokens[position].isCommand("endgroup") else {
            throw MathError("this { is never closed", at: open.range)
        }
        position += 1
    }

    /// The token after any spaces, without reading it; nil at the end.
    func peek(skippingSpaces: Bool = true) -> Token? {
        var index = position
        while skippingSpaces, tokens[index].isSpace { index += 1 }
        return tokens[index].kind == .end ? nil : tokens[index]
    }

    /// Reads a `*` right after a command name (`\\operatorname*`, `\\hspace*`); true when there was one.
    mutating func skipStar() -> Bool {
        guard tokens[position].isCharacter("*") else { return false }
        position += 1
        return true
    }

    mutating func skipSpaces() {
        while tokens[position].isSpace { position += 1 }
    }

    /// Reads the next token, whatever it is.
    mutating func next() -> Token {
        let token = tokens[position]
        if token.kind != .end { position += 1 }
        return token
    }

    /// The source of `range`, as written.
    func source(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    /// Where the previous token ended.
    var lastEnd: Int { position > 0 ? tokens[position - 1].range.upperBound : 0 }

    mutating func warn(_ warning: MathError) {
        warnings.append(warning)
    }

    private mutating func enter(at range: Range<Int>) throws(MathError) {
        depth += 1
        if depth > Self.maximumDepth { throw MathError("the formula is nested too deeply", at: range) }
    }

    private func ends(_ token: Token, _ stops: Stops) -> Bool {
        switch token.kind {
        case .character("}"), .command("endgroup"): stops.contains(.brace)
        case .character("]"): stops.contains(.bracket)
        case .character("&"), .command("\\"), .command("end"), .command("cr"): stops.contains(.cell)
        case .command("right"), .command("middle"): stops.contains(.fence)
        case .character("$"): stops.contains(.dollar)
        case .command(")"): stops.contains(.mathClose)
        default: false
        }
    }

    /// The error for a token that cannot stand where it is.
    func unexpected(_ token: Token) -> MathError {
        switch token.kind {
        case .character("}"): MathError("this } closes nothing", at: token.range)
        case .character("&"): MathError("& aligns only inside an environment such as aligned or matrix", at: token.range)
        case .character("#"): MathError("# (a macro parameter) has no meaning here", at: token.range)
        case .command("\\"), .command("cr"): MathError("\\\\ starts a new row only inside an environment", at: token.range)
        case .command("end"): MathError("\\end without a matching \\begin", at: token.range)
        case .command("right"): MathError("\\right without a matching \\left", at: token.range)
        case .command("middle"): MathError("\\middle belongs between \\left and \\right", at: token.range)
        default: MathError("unexpected \(token.text)", at: token.range)
        }
    }

    /// Digits, with one decimal point between digits: `3.25` is one number.
    private mutating func parseNumber(startingWith first: Unicode.Scalar) -> any MathNode {
        var digits = String(first)
        var seenPoint = false
        while case .character(let scalar) = tokens[position].kind {
            if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
            } else if scalar == ".", !seenPoint, case .character(let after) = tokens[position + 1].kind,
                      ("0"..."9").contains(after) {
                seenPoint = true
                digits += "."
            } else {
                break
            }
            position += 1
        }
        return SymbolNode(digits, .number, font: font)
    }
}
