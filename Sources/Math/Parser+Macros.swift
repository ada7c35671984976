extension Parser {
    /// Replaces a lesson's macro at the reading position by its expansion, again while one starts the
    /// result, so the parser reads what the macro stands for. (Built-in aliases expand where `invoke` meets
    /// them, which costs nothing for the commands that are not aliases.)
    mutating func expandMacros() throws(MathError) {
        guard !macros.isEmpty else { return }
        while case .command(let name) = tokens[position].kind, let macro = macros[name] {
            try expand(macro, named: name)
        }
    }

    /// Replaces the macro at the reading position, with its arguments, by its expansion. Expansion is
    /// bounded: a macro that grows without end stops with an error at the formula, never a hang.
    mutating func expand(_ macro: Macro, named name: String) throws(MathError) {
        let start = tokens[position]
        expansions += 1
        guard expansions <= Macros.maximumExpansions, tokens.count <= Macros.maximumTokens else {
            throw MathError("\\\(name) expands without end (more than \(Macros.maximumExpansions) expansions)",
                            at: start.range)
        }
        let first = position
        position += 1
        var arguments: [[Token]] = []
        if let fallback = macro.optionalDefault {
            arguments.append(try optionalTokens(of: name, at: start) ?? fallback)
        }
        while arguments.count < macro.parameters {
            arguments.append(try argumentTokens(of: name, at: start))
        }
        let range = start.range.lowerBound..<max(start.range.upperBound, lastEnd)
        guard let expansion = macro.expansion(arguments, at: range, limit: Macros.maximumTokens - tokens.count) else {
            throw MathError("\\\(name) expands to more than \(Macros.maximumTokens) tokens", at: start.range)
        }
        tokens.replaceSubrange(first..<position, with: expansion)
        position = first
    }

    /// The tokens of a `{…}` group without its braces, or one token; spaces before it are skipped.
    mutating func argumentTokens(of name: String, at token: Token) throws(MathError) -> [Token] {
        skipSpaces()
        let open = next()
        switch open.kind {
        case .end: throw MathError("\\\(name) needs an argument", at: token.range)
        case .character("{"): return try balancedTokens(openedAt: open)
        default: return [open]
        }
    }

    /// The tokens of `[…]` when one follows, nil when none does.
    mutating func optionalTokens(of name: String, at token: Token) throws(MathError) -> [Token]? {
        guard let open = peek(), open.isCharacter("[") else { return nil }
        skipSpaces()
        position += 1
        var nesting = 0
        var inside: [Token] = []
        while true {
            let inner = next()
            switch inner.kind {
            case .end: throw MathError("this [ is never closed", at: open.range)
            case .character("{"): nesting += 1
            case .character("}"): nesting -= 1
            case .character("]") where nesting == 0: return inside
            default: break
            }
            inside.append(inner)
        }
    }

    /// The tokens up to the brace that closes `open`, nested braces kept.
    mutating func balancedTokens(openedAt open: Token) throws(MathError) -> [Token] {
        var nesting = 1
        var inside: [Token] = []
        while true {
            let inner = next()
            switch inner.kind {
            case .end: throw MathError("this { is never closed", at: open.range)
            case .character("{"): nesting += 1
            case .character("}"): nesting -= 1
            default: break
            }
            if nesting == 0 { return inside }
            inside.append(inner)
        }
    }
}
