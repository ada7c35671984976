extension Parser {
    /// `^` or `_` and its argument, attached to the last atom (or to an empty base at the start of a list).
    mutating func attachScript(to list: inout [any MathNode]) throws(MathError) {
        let marker = next()
        let superscript = marker.isCharacter("^")
        guard let argument = try scriptArgument() else {
            throw MathError("\(superscript ? "^" : "_") needs something to raise or lower", at: marker.range)
        }
        var scripts = (list.popLast()).map(ScriptsNode.wrapping) ?? ScriptsNode(base: RowNode([]))
        if superscript {
            guard scripts.superscript == nil else {
                throw MathError("double superscript: group them as x^{ab}", at: marker.range)
            }
            scripts.superscript = argument
        } else {
            guard scripts.subscript == nil else {
                throw MathError("double subscript: group them as x_{ab}", at: marker.range)
            }
            scripts.subscript = argument
        }
        list.append(scripts)
    }

    /// `f'` and `f''`: primes after the base, before any scripts.
    mutating func attachPrimes(to list: inout [any MathNode]) throws(MathError) {
        let first = tokens[position]
        var count = 0
        while tokens[position].isCharacter("'") {
            count += 1
            position += 1
        }
        var scripts = (list.popLast()).map(ScriptsNode.wrapping) ?? ScriptsNode(base: RowNode([]))
        guard scripts.superscript == nil, scripts.primes == nil else {
            throw MathError("a prime after a superscript: write x^{a\\prime}", at: first.range)
        }
        let primes = ["′", "″", "‴", "⁗"]
        scripts.primes = count <= primes.count ? primes[count - 1] : String(repeating: "′", count: count)
        list.append(scripts)
    }

    /// What `^`, `_` and a command's math argument take: a group, or a single token (with the arguments of
    /// a command), so `x^2`, `x^{10}` and `\nabla_\mathbf{w}` all work. Nil at the end of the list.
    mutating func scriptArgument() throws(MathError) -> (any MathNode)? {
        skipSpaces()
        try expandMacros()
        skipSpaces()
        let token = tokens[position]
        switch token.kind {
        case .end, .character("}"), .character("&"), .character("^"), .character("_"), .command("\\"),
             .command("end"), .command("right"):
            return nil
        case .character(let scalar) where ("0"..."9").contains(scalar):
            position += 1
            return SymbolNode(String(scalar), .number, font: font)
        default:
            return try parseAtom(asArgument: true)
        }
    }
}
