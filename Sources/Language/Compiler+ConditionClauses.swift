/// `if` with several clauses and `guard`: each clause is a check that may bind a name, run in order until one fails.
extension Compiler {
    private typealias ClauseCheck = (Frame) throws -> Bool

    mutating func compileIfClauses(_ clauses: [ConditionClause], _ then: [Stmt], _ otherwise: [Stmt]?) throws
        -> CompiledStmt
    {
        resolver.beginBlock()
        let checks = try clauses.map { try compileClause($0, keyword: "if") }
        let thenCode = try compileStatements(then)
        resolver.endBlock()
        let otherwiseCode = try otherwise.map { try compileBlock($0) }
        return { frame in
            for check in checks where try !check(frame) { return try otherwiseCode?(frame) ?? .normal }
            return try thenCode(frame)
        }
    }

    /// The clauses bind in the enclosing scope, so their names stay visible after the guard; the `else` block is
    /// compiled first, as it must not see them.
    mutating func compileGuard(_ clauses: [ConditionClause], _ otherwise: [Stmt], keyword: String) throws -> CompiledStmt {
        let otherwiseCode = try compileBlock(otherwise)
        let checks = try clauses.map { try compileClause($0, keyword: keyword) }
        return { frame in
            for check in checks where try !check(frame) { return try otherwiseCode(frame) }
            return .normal
        }
    }

    private mutating func compileClause(_ clause: ConditionClause, keyword: String) throws -> ClauseCheck {
        switch clause {
        case .boolean(let condition):
            return try compileCondition(condition)
        case .binding(let pattern, let isConstant, let valueExpr):
            // The value first: `if let x = x` reads the outer `x`.
            let (value, isElementOrNil) = try compileAsOptional(valueExpr)
            let valuePosition = valueExpr.position
            let bind = try compileBinding(pattern, isConstant: isConstant, shadowing: keyword != "if")
            return { frame in
                switch try value(frame) {
                case .optional(let wrapped?):
                    try bind(frame, wrapped)
                    return true
                case .optional(nil):
                    return false
                case let element where isElementOrNil:
                    try bind(frame, element)
                    return true
                case let plain:
                    throw LanguageError(
                        message: "`\(keyword) let` needs an optional, such as a dictionary subscript, not \(plain.typeName)",
                        position: valuePosition)
                }
            }
        }
    }
}
