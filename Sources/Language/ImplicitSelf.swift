/// Swift's implicit `self`: inside a struct's method, a property or method named without `self.` (`x`,
/// `norm()`) is the value's own, unless a local or parameter of that name hides it. The method's tree is
/// rewritten before it compiles, so `x` becomes `self.x` and every later stage sees only explicit members.
/// In a `static func`, the type's static members are reached the same way (`count` becomes `Counter.count`),
/// and `Self` is the type's name everywhere.
struct ImplicitSelf {
    /// The member names to rewrite.
    let members: Set<String>
    /// `self`, or the type's name in a static method.
    let receiver: String
    let typeName: String
    /// The names declared in the blocks around the code being rewritten, innermost last.
    private var scopes: [Set<String>] = []

    init(members: Set<String>, receiver: String, typeName: String) {
        self.members = members
        self.receiver = receiver
        self.typeName = typeName
    }

    /// The method with its members made explicit.
    mutating func function(_ decl: FunctionDecl) -> FunctionDecl {
        let parameters = decl.parameters.map { parameter in
            var rewritten = parameter
            rewritten.defaultValue = parameter.defaultValue.map { expr($0) }
            return rewritten
        }
        scopes.append(Set(decl.parameters.map(\.name)))
        defer { scopes.removeLast() }
        return FunctionDecl(
            name: decl.name, parameters: parameters, body: decl.body.map { statement($0) }, position: decl.position,
            returnsOptional: decl.returnsOptional)
    }

    /// An expression outside any method, as a static property's value.
    mutating func expression(_ e: Expr) -> Expr {
        scopes.append([])
        defer { scopes.removeLast() }
        return expr(e)
    }

    private func isLocal(_ name: String) -> Bool {
        scopes.contains { $0.contains(name) }
    }

    private mutating func declare(_ names: [String]) {
        scopes[scopes.count - 1].formUnion(names)
    }

    /// Statements in a block of their own.
    private mutating func block(_ statements: [Stmt], declaring names: [String] = []) -> [Stmt] {
        scopes.append(Set(names))
        defer { scopes.removeLast() }
        return statements.map { statement($0) }
    }

    private mutating func statement(_ statement: Stmt) -> Stmt {
        switch statement {
        case .expression(.call(.member(.name("self", let at), "init", _), let args, let position), nil):
            // `self.init(x: v, y: v)` in an initializer: `self` becomes the value the other initializer makes.
            return .assignment(target: .name("self", at), op: nil, value: expr(.call(.name(typeName, at), args, position)), at)
        case .expression(let e, let expectation):
            return .expression(expr(e), expectation)
        case .declaration(let isConstant, let pattern, let value, let expectation, let position):
            // The value sees the names before the declaration: in `let x = x`, the right side is the property.
            let value = value.map { expr($0) }
            declare(pattern.names)
            return .declaration(isConstant: isConstant, pattern, value, expectation, position)
        case .assignment(let target, let op, let value, let position):
            return .assignment(target: expr(target), op: op, value: expr(value), position)
        case .function(let decl):
            declare([decl.name])
            return .function(function(decl))
        case .ifElse(let condition, let then, let otherwise, let position):
            return .ifElse(condition: expr(condition), then: block(then), otherwise: otherwise.map { block($0) }, position)
        case .ifLet(let pattern, let isConstant, let value, let then, let otherwise, let position):
            return .ifLet(
                pattern, isConstant: isConstant, value: expr(value), then: block(then, declaring: pattern.names),
                otherwise: otherwise.map { block($0) }, position)
        case .ifClauses(let clauses, let then, let otherwise, let position):
            let otherwise = otherwise.map { block($0) }
            scopes.append([])
            defer { scopes.removeLast() }
            let clauses = clauses.map { clause($0) }
            return .ifClauses(clauses, then: block(then), otherwise: otherwise, position)
        case .guardClauses(let clauses, let otherwise, let keyword, let position):
            // The `else` block does not see the clauses' bindings; what follows the guard does.
            let otherwise = block(otherwise)
            return .guardClauses(clauses.map { clause($0) }, otherwise: otherwise, keyword: keyword, position)
        case .switchCases(let subject, let cases, let defaultBody, let position):
            let cases = cases.map { switchCase -> SwitchCase in
                scopes.append(Set(switchCase.patterns.flatMap { $0.pattern.boundNames }))
                defer { scopes.removeLast() }
                let patterns = switchCase.patterns.map { (pattern: pattern($0.pattern), condition: $0.condition.map { expr($0) }) }
                return SwitchCase(patterns: patterns, body: block(switchCase.body))
            }
            return .switchCases(expr(subject), cases: cases, defaultBody: defaultBody.map { block($0) }, position)
        case .forIn(let pattern, let sequence, let body, let position):
            return .forIn(pattern, sequence: expr(sequence), body: block(body, declaring: pattern.names), position)
        case .whileLoop(let condition, let body, let position):
            return .whileLoop(condition: expr(condition), body: block(body), position)
        case .repeatWhile(let body, let condition, let position):
            return .repeatWhile(body: block(body), condition: expr(condition), position)
        case .returnValue(let value, let position):
            return .returnValue(value.map { expr($0) }, position)
        case .breakLoop, .continueLoop, .structure:
            return statement
        }
    }

    /// A condition clause; a binding's names are visible to the clauses after it.
    private mutating func clause(_ clause: ConditionClause) -> ConditionClause {
        switch clause {
        case .boolean(let e):
            return .boolean(expr(e))
        case .binding(let pattern, let isConstant, let value):
            let value = expr(value)
            declare(pattern.names)
            return .binding(pattern, isConstant: isConstant, value)
        }
    }

    private mutating func pattern(_ pattern: SwitchPattern) -> SwitchPattern {
        switch pattern {
        case .wildcard, .binding: pattern
        case .value(let e): .value(expr(e))
        case .tuple(let items, let position): .tuple(items.map { self.pattern($0) }, position)
        }
    }

    private mutating func expr(_ e: Expr) -> Expr {
        switch e {
        case .name("Self", let position):
            return .name(typeName, position)
        case .name(let name, let position) where members.contains(name) && !isLocal(name):
            return .member(.name(receiver, position), name, position)
        case .integer, .float, .bool, .name, .operatorFunction, .nilLiteral:
            return e
        case .string(let parts, let position):
            return .string(parts.map { part in
                if case .expr(let inner) = part { return .expr(expr(inner)) }
                return part
            }, position)
        case .array(let items, let position): return .array(items.map { expr($0) }, position)
        case .tuple(let items, let position): return .tuple(items.map { expr($0) }, position)
        case .unary(let op, let operand, let position): return .unary(op, expr(operand), position)
        case .binary(let op, let lhs, let rhs, let position): return .binary(op, expr(lhs), expr(rhs), position)
        case .range(let lo, let hi, let closed, let position):
            return .range(lo.map { expr($0) }, hi.map { expr($0) }, closed: closed, position)
        case .call(let callee, let args, let position):
            let args = args.map { Argument(label: $0.label, value: expr($0.value), position: $0.position) }
            return .call(expr(callee), args, position)
        case .subscripted(let base, let indices, let position):
            return .subscripted(expr(base), indices.map { expr($0) }, position)
        case .member(let base, let name, let position): return .member(expr(base), name, position)
        case .closure(let decl): return .closure(function(decl))
        case .conditional(let c, let a, let b, let position): return .conditional(expr(c), expr(a), expr(b), position)
        case .dictionary(let entries, let position):
            return .dictionary(entries.map { (key: expr($0.key), value: expr($0.value)) }, position)
        case .coalesce(let a, let b, let position): return .coalesce(expr(a), expr(b), position)
        case .forceUnwrap(let base, let position): return .forceUnwrap(expr(base), position)
        case .annotated(let value, let type, let position): return .annotated(expr(value), type, position)
        case .defaultedSubscript(let base, let key, let value, let position):
            return .defaultedSubscript(expr(base), key: expr(key), defaultValue: expr(value), position)
        case .optionalBind(let base, let position): return .optionalBind(expr(base), position)
        case .optionalChain(let base, let position): return .optionalChain(expr(base), position)
        }
    }
}

extension SwitchPattern {
    /// The names the pattern binds.
    var boundNames: [String] {
        switch self {
        case .wildcard, .value: []
        case .binding(let name, _): [name]
        case .tuple(let items, _): items.flatMap(\.boundNames)
        }
    }
}
