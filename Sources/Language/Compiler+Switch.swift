/// `switch`: the subject is evaluated once; each case's patterns are tried in order, binding their names in the
/// case's own scope, then its `where` condition; the first case that matches runs, and `break` ends it.
extension Compiler {
    private typealias PatternMatch = (Frame, RuntimeValue) throws -> Bool

    mutating func compileSwitch(_ subjectExpr: Expr, _ cases: [SwitchCase], _ defaultBody: [Stmt]?) throws
        -> CompiledStmt
    {
        let subject = try compile(subjectExpr)
        var compiled: [(patterns: [(match: PatternMatch, condition: CompiledCondition?)], body: CompiledStmt)] = []
        for switchCase in cases {
            resolver.beginBlock()
            let patterns = try switchCase.patterns.map { pattern, condition in
                (try compilePattern(pattern), try condition.map { try compileCondition($0) })
            }
            let body = try compileStatements(switchCase.body)
            resolver.endBlock()
            compiled.append((patterns, body))
        }
        let otherwise = try defaultBody.map { try compileBlock($0) }
        let subjectPosition = subjectExpr.position
        return { frame in
            let value = try subject(frame)
            var body = otherwise
            search: for (patterns, caseBody) in compiled {
                for (match, condition) in patterns where try match(frame, value) {
                    if let condition, try !condition(frame) { continue }
                    body = caseBody
                    break search
                }
            }
            guard let body else {
                throw LanguageError(
                    message: "no case of the `switch` matches \(Display.repr(value)); add a `default:`",
                    position: subjectPosition)
            }
            // `break` ends the switch; `continue` and `return` go on to the loop or function around it.
            switch try body(frame) {
            case .breakLoop: return .normal
            case let flow: return flow
            }
        }
    }

    private mutating func compilePattern(_ pattern: SwitchPattern) throws -> PatternMatch {
        switch pattern {
        case .wildcard:
            return { _, _ in true }
        case .binding(let name, let position):
            let store = storer(
                try resolver.declare(name, isConstant: true, at: position), declaresGlobal: resolver.atGlobalLevel)
            return { frame, value in
                try store(frame, value)
                return true
            }
        case .value(let expr):
            let code = try compile(expr)
            return { frame, value in Compiler.matches(try code(frame), value) }
        case .tuple(let items, _):
            let matches = try items.map { try compilePattern($0) }
            return { frame, value in
                guard case .tuple(let members) = value, members.count == matches.count else { return false }
                for (match, member) in zip(matches, members) where try !match(frame, member) { return false }
                return true
            }
        }
    }

    /// Swift's `~=`: a number lies in a range pattern; anything else equals the pattern.
    static func matches(_ pattern: RuntimeValue, _ value: RuntimeValue) -> Bool {
        if case .range(let lo, let hi, let closed) = pattern, value.isNumeric {
            if case .void = lo {} else {
                guard let order = ExactComparison.order(lo, value), order <= 0 else { return false }
            }
            if case .void = hi { return true }
            guard let order = ExactComparison.order(value, hi) else { return false }
            return closed ? order <= 0 : order < 0
        }
        return Operators.equal(pattern, value)
    }
}
