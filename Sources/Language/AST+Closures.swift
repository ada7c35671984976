/// Whether code makes closures or local functions, which capture the frame they are made in; loops whose
/// bodies do get a fresh frame per iteration.
extension Stmt {
    var makesFunctions: Bool {
        switch self {
        case .function: true
        case .expression(let e, _), .assignment(_, _, let e, _): e.makesFunctions
        case .declaration(_, _, let e, _, _): e?.makesFunctions ?? false
        case .ifElse(let c, let then, let otherwise, _):
            c.makesFunctions || then.contains { $0.makesFunctions } || (otherwise ?? []).contains { $0.makesFunctions }
        case .ifLet(_, _, let e, let then, let otherwise, _):
            e.makesFunctions || then.contains { $0.makesFunctions } || (otherwise ?? []).contains { $0.makesFunctions }
        case .switchCases(let subject, let cases, let defaultBody, _):
            subject.makesFunctions || (defaultBody ?? []).contains { $0.makesFunctions }
                || cases.contains { $0.expressions.contains { $0.makesFunctions } || $0.body.contains { $0.makesFunctions } }
        case .ifClauses(let clauses, let then, let otherwise, _):
            clauses.contains { $0.expr.makesFunctions } || then.contains { $0.makesFunctions }
                || (otherwise ?? []).contains { $0.makesFunctions }
        case .guardClauses(let clauses, let otherwise, _, _):
            clauses.contains { $0.expr.makesFunctions } || otherwise.contains { $0.makesFunctions }
        case .forIn(_, let e, let body, _), .whileLoop(let e, let body, _), .repeatWhile(let body, let e, _):
            e.makesFunctions || body.contains { $0.makesFunctions }
        case .returnValue(let e, _): e?.makesFunctions ?? false
        // A struct's methods capture the cell's top-level frame, which holds nothing (see `StructType`).
        case .breakLoop, .continueLoop, .structure: false
        }
    }
}

extension Expr {
    var makesFunctions: Bool {
        switch self {
        case .closure: true
        case .integer, .float, .bool, .name, .operatorFunction, .nilLiteral: false
        case .dictionary(let entries, _): entries.contains { $0.key.makesFunctions || $0.value.makesFunctions }
        case .coalesce(let a, let b, _): a.makesFunctions || b.makesFunctions
        case .forceUnwrap(let e, _), .annotated(let e, _, _), .optionalBind(let e, _), .optionalChain(let e, _):
            e.makesFunctions
        case .string(let parts, _):
            parts.contains { if case .expr(let e) = $0 { e.makesFunctions } else { false } }
        case .array(let items, _), .tuple(let items, _): items.contains { $0.makesFunctions }
        case .unary(_, let e, _), .member(let e, _, _): e.makesFunctions
        case .binary(_, let a, let b, _): a.makesFunctions || b.makesFunctions
        case .range(let a, let b, _, _): (a?.makesFunctions ?? false) || (b?.makesFunctions ?? false)
        case .call(let callee, let args, _): callee.makesFunctions || args.contains { $0.value.makesFunctions }
        case .subscripted(let base, let indices, _): base.makesFunctions || indices.contains { $0.makesFunctions }
        case .defaultedSubscript(let base, let key, let value, _):
            base.makesFunctions || key.makesFunctions || value.makesFunctions
        case .conditional(let c, let a, let b, _): c.makesFunctions || a.makesFunctions || b.makesFunctions
        }
    }
}
