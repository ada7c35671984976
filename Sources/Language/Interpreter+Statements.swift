extension Interpreter {
    func execute(_ statement: Stmt, in scope: Scope) throws -> Flow {
        try tick(statement.position)
        switch statement {
        case .expression(let expr, let expectation):
            let value = try evaluate(expr, in: scope)
            if let expectation { check(expectation, value: value, expr: expr) }
            return .normal

        case .declaration(let isConstant, let pattern, let valueExpr, let expectation, let position):
            guard let valueExpr else {
                guard case .name(let name, _) = pattern else { return .normal }
                try declare(name, .void, isConstant: isConstant, in: scope, at: position)
                return .normal
            }
            let value = try evaluate(valueExpr, in: scope)
            try bind(pattern, to: value, isConstant: isConstant, in: scope)
            if let expectation { check(expectation, value: value, expr: valueExpr) }
            return .normal

        case .assignment(let target, let op, let valueExpr, let position):
            let value = try evaluate(valueExpr, in: scope)
            try assign(target, op: op, value: value, in: scope, at: position)
            return .normal

        case .function(let decl):
            try declare(decl.name, .function(FunctionValue(name: decl.name, body: .user(decl, scope))),
                        isConstant: true, in: scope, at: decl.position)
            return .normal

        case .ifElse(let condition, let then, let otherwise, _):
            if try truth(condition, in: scope) {
                return try executeBlock(then, in: scope)
            } else if let otherwise {
                return try executeBlock(otherwise, in: scope)
            }
            return .normal

        case .forIn(let pattern, let sequenceExpr, let body, _):
            let sequence = try evaluate(sequenceExpr, in: scope)
            func runBody(_ element: RuntimeValue) throws -> Flow? {
                try tick(statement.position)
                let inner = Scope(parent: scope)
                try bind(pattern, to: element, isConstant: true, in: inner)
                switch try executeStatements(body, in: inner) {
                case .breakLoop: return .normal
                case .returned(let value): return .returned(value)
                case .normal, .continueLoop: return nil
                }
            }
            // Integer ranges are walked lazily, so `0..<1_000_000_000` costs steps, not memory.
            if case .range(.int(let lo), .int(let hi), let closed) = sequence {
                guard closed ? lo <= hi : lo < hi else { return .normal }
                for i in lo...(closed ? hi : hi - 1) {
                    if let flow = try runBody(.int(i)) { return flow }
                }
                return .normal
            }
            for element in try elements(of: sequence, at: sequenceExpr.position) {
                if let flow = try runBody(element) { return flow }
            }
            return .normal

        case .whileLoop(let condition, let body, _):
            while try truth(condition, in: scope) {
                try tick(statement.position)
                switch try executeBlock(body, in: scope) {
                case .breakLoop: return .normal
                case .returned(let value): return .returned(value)
                case .normal, .continueLoop: continue
                }
            }
            return .normal

        case .repeatWhile(let body, let condition, _):
            repeat {
                try tick(statement.position)
                switch try executeBlock(body, in: scope) {
                case .breakLoop: return .normal
                case .returned(let value): return .returned(value)
                case .normal, .continueLoop: break
                }
            } while try truth(condition, in: scope)
            return .normal

        case .breakLoop:
            return .breakLoop
        case .continueLoop:
            return .continueLoop
        case .returnValue(let expr, _):
            return .returned(try expr.map { try evaluate($0, in: scope) } ?? .void)
        }
    }

    func executeBlock(_ statements: [Stmt], in scope: Scope) throws -> Flow {
        try executeStatements(statements, in: Scope(parent: scope))
    }

    func executeStatements(_ statements: [Stmt], in scope: Scope) throws -> Flow {
        for statement in statements {
            let flow = try execute(statement, in: scope)
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    func truth(_ expr: Expr, in scope: Scope) throws -> Bool {
        let value = try evaluate(expr, in: scope)
        guard case .bool(let b) = value else {
            throw LanguageError(message: "a condition must be a Bool, not \(value.typeName)", position: expr.position)
        }
        return b
    }

    func declare(_ name: String, _ value: RuntimeValue, isConstant: Bool, in scope: Scope, at position: Position) throws {
        if scope[local: name] != nil && scope !== globals {
            throw LanguageError(message: "`\(name)` is already declared in this scope", position: position, length: name.count)
        }
        scope[local: name] = Binding(value: value, isConstant: isConstant)
    }

    func bind(_ pattern: Pattern, to value: RuntimeValue, isConstant: Bool, in scope: Scope) throws {
        switch pattern {
        case .wildcard:
            return
        case .name(let name, let position):
            try declare(name, value, isConstant: isConstant, in: scope, at: position)
        case .tuple(let patterns, let position):
            let items: [RuntimeValue]
            switch value {
            case .tuple(let t): items = t
            case .array(let a): items = a
            default:
                throw LanguageError(message: "cannot destructure \(value.typeName) into a tuple pattern", position: position)
            }
            guard items.count == patterns.count else {
                throw LanguageError(
                    message: "cannot destructure a tuple of \(items.count) into \(patterns.count) names", position: position)
            }
            for (p, item) in zip(patterns, items) { try bind(p, to: item, isConstant: isConstant, in: scope) }
        }
    }

    /// The values a `for` loop walks over.
    func elements(of value: RuntimeValue, at position: Position) throws -> [RuntimeValue] {
        switch value {
        case .array(let items): return items
        case .tensor(let t) where t.rank > 0: return try TensorOperators.engine(position) { try TensorConversion.elements(t) }
        case .string(let s): return s.map { .string(String($0)) }
        case .range(let lo, let hi, let closed):
            if case .void = lo { throw LanguageError(message: "a range without a lower bound cannot be walked", position: position) }
            if case .void = hi { throw LanguageError(message: "a range without an upper bound cannot be walked", position: position) }
            guard case .int(let a) = lo, case .int(let b) = hi else {
                throw LanguageError(
                    message: "a range of Doubles cannot be counted; use stride(from:to:by:)", position: position)
            }
            guard a <= b else {
                throw LanguageError(message: "range lower bound \(a) is greater than its upper bound \(b)", position: position)
            }
            guard let count = TensorConversion.count(a, b, closed: closed), count <= Capacity.arrayCount else {
                throw LanguageError(
                    message: "the range \(Display.repr(value)) has more than \(Capacity.arrayCount) elements "
                        + "to make into an array; loop over it with `for`, which counts without one",
                    position: position)
            }
            return (closed ? Array(a...b) : Array(a..<b)).map(RuntimeValue.int)
        default:
            throw LanguageError(message: "cannot loop over a \(value.typeName)", position: position)
        }
    }
}
