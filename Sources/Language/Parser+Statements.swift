extension Parser {
    mutating func statement() throws -> Stmt {
        try nest()
        defer { depth -= 1 }
        let start = current.position
        if current.kind == .keyword {
            switch current.text {
            case "let", "var": return try declaration()
            case "func": return .function(try functionDeclaration())
            case "if": advance(); return try ifStatement(start)
            case "guard": return try guardStatement()
            case "for": return try forStatement()
            case "while":
                advance()
                let clauses = try conditionClauses()
                let binds = if case .binding = clauses.last { true } else { false }
                let body = try loopBody(binds ? "after the `while let` binding" : "after the `while` condition")
                if clauses.count == 1, case .boolean(let condition) = clauses[0] {
                    return .whileLoop(condition: condition, body: body, start)
                }
                // `while let x = next(), x > 0 { … }`: each pass checks its clauses as a `guard` whose `else` ends the
                // loop, so the bindings are the body's and `continue` checks them again.
                return .whileLoop(
                    condition: .bool(true, start),
                    body: [.guardClauses(clauses, otherwise: [.breakLoop(start)], keyword: "while", start)] + body, start)
            case "repeat":
                advance()
                let body = try loopBody("after `repeat`")
                try expect("while", "after the `repeat` body")
                return .repeatWhile(body: body, condition: try expression(), start)
            case "switch": return try switchStatement()
            case "break" where loopDepth == 0 && switchDepth > 0:
                advance()
                return .breakLoop(start)
            case "break", "continue":
                let keyword = advance()
                guard loopDepth > 0 else {
                    let allowed = keyword.text == "break" ? "inside a loop or a `switch`" : "inside a loop"
                    throw LanguageError(
                        message: "`\(keyword.text)` is only allowed \(allowed)", position: start, length: keyword.text.count)
                }
                return keyword.text == "break" ? .breakLoop(start) : .continueLoop(start)
            case "return":
                guard functionDepth > 0 else {
                    throw LanguageError(message: "`return` is only allowed inside a function", position: start, length: 6)
                }
                advance()
                let endsHere = current.kind == .end || current.newlineBefore || check("}") || check(";")
                return .returnValue(endsHere ? nil : try expression(), start)
            case "true", "false", "nil": break
            case "import":
                let module = peek(1).kind == .identifier ? " \(peek(1).text)" : ""
                let accepted = Parser.systemModules.sorted().map { "`import \($0)`" }.joined(separator: ", ")
                throw LanguageError(
                    message: "`import\(module)` is not available in swift-nn: its builtins, numpy's and matplotlib's names "
                        + "among them, are always there (\(accepted) at the top of a cell are accepted and do nothing)",
                    position: start, length: current.text.count)
            case "struct":
                throw LanguageError(
                    message: "declare a `struct` at the top level of a cell, outside functions, loops and blocks",
                    position: start, length: 6)
            case "class", "enum", "protocol", "extension":
                throw LanguageError(
                    message: "`\(current.text)` is not supported in swift-nn: declare a `struct` (a value type, as Swift's "
                        + "are), or keep data in tuples, arrays and dictionaries", position: start, length: current.text.count)
            default:
                throw LanguageError(
                    message: "`\(current.text)` is not supported in swift-nn", position: start, length: current.text.count)
            }
        }
        if current.kind == .expectation {
            throw LanguageError(
                message: "`//=>` goes at the end of the line of the expression it checks, as in `f(2) //=> 3`",
                position: start, length: 4)
        }
        let expr = try expression()
        if current.kind == .operator, let compound = Parser.assignments[current.text] {
            let op = advance()
            guard isAssignable(expr) else {
                throw LanguageError(message: "cannot assign to this expression", position: expr.position)
            }
            if compound != nil, isDestructuring(expr) {
                throw LanguageError(
                    message: "`\(op.text)` cannot change a tuple of targets or `_`; only `=` can",
                    position: op.position, length: op.text.count)
            }
            let value = try expression()
            return .assignment(target: expr, op: compound, value: value, op.position)
        }
        return .expression(expr, expectationComment())
    }

    /// `=` (no operator) and the compound assignments with the operator they apply.
    private static let assignments: [String: ArithmeticOperator?] = [
        "=": nil, "+=": .add, "-=": .subtract, "*=": .multiply, "/=": .divide, "%=": .remainder,
    ]

    private func isAssignable(_ expr: Expr) -> Bool {
        switch expr {
        case .name: return true
        case .tuple(let items, _): return items.allSatisfy(isAssignable)
        case .subscripted(let base, _, _), .member(let base, _, _), .forceUnwrap(let base, _),
             .defaultedSubscript(let base, _, _, _), .optionalBind(let base, _), .optionalChain(let base, _):
            return isAssignable(base)
        default: return false
        }
    }

    /// `(a, b)` or `_` as a target, which only `=` assigns.
    private func isDestructuring(_ expr: Expr) -> Bool {
        switch expr {
        case .tuple: true
        case .name(let name, _): name == "_"
        default: false
        }
    }

    /// A `//=> …` comment on the same line as the statement just parsed.
    mutating func expectationComment() -> ExpectationComment? {
        guard current.kind == .expectation, !current.newlineBefore else { return nil }
        let token = advance()
        return ExpectationComment(text: String(token.text.dropFirst(4)), position: token.position)
    }

    /// The statements one statement of source makes: one, or one declaration per name of `var w = 0.0, b = 0.0`,
    /// each in turn, so a later value may read an earlier name, as in Swift.
    mutating func statementGroup() throws -> [Stmt] {
        guard current.kind == .keyword, current.text == "let" || current.text == "var" else { return [try statement()] }
        let keyword = current
        var group = [try statement()]
        while match(",") { group.append(try declaration(continuing: keyword)) }
        return group
    }

    mutating func declaration(continuing previous: Token? = nil) throws -> Stmt {
        let keyword = previous ?? advance()
        let pattern = try bindingPattern()
        var annotation: (TypeAnnotation, Position)?
        if match(":") {
            let position = current.position
            annotation = (try typeAnnotation(), position)
        }
        var value: Expr?
        if match("=") { value = try expression() }
        if let annotation, let given = value { value = .annotated(given, annotation.0, annotation.1) }
        if value == nil, keyword.text == "let", case .tuple = pattern {
            throw unexpected("expected `=` to destructure the tuple")
        }
        let expectation = value == nil ? nil : expectationComment()
        return .declaration(isConstant: keyword.text == "let", pattern, value, expectation, keyword.position)
    }

    mutating func bindingPattern() throws -> Pattern {
        let start = current.position
        if match("(") {
            var items: [Pattern] = []
            repeat { items.append(try bindingPattern()) } while match(",")
            try expect(")", "to close the tuple pattern")
            return .tuple(items, start)
        }
        if current.kind == .identifier && current.text == "_" { advance(); return .wildcard(start) }
        let name = try identifier("to bind")
        return .name(name.text, name.position)
    }

    mutating func functionDeclaration() throws -> FunctionDecl {
        advance()
        let name = try identifier("after `func`")
        try expect("(", "to start the parameter list of `\(name.text)`")
        var parameters: [Parameter] = []
        if !check(")") {
            repeat { parameters.append(try parameter()) } while match(",")
        }
        try expect(")", "to close the parameter list of `\(name.text)`")
        var returnsOptional = false
        if match("->"), case .optional = try typeAnnotation() { returnsOptional = true }
        let body = try functionBody("for the body of `\(name.text)`")
        return FunctionDecl(
            name: name.text, parameters: parameters, body: body, position: name.position, returnsOptional: returnsOptional)
    }

    /// `x`, `_ x`, `label x`, each with an optional advisory type and default value.
    mutating func parameter() throws -> Parameter {
        // A keyword may be a label, as in Swift's `func index(of x: Int, in xs: [Int])`.
        let first = current.kind == .keyword && peek(1).kind == .identifier ? advance() : try identifier("for a parameter")
        if first.text == "self" || (current.kind == .identifier && current.text == "self") {
            throw LanguageError(
                message: "`self` cannot name a parameter: in a struct's method it is the value itself",
                position: first.text == "self" ? first.position : current.position, length: 4)
        }
        let label: String? = first.text == "_" ? nil : first.text
        var name = first.text
        if current.kind == .identifier {
            name = advance().text
        } else if first.text == "_" {
            throw unexpected("expected a parameter name after `_`")
        }
        var isOptional = false
        if match(":") {
            if current.text == "inout" {
                throw LanguageError(
                    message: "`inout` is not supported in swift-nn: return the new value, or keep it in a variable the "
                        + "function changes", position: current.position, length: 5)
            }
            if case .optional = try typeAnnotation() { isOptional = true }
        }
        let defaultValue = match("=") ? try expression() : nil
        return Parameter(
            label: label, name: name, defaultValue: defaultValue, position: first.position, isOptional: isOptional)
    }

    mutating func loopBody(_ context: String) throws -> [Stmt] {
        loopDepth += 1
        defer { loopDepth -= 1 }
        return try block(context)
    }

    mutating func functionBody(_ context: String) throws -> [Stmt] {
        try insideFunction { try $0.block(context) }
    }

    /// A function's body starts outside any loop: `break` cannot leave the function.
    mutating func insideFunction<T>(_ parse: (inout Parser) throws -> T) rethrows -> T {
        let (loops, switches) = (loopDepth, switchDepth)
        (loopDepth, switchDepth) = (0, 0)
        functionDepth += 1
        defer {
            (loopDepth, switchDepth) = (loops, switches)
            functionDepth -= 1
        }
        return try parse(&self)
    }

    mutating func block(_ context: String) throws -> [Stmt] {
        let open = try expect("{", context)
        return try statementsUntilBrace(opened: open)
    }

    /// Statements up to and including the `}` that closes `open`.
    mutating func statementsUntilBrace(opened open: Token) throws -> [Stmt] {
        var statements: [Stmt] = []
        while !check("}") {
            if current.kind == .end {
                throw LanguageError(message: "this `{` is never closed; expected a matching `}`", position: open.position)
            }
            if match(";") { continue }
            statements += try statementGroup()
            try endOfStatement()
        }
        advance()
        return statements
    }

    private mutating func ifStatement(_ start: Position) throws -> Stmt {
        let clauses = try conditionClauses()
        let binds = if case .binding = clauses.last { true } else { false }
        let then = try block(binds ? "after the `if let` binding" : "after the `if` condition")
        let otherwise = try elseBranch()
        guard clauses.count == 1 else { return .ifClauses(clauses, then: then, otherwise: otherwise, start) }
        switch clauses[0] {
        case .boolean(let condition):
            return .ifElse(condition: condition, then: then, otherwise: otherwise, start)
        case .binding(let pattern, let isConstant, let value):
            return .ifLet(pattern, isConstant: isConstant, value: value, then: then, otherwise: otherwise, start)
        }
    }

    /// `switch value { case patterns [where condition]: statements … default: statements }`.
    private mutating func switchStatement() throws -> Stmt {
        let keyword = advance()
        let subject = try expression(allowTrailingClosure: false)
        let open = try expect("{", "after the `switch` value")
        switchDepth += 1
        defer { switchDepth -= 1 }
        var cases: [SwitchCase] = []
        var defaultBody: [Stmt]?
        while !match("}") {
            let start = current.position
            if current.kind == .end {
                throw LanguageError(message: "this `{` is never closed; expected a matching `}`", position: open.position)
            }
            if match("default") {
                guard defaultBody == nil else {
                    throw LanguageError(message: "a `switch` has one `default`", position: start, length: 7)
                }
                try expect(":", "after `default`")
                defaultBody = try caseBody(start)
                continue
            }
            guard match("case") else { throw unexpected("expected `case` or `default` in the `switch`") }
            if defaultBody != nil {
                throw LanguageError(message: "`default` must be the last case of a `switch`", position: start, length: 4)
            }
            var patterns: [(pattern: SwitchPattern, condition: Expr?)] = []
            repeat {
                let pattern = try switchPattern(binding: false)
                var condition: Expr?
                if current.kind == .identifier && current.text == "where" {
                    advance()
                    condition = try expression(allowTrailingClosure: false)
                }
                patterns.append((pattern, condition))
            } while match(",")
            if patterns.count > 1, patterns.contains(where: \.pattern.binds) {
                throw LanguageError(
                    message: "a case with several patterns cannot bind names; give it a case of its own", position: start,
                    length: 4)
            }
            try expect(":", "after the case's patterns")
            cases.append(SwitchCase(patterns: patterns, body: try caseBody(start)))
        }
        guard !cases.isEmpty || defaultBody != nil else {
            throw LanguageError(message: "a `switch` needs at least one `case`", position: keyword.position, length: 6)
        }
        return .switchCases(subject, cases: cases, defaultBody: defaultBody, keyword.position)
    }

    /// `_`, `let name`, `let (a, b)`, `(let a, 0)`, or a value such as `3`, `"up"` or `0..<10`.
    private mutating func switchPattern(binding: Bool) throws -> SwitchPattern {
        let start = current.position
        if !binding, check("let") || check("var") {
            advance()
            return try switchPattern(binding: true)
        }
        if current.kind == .identifier && current.text == "_" {
            advance()
            return .wildcard
        }
        if check("("), binding || opensTuplePattern() {
            advance()
            var items: [SwitchPattern] = []
            repeat { items.append(try switchPattern(binding: binding)) } while match(",")
            try expect(")", "to close the tuple pattern")
            return items.count == 1 ? items[0] : .tuple(items, start)
        }
        if binding {
            let name = try identifier("to bind")
            return .binding(name.text, name.position)
        }
        return .value(try expression(allowTrailingClosure: false))
    }

    /// Whether the `(` here opens a tuple pattern, `(0, _)` or `(let x, 1)`, rather than a parenthesised value such
    /// as `(1 + 2) * 2`: a comma directly inside it, or a `let`, `var` or `_` anywhere inside.
    private func opensTuplePattern() -> Bool {
        var depth = 0
        var offset = 0
        while true {
            let token = peek(offset)
            offset += 1
            if token.kind == .end { return false }
            switch token.text {
            case "(", "[": depth += 1
            case ")", "]":
                depth -= 1
                if depth == 0 { return false }
            case "," where depth == 1: return true
            case "let", "var", "_": return true
            default: break
            }
        }
    }

    /// The statements of a case, up to the next `case`, `default` or the closing `}`; Swift wants at least one.
    private mutating func caseBody(_ start: Position) throws -> [Stmt] {
        var statements: [Stmt] = []
        while !check("case"), !check("default"), !check("}"), current.kind != .end {
            if match(";") { continue }
            statements += try statementGroup()
            try endOfStatement()
        }
        guard !statements.isEmpty else {
            throw LanguageError(message: "a case needs at least one statement; write `break` to do nothing", position: start)
        }
        return statements
    }

    /// `guard clauses else { … }`, whose `else` block must end by leaving the scope, as Swift requires.
    private mutating func guardStatement() throws -> Stmt {
        let keyword = advance()
        let clauses = try conditionClauses()
        try expect("else", "after the `guard` condition")
        let otherwise = try block("after `else`")
        guard Parser.leavesScope(otherwise) else {
            throw LanguageError(
                message: "the `else` of a `guard` must leave the scope: end it with `return`, `break` or `continue`",
                position: keyword.position, length: keyword.text.count)
        }
        return .guardClauses(clauses, otherwise: otherwise, keyword: "guard", keyword.position)
    }

    /// Whether a block always ends in `return`, `break` or `continue`, directly or in every branch of a last `if`.
    private static func leavesScope(_ statements: [Stmt]) -> Bool {
        switch statements.last {
        case .returnValue, .breakLoop, .continueLoop: true
        case .ifElse(_, let then, let otherwise?, _), .ifLet(_, _, _, let then, let otherwise?, _),
             .ifClauses(_, let then, let otherwise?, _):
            leavesScope(then) && leavesScope(otherwise)
        default: false
        }
    }

    /// The comma-separated clauses of an `if` or `guard`: Bool expressions, and `let name = optional` (or
    /// `let name` for `let name = name`).
    private mutating func conditionClauses() throws -> [ConditionClause] {
        var clauses: [ConditionClause] = []
        repeat {
            if check("let") || check("var") {
                let isConstant = advance().text == "let"
                let name = try identifier("to bind the optional's value to")
                let value: Expr = match("=") ? try expression(allowTrailingClosure: false) : .name(name.text, name.position)
                clauses.append(.binding(.name(name.text, name.position), isConstant: isConstant, value))
            } else {
                clauses.append(.boolean(try expression(allowTrailingClosure: false)))
            }
        } while match(",")
        return clauses
    }

    private mutating func elseBranch() throws -> [Stmt]? {
        guard match("else") else { return nil }
        let elseStart = current.position
        if match("if") { return [try ifStatement(elseStart)] }
        return try block("after `else`")
    }

    private mutating func forStatement() throws -> Stmt {
        let keyword = advance()
        let pattern = try bindingPattern()
        try expect("in", "after the loop variable")
        let sequence = try expression(allowTrailingClosure: false)
        // `for x in xs where x > 0 { … }` runs the body for the elements the clause holds for.
        let filter = current.kind == .identifier && current.text == "where"
            ? (advance().position, try expression(allowTrailingClosure: false)) : nil
        let body = try loopBody("for the loop body")
        guard let (wherePosition, condition) = filter else { return .forIn(pattern, sequence: sequence, body: body, keyword.position) }
        return .forIn(
            pattern, sequence: sequence, body: [.ifElse(condition: condition, then: body, otherwise: nil, wherePosition)],
            keyword.position)
    }
}
