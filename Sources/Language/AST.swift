/// An argument at a call site: `label: value` or just `value`.
struct Argument {
    var label: String?
    var value: Expr
    var position: Position
}

/// A binding pattern on the left of `let`, `var` and `for`.
indirect enum Pattern {
    case name(String, Position)
    case wildcard(Position)
    case tuple([Pattern], Position)
}

/// One clause of an `if` or `guard` condition list: a Bool, or `let name = optional`, which holds when the
/// optional is not nil and binds its value.
enum ConditionClause {
    case boolean(Expr)
    case binding(Pattern, isConstant: Bool, Expr)

    var expr: Expr {
        switch self {
        case .boolean(let e), .binding(_, _, let e): e
        }
    }
}

/// A pattern of a `switch` case: `_`, a name bound with `let`, a value matched with `==` (or contained in, for a
/// range, as Swift's `~=` does), or a tuple of patterns.
indirect enum SwitchPattern {
    case wildcard
    case binding(String, Position)
    case value(Expr)
    case tuple([SwitchPattern], Position)

    /// Whether it binds a name.
    var binds: Bool {
        switch self {
        case .binding: true
        case .wildcard, .value: false
        case .tuple(let items, _): items.contains(where: \.binds)
        }
    }

    /// The expressions it evaluates, for the tree walks.
    var expressions: [Expr] {
        switch self {
        case .wildcard, .binding: []
        case .value(let e): [e]
        case .tuple(let items, _): items.flatMap(\.expressions)
        }
    }
}

/// `case p1, p2 where condition: body` of a `switch`; a `where` belongs to the pattern before it.
struct SwitchCase {
    var patterns: [(pattern: SwitchPattern, condition: Expr?)]
    var body: [Stmt]

    var expressions: [Expr] { patterns.flatMap { $0.pattern.expressions + ($0.condition.map { [$0] } ?? []) } }
}

/// A parameter of a `func` declaration.
struct Parameter {
    /// The label callers write; nil for `_`.
    var label: String?
    var name: String
    var defaultValue: Expr?
    var position: Position
    /// Declared with an optional type (`_ x: Int?`): a plain argument arrives wrapped, as Swift passes it.
    var isOptional = false
}

/// A `func` declaration; closures are anonymous ones with unlabeled parameters.
final class FunctionDecl {
    let name: String
    let parameters: [Parameter]
    let body: [Stmt]
    let position: Position
    /// Declared to return an optional (`-> Double?`): a plain value it returns arrives wrapped, as Swift's does.
    let returnsOptional: Bool

    init(name: String, parameters: [Parameter], body: [Stmt], position: Position, returnsOptional: Bool = false) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.position = position
        self.returnsOptional = returnsOptional
    }
}

/// swift-nn expressions; every case carries the position errors point at.
indirect enum Expr {
    case integer(Int, Position)
    case float(Double, Position)
    case string([InterpolatedPart], Position)
    case bool(Bool, Position)
    case name(String, Position)
    case array([Expr], Position)
    case tuple([Expr], Position)
    case unary(UnaryOperator, Expr, Position)
    case binary(BinaryOperator, Expr, Expr, Position)
    /// `a..<b`, `a...b`, and the partial forms `a...`, `..<b`, `...b` and `...` used in subscripts.
    case range(Expr?, Expr?, closed: Bool, Position)
    case call(Expr, [Argument], Position)
    case subscripted(Expr, [Expr], Position)
    case member(Expr, String, Position)
    case closure(FunctionDecl)
    case conditional(Expr, Expr, Expr, Position)
    /// An operator used as a function value, as in `reduce(0, +)`.
    case operatorFunction(BinaryOperator, Position)
    /// `["a": 1.0, "b": 2.0]`, or `[:]` with no entries.
    case dictionary([(key: Expr, value: Expr)], Position)
    case nilLiteral(Position)
    /// `a ?? b`: the value inside the optional `a`, or `b` (evaluated only then) when `a` is nil.
    case coalesce(Expr, Expr, Position)
    /// `a!`: the value inside the optional `a`; an error when it is nil.
    case forceUnwrap(Expr, Position)
    /// The value of a declaration with a type annotation; the position is the annotation's.
    case annotated(Expr, TypeAnnotation, Position)
    /// `d[key, default: value]`: the dictionary's entry, or `value` (evaluated only then) when there is none;
    /// assigned through, the entry starts from `value`.
    case defaultedSubscript(Expr, key: Expr, defaultValue: Expr, Position)
    /// `a?` inside an optional chain (`a?.count`, `a?[0]`): the value inside `a`; a nil `a` ends the chain.
    case optionalBind(Expr, Position)
    /// A postfix chain with a `?` in it: its value as an optional, nil when a `?` found nil.
    case optionalChain(Expr, Position)

    var position: Position {
        switch self {
        case .integer(_, let p), .float(_, let p), .string(_, let p), .bool(_, let p), .name(_, let p),
             .array(_, let p), .tuple(_, let p), .unary(_, _, let p), .binary(_, _, _, let p),
             .range(_, _, _, let p), .call(_, _, let p), .subscripted(_, _, let p), .member(_, _, let p),
             .conditional(_, _, _, let p), .operatorFunction(_, let p), .dictionary(_, let p), .nilLiteral(let p),
             .coalesce(_, _, let p), .forceUnwrap(_, let p), .defaultedSubscript(_, _, _, let p),
             .optionalBind(_, let p), .optionalChain(_, let p):
            return p
        case .annotated(let value, _, _):
            return value.position
        case .closure(let decl):
            return decl.position
        }
    }
}

/// A piece of an interpolated string literal.
enum InterpolatedPart {
    case text(String)
    case expr(Expr)
}

/// What an `expr //=> expected` line states, as written.
struct ExpectationComment {
    var text: String
    var position: Position
}

/// swift-nn statements.
indirect enum Stmt {
    case expression(Expr, ExpectationComment?)
    case declaration(isConstant: Bool, Pattern, Expr?, ExpectationComment?, Position)
    /// `target = value`, or a compound assignment such as `+=` when `op` is set.
    case assignment(target: Expr, op: ArithmeticOperator?, value: Expr, Position)
    case function(FunctionDecl)
    case ifElse(condition: Expr, then: [Stmt], otherwise: [Stmt]?, Position)
    /// `if let name = optional { … } else { … }` (`if var` when not constant).
    case ifLet(Pattern, isConstant: Bool, value: Expr, then: [Stmt], otherwise: [Stmt]?, Position)
    /// `if a > 0, let b = d[k], b < a { … }`: the clauses are checked in order, each binding visible to those after
    /// it and to the block. An `if` of one clause is `ifElse` or `ifLet`.
    case ifClauses([ConditionClause], then: [Stmt], otherwise: [Stmt]?, Position)
    /// `guard clauses else { … }`: the `else` block leaves the scope (the parser checks), and the clauses'
    /// bindings stay visible after the guard. `keyword` is what the lesson wrote, for messages: `guard`, or
    /// `while` for the check a `while let` loop makes at the top of its body.
    case guardClauses([ConditionClause], otherwise: [Stmt], keyword: String, Position)
    /// `switch value { case …: … default: … }`: the first case with a matching pattern runs; `break` ends it.
    case switchCases(Expr, cases: [SwitchCase], defaultBody: [Stmt]?, Position)
    case forIn(Pattern, sequence: Expr, body: [Stmt], Position)
    case whileLoop(condition: Expr, body: [Stmt], Position)
    case repeatWhile(body: [Stmt], condition: Expr, Position)
    case breakLoop(Position)
    case continueLoop(Position)
    case returnValue(Expr?, Position)
    /// `struct Name { … }`, at the top level of a cell (see `StructDecl`).
    case structure(StructDecl)
}
