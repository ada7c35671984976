/// Whether code uses a name only as the function of a call, as in `inner(n - 1)`, never as a value (`map(inner)`,
/// `let g = inner`, `return inner`). Nested functions and closures count, whatever names they declare: a
/// conservative answer, for `Compiler.LocalFunction`.
extension Stmt {
    func usesOnlyAsCallee(_ name: String) -> Bool {
        switch self {
        case .expression(let e, _): e.usesOnlyAsCallee(name)
        case .declaration(_, _, let e, _, _): e?.usesOnlyAsCallee(name) ?? true
        case .assignment(let target, _, let value, _): target.usesOnlyAsCallee(name) && value.usesOnlyAsCallee(name)
        case .function(let decl): decl.usesOnlyAsCallee(name)
        case .ifElse(let c, let then, let otherwise, _):
            c.usesOnlyAsCallee(name) && then.usesOnlyAsCallee(name) && (otherwise ?? []).usesOnlyAsCallee(name)
        case .ifLet(_, _, let e, let then, let otherwise, _):
            e.usesOnlyAsCallee(name) && then.usesOnlyAsCallee(name) && (otherwise ?? []).usesOnlyAsCallee(name)
        case .switchCases(let subject, let cases, let defaultBody, _):
            subject.usesOnlyAsCallee(name) && (defaultBody ?? []).usesOnlyAsCallee(name)
                && cases.allSatisfy { $0.expressions.allSatisfy { $0.usesOnlyAsCallee(name) } && $0.body.usesOnlyAsCallee(name) }
        case .ifClauses(let clauses, let then, let otherwise, _):
            clauses.allSatisfy { $0.expr.usesOnlyAsCallee(name) } && then.usesOnlyAsCallee(name)
                && (otherwise ?? []).usesOnlyAsCallee(name)
        case .guardClauses(let clauses, let otherwise, _, _):
            clauses.allSatisfy { $0.expr.usesOnlyAsCallee(name) } && otherwise.usesOnlyAsCallee(name)
        case .forIn(_, let e, let body, _), .whileLoop(let e, let body, _), .repeatWhile(let body, let e, _):
            e.usesOnlyAsCallee(name) && body.usesOnlyAsCallee(name)
        case .returnValue(let e, _): e?.usesOnlyAsCallee(name) ?? true
        case .breakLoop, .continueLoop: true
        case .structure(let decl): decl.functions.allSatisfy { $0.usesOnlyAsCallee(name) }
        }
    }
}

extension Array where Element == Stmt {
    func usesOnlyAsCallee(_ name: String) -> Bool {
        allSatisfy { $0.usesOnlyAsCallee(name) }
    }
}

extension FunctionDecl {
    func usesOnlyAsCallee(_ name: String) -> Bool {
        parameters.allSatisfy { $0.defaultValue?.usesOnlyAsCallee(name) ?? true } && body.usesOnlyAsCallee(name)
    }
}

extension Expr {
    func usesOnlyAsCallee(_ name: String) -> Bool {
        switch self {
        case .name(let used, _): used != name
        case .call(let callee, let args, _):
            (callee.isName || callee.usesOnlyAsCallee(name)) && args.allSatisfy { $0.value.usesOnlyAsCallee(name) }
        case .integer, .float, .bool, .operatorFunction, .nilLiteral: true
        case .string(let parts, _):
            parts.allSatisfy { if case .expr(let e) = $0 { e.usesOnlyAsCallee(name) } else { true } }
        case .array(let items, _), .tuple(let items, _): items.allSatisfy { $0.usesOnlyAsCallee(name) }
        case .unary(_, let e, _), .member(let e, _, _), .forceUnwrap(let e, _), .annotated(let e, _, _),
             .optionalBind(let e, _), .optionalChain(let e, _):
            e.usesOnlyAsCallee(name)
        case .binary(_, let a, let b, _), .coalesce(let a, let b, _): a.usesOnlyAsCallee(name) && b.usesOnlyAsCallee(name)
        case .range(let a, let b, _, _): (a?.usesOnlyAsCallee(name) ?? true) && (b?.usesOnlyAsCallee(name) ?? true)
        case .subscripted(let base, let indices, _):
            base.usesOnlyAsCallee(name) && indices.allSatisfy { $0.usesOnlyAsCallee(name) }
        case .defaultedSubscript(let base, let key, let value, _):
            base.usesOnlyAsCallee(name) && key.usesOnlyAsCallee(name) && value.usesOnlyAsCallee(name)
        case .closure(let decl): decl.usesOnlyAsCallee(name)
        case .conditional(let c, let a, let b, _):
            c.usesOnlyAsCallee(name) && a.usesOnlyAsCallee(name) && b.usesOnlyAsCallee(name)
        case .dictionary(let entries, _):
            entries.allSatisfy { $0.key.usesOnlyAsCallee(name) && $0.value.usesOnlyAsCallee(name) }
        }
    }

    private var isName: Bool {
        if case .name = self { return true }
        return false
    }
}
