/// Precedence, lowest first: `?:`, `||`, `&&`, comparisons, ranges, `+ -`, `* / % @`, prefix `- + !`, `**`,
/// postfix calls, subscripts and members. `**` binds tighter than prefix minus and groups to the right,
/// as in Python: `-x**2` is −(x²) and `2**3**2` is 2⁹.
extension Parser {
    mutating func expression(allowTrailingClosure: Bool = true) throws -> Expr {
        try nest()
        defer { depth -= 1 }
        let saved = trailingClosuresAllowed
        trailingClosuresAllowed = allowTrailingClosure
        defer { trailingClosuresAllowed = saved }
        return try conditional()
    }

    /// Parses a nested expression inside brackets, where trailing closures are always allowed.
    mutating func enclosedExpression() throws -> Expr {
        try expression(allowTrailingClosure: true)
    }

    private mutating func conditional() throws -> Expr {
        let condition = try binary(0)
        guard check("?") else { return condition }
        let question = advance()
        let then = try conditional()
        try expect(":", "in the conditional expression")
        let otherwise = try conditional()
        return .conditional(condition, then, otherwise, question.position)
    }

    /// What an infix token builds: a binary operation or a range.
    private enum Infix {
        case binary(BinaryOperator)
        case range(closed: Bool)
    }

    private static let levels: [[String: Infix]] = {
        func binary(_ ops: [BinaryOperator]) -> [String: Infix] {
            Dictionary(uniqueKeysWithValues: ops.map { ($0.text, .binary($0)) })
        }
        return [
            binary([.or]), binary([.and]), binary([.equal, .notEqual] + ComparisonOperator.allCases.map(BinaryOperator.comparison)),
            ["...": .range(closed: true), "..<": .range(closed: false)],
            binary([.arithmetic(.add), .arithmetic(.subtract)]),
            binary([.multiply, .divide, .remainder, .matrixProduct].map(BinaryOperator.arithmetic)),
        ]
    }()

    /// Left-associative binary levels; comparisons and ranges do not chain. `??` sits between the comparisons
    /// and the ranges, as in Swift.
    private mutating func binary(_ level: Int) throws -> Expr {
        guard level < Parser.levels.count else { return try prefix() }
        var left = try operand(of: level)
        // Each operator of a chain wraps the tree built so far, one level deeper to evaluate.
        let outer = depth
        defer { depth = outer }
        while current.kind == .operator, let infix = Parser.levels[level][current.text], continuesExpression() {
            try nest()
            let op = advance()
            switch infix {
            case .range(let closed):
                if closed, endsPartialRange() {
                    left = .range(left, nil, closed: true, op.position)
                    continue
                }
                left = .range(left, try operand(of: level), closed: closed, op.position)
            case .binary(let binaryOperator):
                left = .binary(binaryOperator, left, try operand(of: level), op.position)
            }
            if level == 2 || level == 3, current.kind == .operator, Parser.levels[level][current.text] != nil {
                throw unexpected(level == 2 ? "comparisons cannot be chained; use `&&`" : "ranges cannot be chained")
            }
        }
        return left
    }

    private mutating func operand(of level: Int) throws -> Expr {
        level == 2 ? try coalescing() : try binary(level + 1)
    }

    /// `a ?? b ?? c`, grouped to the right.
    private mutating func coalescing() throws -> Expr {
        let left = try binary(3)
        guard check("??"), continuesExpression() else { return left }
        try nest()
        defer { depth -= 1 }
        let op = advance()
        return .coalesce(left, try coalescing(), op.position)
    }

    /// A binary operator at the start of a line continues the expression, except `-`, `+` and `!`,
    /// which start a new statement there.
    private func continuesExpression() -> Bool {
        !current.newlineBefore || !["-", "+", "!"].contains(current.text)
    }

    /// `xs[2...]`, `xs[...]` and `case 90...:`: a range operator followed directly by `]`, `,`, `)`, a case's `:`
    /// (or a loop body's `{`) has no upper bound.
    private func endsPartialRange() -> Bool {
        current.kind == .punctuation
            && (["]", ",", ")", ":"].contains(current.text) || current.text == "{" && !trailingClosuresAllowed)
    }

    private mutating func prefix() throws -> Expr {
        if current.kind == .operator, current.text == "..." || current.text == "..<" {
            try nest()
            defer { depth -= 1 }
            let op = advance()
            if op.text == "...", endsPartialRange() { return .range(nil, nil, closed: true, op.position) }
            return .range(nil, try prefix(), closed: op.text == "...", op.position)
        }
        if current.kind == .operator, let unary = UnaryOperator(rawValue: current.text) {
            try nest()
            defer { depth -= 1 }
            let op = advance()
            let operand = try prefix()
            if unary == .negate, case .integer(let value, _) = operand { return .integer(-value, op.position) }
            if unary == .negate, case .float(let value, _) = operand { return .float(-value, op.position) }
            return .unary(unary, operand, op.position)
        }
        return try power()
    }

    private mutating func power() throws -> Expr {
        let base = try postfix()
        guard check("**") else { return base }
        try nest()
        defer { depth -= 1 }
        let op = advance()
        let exponent = try prefix()
        return .binary(.arithmetic(.power), base, exponent, op.position)
    }

    private mutating func postfix() throws -> Expr {
        var expr = try primary()
        let outer = depth
        defer { depth = outer }
        // Where the first `?` of an optional chain was, if any: the whole chain becomes optional.
        var chain: Position?
        while true {
            try nest()
            if check("?"), touchesPrevious(), peek(1).text == "." || peek(1).text == "[",
               peek(1).kind == .punctuation || peek(1).kind == .operator {
                let question = advance()
                chain = chain ?? question.position
                expr = .optionalBind(expr, question.position)
                continue
            }
            if check("("), !current.newlineBefore {
                let open = advance()
                let args = try arguments(closing: ")")
                expr = .call(expr, args + (try trailingClosures()), open.position)
            } else if check("["), !current.newlineBefore {
                let open = advance()
                var indices: [Expr] = []
                var defaultValue: Expr?
                repeat {
                    // `d[key, default: value]`, Swift's dictionary subscript with a value for a missing key.
                    if indices.count == 1, check("default"), peek(1).text == ":" {
                        advance()
                        advance()
                        defaultValue = try enclosedExpression()
                        break
                    }
                    indices.append(try enclosedExpression())
                } while match(",")
                try expect("]", "to close the subscript")
                expr = defaultValue.map { .defaultedSubscript(expr, key: indices[0], defaultValue: $0, open.position) }
                    ?? .subscripted(expr, indices, open.position)
            } else if check(".") {
                advance()
                let name = current
                guard name.kind == .identifier || name.kind == .integer || name.kind == .keyword else {
                    throw unexpected("expected a member name after `.`")
                }
                advance()
                expr = .member(expr, name.text, name.position)
            } else if check("!"), touchesPrevious() {
                expr = .forceUnwrap(expr, advance().position)
            } else if check("{"), !current.newlineBefore, trailingClosuresAllowed {
                expr = .call(expr, try trailingClosures(), current.position)
            } else {
                return chain.map { .optionalChain(expr, $0) } ?? expr
            }
        }
    }

    /// True when the current token directly follows the previous one on its line, as a postfix `!` does.
    private func touchesPrevious() -> Bool {
        let before = previous
        return !current.newlineBefore && before.position.line == current.position.line
            && before.position.column + before.text.count == current.position.column
    }

    private mutating func trailingClosures() throws -> [Argument] {
        guard check("{"), !current.newlineBefore, trailingClosuresAllowed else { return [] }
        let position = current.position
        return [Argument(label: nil, value: try closure(), position: position)]
    }

    /// `label: value, value, …` up to the closing bracket.
    private mutating func arguments(closing: String) throws -> [Argument] {
        var args: [Argument] = []
        if match(closing) { return args }
        repeat {
            if check(closing) { break }
            let position = current.position
            var label: String?
            if (current.kind == .identifier || current.kind == .keyword), peek(1).text == ":",
               peek(1).kind == .punctuation {
                label = advance().text
                advance()
            }
            args.append(Argument(label: label, value: try argumentValue(), position: position))
        } while match(",")
        try expect(closing, "to close the argument list")
        return args
    }

    /// The operators that may be passed as functions.
    private static let operatorFunctions: [String: BinaryOperator] = Dictionary(uniqueKeysWithValues: (
        [.add, .subtract, .multiply, .divide].map(BinaryOperator.arithmetic)
            + ComparisonOperator.allCases.map(BinaryOperator.comparison) + [.equal, .notEqual]
    ).map { ($0.text, $0) })

    /// An argument may be a bare operator such as `+`, used as a function.
    private mutating func argumentValue() throws -> Expr {
        if current.kind == .operator, let op = Parser.operatorFunctions[current.text],
           peek(1).text == "," || peek(1).text == ")" {
            return .operatorFunction(op, advance().position)
        }
        return try enclosedExpression()
    }

    private mutating func primary() throws -> Expr {
        let token = current
        switch token.kind {
        case .integer:
            advance()
            guard let value = Int(token.text.replacingOccurrences(of: "_", with: "")) else {
                return .float(Double(token.text.replacingOccurrences(of: "_", with: "")) ?? .infinity, token.position)
            }
            return .integer(value, token.position)
        case .float:
            advance()
            return .float(Double(token.text.replacingOccurrences(of: "_", with: "")) ?? .nan, token.position)
        case .string:
            if let problem = token.problem {
                throw LanguageError(message: problem, position: token.position, length: token.text.count)
            }
            advance()
            return .string(try token.segments.map(interpolatedPart), token.position)
        case .identifier:
            advance()
            // `Set<Int>()` would read as a chain of comparisons; say what is missing instead.
            if token.text == "Set", check("<") { throw Resolver.missingSet(at: token.position) }
            return .name(token.text, token.position)
        case .keyword where token.text == "true" || token.text == "false":
            advance()
            return .bool(token.text == "true", token.position)
        case .keyword where token.text == "nil":
            advance()
            return .nilLiteral(token.position)
        case .punctuation where token.text == "(":
            return try parenthesized()
        case .punctuation where token.text == "[":
            advance()
            if check(":"), peek(1).text == "]" {
                advance()
                advance()
                return .dictionary([], token.position)
            }
            var items: [Expr] = []
            var entries: [(key: Expr, value: Expr)] = []
            while !check("]") {
                let item = try enclosedExpression()
                if !entries.isEmpty || (items.isEmpty && check(":")) {
                    try expect(":", "after the dictionary key")
                    entries.append((item, try enclosedExpression()))
                } else {
                    items.append(item)
                }
                if !match(",") { break }
            }
            if !entries.isEmpty {
                try expect("]", "to close the dictionary literal")
                return .dictionary(entries, token.position)
            }
            try expect("]", "to close the array literal")
            return .array(items, token.position)
        case .punctuation where token.text == "{":
            return try closure()
        case .punctuation where token.text == "\\":
            return try keyPath()
        default:
            throw unexpected("expected an expression")
        }
    }

    private func interpolatedPart(_ segment: StringSegment) throws -> InterpolatedPart {
        switch segment {
        case .text(let text):
            return .text(text)
        case .code(let tokens, let start):
            var inner = Parser(tokens: tokens)
            guard inner.current.kind != .end else {
                throw LanguageError(message: "empty interpolation `\\()`", position: start)
            }
            let expr = try inner.expression()
            guard inner.current.kind == .end else { throw inner.unexpected("expected `)` to end the interpolation") }
            return .expr(expr)
        }
    }

    /// `(e)` groups; `(a, b)` is a tuple; `()` is the empty tuple.
    private mutating func parenthesized() throws -> Expr {
        let open = advance()
        // `(+)`: Swift's way to write an operator as a function anywhere, as in `["+": (+), "*": (*)]`.
        if current.kind == .operator, let op = Parser.operatorFunctions[current.text], peek(1).text == ")" {
            let position = advance().position
            advance()
            return .operatorFunction(op, position)
        }
        var items: [Expr] = []
        var sawComma = false
        while !check(")") {
            if current.kind == .identifier, peek(1).text == ":" { advance(); advance() }
            items.append(try enclosedExpression())
            if !match(",") { break }
            sawComma = true
        }
        try expect(")", "to close the parenthesis")
        if items.count == 1 && !sawComma { return items[0] }
        return .tuple(items, open.position)
    }

    /// `{ x, y in … }`, `{ (x: Double) -> Double in … }` or `{ $0 + $1 }`.
    mutating func closure() throws -> Expr {
        let openIndex = index
        let open = try expect("{", "to start a closure")
        let parameters = try closureParameters()
        let body = try insideFunction { try $0.statementsUntilBrace(opened: open) }
        let resolved = parameters ?? Parser.implicitParameters(
            count: Parser.highestDollar(in: tokens[(openIndex + 1)..<(index - 1)]), at: open.position)
        return .closure(FunctionDecl(name: "closure", parameters: resolved, body: body, position: open.position))
    }

    /// Swift's key path as a function, `xs.map(\.count)`, `pairs.map(\.0)`: the closure `{ $0.count }`, members
    /// chained as written.
    private mutating func keyPath() throws -> Expr {
        let slash = advance()
        var body = Expr.name("$0", slash.position)
        repeat {
            guard check("."), touchesPrevious() else { throw unexpected("expected `.` and a member name after `\\`") }
            advance()
            let name = current
            guard touchesPrevious(), name.kind == .identifier || name.kind == .integer || name.kind == .keyword else {
                throw unexpected("expected a member name in the key path")
            }
            advance()
            body = .member(body, name.text, name.position)
        } while check(".") && touchesPrevious()
        return .closure(FunctionDecl(
            name: "closure", parameters: Parser.implicitParameters(count: 1, at: slash.position),
            body: [.expression(body, nil)], position: slash.position))
    }

    /// Explicit parameters when an `in` follows a parameter list; nil when the closure uses `$0`, `$1`, ….
    private mutating func closureParameters() throws -> [Parameter]? {
        var lookahead = index
        var sawIn = false
        while lookahead < tokens.count {
            let t = tokens[lookahead]
            if t.kind == .keyword && t.text == "in" { sawIn = true; break }
            let allowed = t.kind == .identifier || [",", "(", ")", ":", "->", "[", "]", "?"].contains(t.text)
            if !allowed { break }
            lookahead += 1
        }
        guard sawIn else { return nil }
        var parameters: [Parameter] = []
        let parenthesized = match("(")
        while current.kind == .identifier {
            let name = advance()
            if match(":") { try skipType() }
            parameters.append(Parameter(label: nil, name: name.text, defaultValue: nil, position: name.position))
            if !match(",") { break }
        }
        if parenthesized { try expect(")", "to close the closure parameters") }
        if match("->") { try skipType() }
        try expect("in", "after the closure parameters")
        return parameters
    }

    private static func implicitParameters(count: Int, at position: Position) -> [Parameter] {
        (0..<count).map { Parameter(label: nil, name: "$\($0)", defaultValue: nil, position: position) }
    }

    /// The number of `$n` parameters a closure body uses, ignoring nested closures' own.
    private static func highestDollar(in body: ArraySlice<Token>) -> Int {
        var highest = 0
        var depth = 0
        for t in body {
            if t.kind == .punctuation && t.text == "{" { depth += 1 }
            if t.kind == .punctuation && t.text == "}" { depth -= 1 }
            guard depth == 0 else { continue }
            if t.kind == .identifier, t.text.hasPrefix("$"), let n = Int(t.text.dropFirst()) {
                highest = max(highest, n + 1)
            }
            for case .code(let inner, _) in t.segments {
                highest = max(highest, highestDollar(in: inner[...]))
            }
        }
        return highest
    }
}
