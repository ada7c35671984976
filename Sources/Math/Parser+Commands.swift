extension Parser {
    /// A command after its name was read: its arguments, then its handler. An unknown command stays in the
    /// formula as a visible error, with a warning that suggests the nearest known name.
    mutating func invoke(_ name: String, at token: Token) throws(MathError) -> any MathNode {
        guard let command = Registry.commands[name] else {
            if let alias = Aliases.macros[name] {
                position -= 1
                try expand(alias, named: name)
                return try parseAtom()
            }
            if name.isEmpty { throw MathError("a lone \\ ends the formula", at: token.range) }
            guard Lexer.isLetter(name.unicodeScalars.first!) else { throw unexpected(token) }
            let suggestion = Registry.suggestion(for: name).map { "\\" + $0 }
            warn(MathError("unknown command \\\(name)", at: token.range, suggestion: suggestion))
            return ErrorNode(token.text)
        }
        var arguments: [Argument] = []
        for kind in command.arguments {
            arguments.append(try readArgument(kind, of: name, at: token))
        }
        return try command.handler(&self, Invocation(name: name, arguments: arguments, range: token.range.lowerBound..<lastEnd))
    }

    mutating func readArgument(_ kind: ArgumentKind, of name: String, at token: Token) throws(MathError) -> Argument {
        switch kind {
        case .math:
            guard let node = try scriptArgument() else {
                throw MathError("\\\(name) needs an argument", at: token.range)
            }
            return .node(node)
        case .optionalMath:
            guard let open = peek(), open.isCharacter("[") else { return .absent }
            skipSpaces()
            position += 1
            let list = try parseList(until: [.bracket, .brace])
            guard tokens[position].isCharacter("]") else { throw MathError("this [ is never closed", at: open.range) }
            position += 1
            return .node(RowNode(list))
        case .raw:
            return .raw(try rawArgument(of: name, at: token))
        case .optionalRaw:
            return try optionalTokens(of: name, at: token).map { .raw($0.map(\.text).joined()) } ?? .absent
        case .delimiter:
            return .raw(try delimiter(after: name, at: token))
        }
    }

    /// A `{…}` group as written, braces inside it kept; a single token when there are no braces.
    mutating func rawArgument(of name: String, at token: Token) throws(MathError) -> String {
        skipSpaces()
        let open = tokens[position]
        guard open.kind != .end else { throw MathError("\\\(name) needs an argument", at: token.range) }
        position += 1
        guard open.isCharacter("{") else { return open.text }
        return try balancedTokens(openedAt: open).map(\.text).joined()
    }

    /// The delimiter after `\left`, `\right`, `\big`, …: its character, or "" for the null delimiter `.`.
    mutating func delimiter(after name: String, at token: Token) throws(MathError) -> String {
        skipSpaces()
        try expandMacros()
        skipSpaces()
        let delimiter = tokens[position]
        let text: String?
        switch delimiter.kind {
        case .character(let scalar): text = Delimiters.character(scalar)
        case .command(let command): text = Delimiters.command(command)
        case .space, .end: throw MathError("\\\(name) needs a delimiter such as ( or \\{ after it", at: token.range)
        }
        guard let text else {
            throw MathError("\(delimiter.text) is not a delimiter \\\(name) can size", at: delimiter.range)
        }
        position += 1
        return text
    }
}
