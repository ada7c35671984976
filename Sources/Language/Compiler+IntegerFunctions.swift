/// The second compilation of a global `func` whose body is integer arithmetic on its parameters and calls of
/// itself (see `IntegerFunction`). The body may be one expression, `return e`, or `if c { return a }` (with or
/// without an `else { return b }`) followed by more of the same. Expressions: Int literals, parameters, `+ - *
/// %` and unary `-` on them, `c ? a : b`, and calls of the function itself with its labels; conditions:
/// comparisons and `==`/`!=` of such expressions (exact, as everywhere), `&&`, `||`, `!` and `true`/`false`. Anything else, and the function is not compiled twice.
extension Compiler {
    mutating func integerFunction(_ decl: FunctionDecl, slot: Slot) throws -> IntegerFunction? {
        // A function declared `-> Int?` returns optionals, which the Int body does not make.
        guard case .global = slot, !decl.returnsOptional, (1...3).contains(decl.parameters.count),
              decl.parameters.allSatisfy({ $0.defaultValue == nil && $0.name != decl.name }),
              Set(decl.parameters.map(\.name)).count == decl.parameters.count,
              case .variable(let named) = try resolver.resolve(decl.name, at: decl.position),
              case .global(let index) = named, case .global(index) = slot
        else { return nil }
        let function = IntegerFunction(arity: decl.parameters.count, selfSlot: address(slot), interpreter: interpreter)
        let builder = IntegerBodyBuilder(declaration: decl, function: function)
        let body: IntegerOperand?
        if decl.body.count == 1, case .expression(let expr, nil) = decl.body[0] {
            body = builder.operand(expr)
        } else {
            body = builder.block(decl.body[...])
        }
        guard let body else { return nil }
        if case .node(let node) = body {
            function.setBody(node)
        } else {
            function.setBody(IntegerLeaf(body))
        }
        return function
    }
}

/// Builds an `IntegerFunction`'s nodes from a function's syntax; nil for anything outside the forms above.
private struct IntegerBodyBuilder {
    let declaration: FunctionDecl
    let function: IntegerFunction

    /// Statements that return on every path.
    func block(_ statements: ArraySlice<Stmt>) -> IntegerOperand? {
        guard let first = statements.first else { return nil }
        let rest = statements.dropFirst()
        switch first {
        case .returnValue(let value?, _):
            return rest.isEmpty ? operand(value) : nil
        case .ifElse(let condition, let then, let otherwise, _):
            guard let test = self.condition(condition), let yes = block(then[...]) else { return nil }
            let no: IntegerOperand?
            if let otherwise {
                no = rest.isEmpty ? block(otherwise[...]) : nil
            } else {
                no = block(rest)
            }
            return no.map { .node(IntegerChoice(test, yes, $0)) }
        default:
            return nil
        }
    }

    private func parameter(_ expr: Expr) -> Int? {
        guard case .name(let name, _) = expr else { return nil }
        return declaration.parameters.firstIndex { $0.name == name }
    }

    func operand(_ expr: Expr) -> IntegerOperand? {
        switch expr {
        case .integer(let k, _):
            return .literal(k)
        case .name:
            return parameter(expr).map { .parameter($0) }
        case .unary(.negate, let x, _):
            return operand(x).map { .node(IntegerNegation($0)) }
        case .binary(.arithmetic(let op), let lhs, let rhs, _):
            guard [.add, .subtract, .multiply, .remainder].contains(op) else { return nil }
            if let index = parameter(lhs), case .integer(let k, _) = rhs { return .parameterWithLiteral(op, index, k) }
            guard let x = operand(lhs), let y = operand(rhs) else { return nil }
            return .node(IntegerArithmetic(op, x, y))
        case .conditional(let condition, let then, let otherwise, _):
            guard let test = self.condition(condition), let yes = operand(then), let no = operand(otherwise) else {
                return nil
            }
            return .node(IntegerChoice(test, yes, no))
        case .call(.name(let name, _), let args, let position) where name == declaration.name:
            let parameters = declaration.parameters
            guard args.count == parameters.count, zip(args, parameters).allSatisfy({ $0.label == $1.label }) else {
                return nil
            }
            let values = args.compactMap { operand($0.value) }
            guard values.count == args.count else { return nil }
            return .node(IntegerSelfCall(function, values, at: position))
        default:
            return nil
        }
    }

    func condition(_ expr: Expr) -> IntegerTest? {
        switch expr {
        case .bool(let b, _):
            return .node(IntegerConstantCondition(b))
        case .binary(.comparison(let op), let lhs, let rhs, _):
            return comparison(.ordering(op), lhs, rhs)
        case .binary(.equal, let lhs, let rhs, _):
            return comparison(.equal, lhs, rhs)
        case .binary(.notEqual, let lhs, let rhs, _):
            return comparison(.notEqual, lhs, rhs)
        case .binary(.and, let lhs, let rhs, _), .binary(.or, let lhs, let rhs, _):
            guard case .binary(let op, _, _, _) = expr, let x = condition(lhs), let y = condition(rhs) else {
                return nil
            }
            return .node(IntegerLogic(isAnd: op == .and, x, y))
        case .unary(.not, let x, _):
            return condition(x).map { .node(IntegerNot($0)) }
        default:
            return nil
        }
    }

    private func comparison(_ relation: IntegerRelation, _ lhs: Expr, _ rhs: Expr) -> IntegerTest? {
        guard let x = operand(lhs), let y = operand(rhs) else { return nil }
        return .comparison(relation, x, y)
    }
}
