extension Compiler {
    mutating func compile(_ statement: Stmt) throws -> CompiledStmt {
        let interpreter = self.interpreter
        switch statement {
        case .expression(let expr, let expectation):
            let code = try compile(expr)
            guard let expectation else {
                return { frame in
                    _ = try code(frame)
                    return .normal
                }
            }
            return { frame in
                interpreter.check(expectation, value: try code(frame))
                return .normal
            }

        case .declaration(true, .name(let name, let namePosition), .closure(let decl)?, nil, _)
            where localFunctions[ObjectIdentifier(decl)] != nil:
            // A closure its block only calls (see `LocalFunction`); its name knows its declaration, so calls of it
            // have their arguments checked here, as calls of a `func` do.
            let function = try compileFunction(decl)
            let slot = try resolver.declare(name, isConstant: true, function: decl, at: namePosition)
            let store = storer(slot, declaresGlobal: false)
            guard case .local = slot, let local = localFunctions[ObjectIdentifier(decl)] else {
                return { frame in
                    try store(frame, .function(FunctionValue(name: "closure", body: .user(function, frame))))
                    return .normal
                }
            }
            local.compiled = function
            let declared = RuntimeValue.function(local.declared)
            return { frame in
                try store(frame, declared)
                return .normal
            }
        case .declaration(let isConstant, let pattern, let valueExpr, let expectation, _):
            // The value is compiled first: in `let x = x + 1` the right side sees the outer `x`.
            let value = try compile(valueExpr)
            // A local `let x = …` stores straight into its slot, as an assignment does; a named global also marks
            // itself defined, and a tuple pattern destructures, so those bind through `compileBinding`.
            if case .name(let name, let namePosition) = pattern, expectation == nil, !resolver.atGlobalLevel {
                let tree = try valueExpr.flatMap { try numericSteps($0) }
                let slot = try resolver.declare(name, isConstant: isConstant, at: namePosition)
                return numericAssignment(to: slot, tree, general: assignment(to: slot, op: nil, value: value, at: namePosition))
            }
            let bind = try compileBinding(pattern, isConstant: isConstant)
            return { frame in
                let result = try value(frame)
                try bind(frame, result)
                if let expectation { interpreter.check(expectation, value: result) }
                return .normal
            }

        case .assignment(.tuple(let targets, _), nil, let valueExpr, let position):
            return try tupleAssignment(targets, value: valueExpr, at: position)
        case .assignment(.name("_", _), nil, let valueExpr, _):
            return try discardingAssignment(valueExpr)
        case .assignment(.name(let name, let namePosition), let op?, let valueExpr, let position):
            let value = try compile(valueExpr)
            let slot = try resolver.assignable(name, at: namePosition)
            let general = assignment(to: slot, op: op, value: value, at: position)
            return try compoundUpdate(address(slot), op, valueExpr, general: general)
        case .assignment(.name(let name, let namePosition), nil, let valueExpr, let position):
            let slot = try resolver.assignable(name, at: namePosition)
            let general = assignment(to: slot, op: nil, value: try compile(valueExpr), at: position)
            return numericAssignment(to: slot, try numericSteps(valueExpr), general: general)
        case .assignment(let target, let op, let valueExpr, let position):
            return try compileAssignment(target, op: op, value: try compile(valueExpr), at: position)

        case .function(let decl):
            let slot = try functionSlot(decl)
            let function = try compileFunction(decl, integer: try integerFunction(decl, slot: slot))
            let store = storer(slot, declaresGlobal: true)
            // A local of top-level code lives in the globals, where no frame can be kept alive: the usual value.
            if let local = localFunctions[ObjectIdentifier(decl)], case .local = slot {
                local.compiled = function
                let declared = RuntimeValue.function(local.declared)
                return { frame in
                    try store(frame, declared)
                    return .normal
                }
            }
            return { frame in
                try store(frame, .function(FunctionValue(name: decl.name, body: .user(function, frame))))
                return .normal
            }

        case .ifElse(let condition, let then, let otherwise, _):
            let condition = try compileCondition(condition)
            let then = try compileBlock(then)
            guard let otherwise else {
                return { frame in try condition(frame) ? try then(frame) : .normal }
            }
            let otherwiseCode = try compileBlock(otherwise)
            return { frame in try condition(frame) ? try then(frame) : try otherwiseCode(frame) }

        case .ifLet(let pattern, let isConstant, let value, let then, let otherwise, let position):
            return try compileIfLet(pattern, isConstant: isConstant, value, then, otherwise, at: position)

        case .switchCases(let subject, let cases, let defaultBody, _):
            return try compileSwitch(subject, cases, defaultBody)
        case .ifClauses(let clauses, let then, let otherwise, _):
            return try compileIfClauses(clauses, then, otherwise)
        case .guardClauses(let clauses, let otherwise, let keyword, _):
            return try compileGuard(clauses, otherwise, keyword: keyword)
        case .forIn(let pattern, let sequence, let body, let position):
            return try compileForIn(pattern, sequence, body, at: position)
        case .whileLoop(let condition, let body, let position):
            return try compileWhile(condition, body, at: position)
        case .repeatWhile(let body, let condition, let position):
            return try compileRepeatWhile(body, condition, at: position)

        case .breakLoop:
            return { _ in .breakLoop }
        case .continueLoop:
            return { _ in .continueLoop }
        case .returnValue(let expr, _):
            guard let expr else { return { _ in .returned(.void) } }
            let code = try compile(expr)
            return { frame in .returned(try code(frame)) }
        case .structure(let decl):
            return try compileStaticProperties(decl)
        }
    }

    /// A block in a scope of its own.
    mutating func compileBlock(_ statements: [Stmt]) throws -> CompiledStmt {
        resolver.beginBlock()
        let code = try compileStatements(statements)
        resolver.endBlock()
        return code
    }

    /// Statements in the current scope; the block's local functions are declared first, so they may call each other.
    mutating func compileStatements(_ statements: [Stmt]) throws -> CompiledStmt {
        let functions = try resolver.hoistFunctions(statements)
        hoistedFunctions.merge(functions) { $1 }
        for case .function(let decl) in statements where functions[ObjectIdentifier(decl)] != nil
            && statements.usesOnlyAsCallee(decl.name) {
            localFunctions[ObjectIdentifier(decl)] = LocalFunction(name: decl.name)
        }
        // `let name = { … }` in a function, only called: the same, for a closure kept in a constant.
        for statement in statements where !resolver.atGlobalLevel {
            if case .declaration(true, .name(let name, _), .closure(let decl)?, nil, _) = statement,
               statements.usesOnlyAsCallee(name) {
                localFunctions[ObjectIdentifier(decl)] = LocalFunction(name: name)
            }
        }
        return sequence(try statements.map { StmtCode(run: try compile($0)) }[...])
    }

    /// Runs statements in order until one does not finish normally. Up to three statements run from one closure
    /// (a loop body's usually fit), and a longer block chains a closure for the rest after the first two, rather
    /// than walking an array, which would retain and release each statement's closure per run.
    private func sequence(_ statements: ArraySlice<StmtCode>) -> CompiledStmt {
        guard let first = statements.first?.run else { return { _ in .normal } }
        // Taken from `StmtCode`s one by one: a bare closure taken out of an array is called through a thunk. The
        // slice is read in place: copying the rest at each level made a long body quadratic to compile.
        let start = statements.startIndex
        switch statements.count {
        case 1:
            return first
        case 2:
            let b = statements[start + 1].run
            return { frame in
                let flow = try first(frame)
                guard case .normal = flow else { return flow }
                return try b(frame)
            }
        default:
            let b = statements[start + 1].run
            let c = statements.count == 3 ? statements[start + 2].run : sequence(statements.dropFirst(2))
            return { frame in
                var flow = try first(frame)
                guard case .normal = flow else { return flow }
                flow = try b(frame)
                guard case .normal = flow else { return flow }
                return try c(frame)
            }
        }
    }

    /// The slot a `func` statement stores into: the one `hoistFunctions` declared ahead in a block, or a global.
    private mutating func functionSlot(_ decl: FunctionDecl) throws -> Slot {
        if let slot = hoistedFunctions[ObjectIdentifier(decl)] { return slot }
        return try resolver.declare(decl.name, isConstant: true, function: decl, at: decl.position)
    }

    /// Declares a pattern's names and returns what stores a value into them, destructuring tuples.
    mutating func compileBinding(_ pattern: Pattern, isConstant: Bool, shadowing: Bool = false) throws
        -> (Frame, RuntimeValue) throws -> Void
    {
        switch pattern {
        case .wildcard:
            return { _, _ in }
        case .name(let name, let position):
            let declaresGlobal = resolver.atGlobalLevel
            let slot = try resolver.declare(name, isConstant: isConstant, shadowing: shadowing, at: position)
            return storer(slot, declaresGlobal: declaresGlobal)
        case .tuple(let patterns, let position):
            let binders = try patterns.map { try compileBinding($0, isConstant: isConstant) }
            return { frame, value in
                let items: [RuntimeValue]
                switch value {
                case .tuple(let t): items = t
                case .array(let a): items = a
                default:
                    throw LanguageError(message: "cannot destructure \(value.typeName) into a tuple pattern", position: position)
                }
                guard items.count == binders.count else {
                    throw LanguageError(
                        message: "cannot destructure a tuple of \(items.count) into \(binders.count) names", position: position)
                }
                for (bind, item) in zip(binders, items) { try bind(frame, item) }
            }
        }
    }
}
