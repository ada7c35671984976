/// The nodes of an `IntegerFunction`'s body: classes whose `value` or `holds` the parent calls through its `let`
/// children, so evaluating a node costs a virtual call and no reference counting (closures read out of a
/// variable would be retained and released on every call).
class IntegerNode {
    func value(_ a: IntegerFunction.Arguments) throws -> Int {
        preconditionFailure("IntegerNode is abstract")
    }
}

/// A condition of an `IntegerFunction`'s body.
class IntegerCondition {
    func holds(_ a: IntegerFunction.Arguments) throws -> Bool {
        preconditionFailure("IntegerCondition is abstract")
    }
}

final class IntegerLiteral: IntegerNode {
    let k: Int
    init(_ k: Int) { self.k = k }
    override func value(_ a: IntegerFunction.Arguments) throws -> Int { k }
}

final class IntegerParameter: IntegerNode {
    let index: Int
    init(_ index: Int) { self.index = index }
    override func value(_ a: IntegerFunction.Arguments) throws -> Int {
        index == 0 ? a.first : index == 1 ? a.second : a.third
    }
}

final class IntegerNegation: IntegerNode {
    let x: IntegerNode
    init(_ x: IntegerNode) { self.x = x }
    override func value(_ a: IntegerFunction.Arguments) throws -> Int {
        let (negated, overflow) = (0).subtractingReportingOverflow(try x.value(a))
        if overflow { throw IntegerFunction.Abandoned() }
        return negated
    }
}

/// `+ - * %` as `Interpreter.integer` gives them; where it gives nil (an overflow, a remainder by 0 or −1), the
/// run is abandoned for the general path.
final class IntegerArithmetic: IntegerNode {
    let op: ArithmeticOperator
    let x: IntegerNode
    let y: IntegerNode
    init(_ op: ArithmeticOperator, _ x: IntegerNode, _ y: IntegerNode) { (self.op, self.x, self.y) = (op, x, y) }
    override func value(_ a: IntegerFunction.Arguments) throws -> Int {
        let (lhs, rhs) = (try x.value(a), try y.value(a))
        guard let result = Interpreter.integer(op, lhs, rhs) else { throw IntegerFunction.Abandoned() }
        return result
    }
}

/// `x op k` for a literal `k`, as `n - 1` is: one node fewer to call.
final class IntegerArithmeticConstant: IntegerNode {
    let op: ArithmeticOperator
    let x: IntegerNode
    let k: Int
    init(_ op: ArithmeticOperator, _ x: IntegerNode, _ k: Int) { (self.op, self.x, self.k) = (op, x, k) }
    override func value(_ a: IntegerFunction.Arguments) throws -> Int {
        guard let result = Interpreter.integer(op, try x.value(a), k) else { throw IntegerFunction.Abandoned() }
        return result
    }
}

final class IntegerChoice: IntegerNode {
    let test: IntegerCondition
    let yes: IntegerNode
    let no: IntegerNode
    init(_ test: IntegerCondition, _ yes: IntegerNode, _ no: IntegerNode) { (self.test, self.yes, self.no) = (test, yes, no) }
    override func value(_ a: IntegerFunction.Arguments) throws -> Int {
        try test.holds(a) ? try yes.value(a) : try no.value(a)
    }
}

/// A call of the function itself: its arguments in order, then the call, as the general path evaluates them.
final class IntegerSelfCall: IntegerNode {
    /// Unmanaged: the function owns its nodes, so it outlives this one, and a call needs no retain.
    let function: Unmanaged<IntegerFunction>
    let arity: Int
    /// The arguments; literal zeros past `arity`. Fields rather than an array, whose element reads retain.
    let first: IntegerNode
    let second: IntegerNode
    let third: IntegerNode
    let position: Position
    init(_ function: IntegerFunction, _ arguments: [IntegerNode], at position: Position) {
        self.function = .passUnretained(function)
        arity = arguments.count
        first = arguments[0]
        second = arguments.count > 1 ? arguments[1] : IntegerLiteral(0)
        third = arguments.count > 2 ? arguments[2] : IntegerLiteral(0)
        self.position = position
    }
    override func value(_ a: IntegerFunction.Arguments) throws -> Int {
        var next = IntegerFunction.Arguments()
        next.first = try first.value(a)
        if arity > 1 { next.second = try second.value(a) }
        if arity > 2 { next.third = try third.value(a) }
        return try function._withUnsafeGuaranteedRef { try $0.call(next, at: position) }
    }
}

final class IntegerConstantCondition: IntegerCondition {
    let b: Bool
    init(_ b: Bool) { self.b = b }
    override func holds(_ a: IntegerFunction.Arguments) throws -> Bool { b }
}

/// An ordering or (in)equality of two Ints, compared as Doubles as `Operators` compares numbers.
final class IntegerComparison: IntegerCondition {
    enum Kind { case ordering(ComparisonOperator), equal, notEqual }
    let kind: Kind
    let x: IntegerNode
    let y: IntegerNode
    init(_ kind: Kind, _ x: IntegerNode, _ y: IntegerNode) { (self.kind, self.x, self.y) = (kind, x, y) }
    override func holds(_ a: IntegerFunction.Arguments) throws -> Bool {
        let (lhs, rhs) = (Double(try x.value(a)), Double(try y.value(a)))
        switch kind {
        case .ordering(let op): return op.holds(lhs, rhs)
        case .equal: return lhs == rhs
        case .notEqual: return lhs != rhs
        }
    }
}

/// A comparison with a literal on the right, as `n < 2` is.
final class IntegerConstantComparison: IntegerCondition {
    let kind: IntegerComparison.Kind
    let x: IntegerNode
    let k: Double
    init(_ kind: IntegerComparison.Kind, _ x: IntegerNode, _ k: Int) { (self.kind, self.x, self.k) = (kind, x, Double(k)) }
    override func holds(_ a: IntegerFunction.Arguments) throws -> Bool {
        let lhs = Double(try x.value(a))
        switch kind {
        case .ordering(let op): return op.holds(lhs, k)
        case .equal: return lhs == k
        case .notEqual: return lhs != k
        }
    }
}

/// `&&` and `||`, the right side evaluated only when it decides.
final class IntegerLogic: IntegerCondition {
    let isAnd: Bool
    let x: IntegerCondition
    let y: IntegerCondition
    init(isAnd: Bool, _ x: IntegerCondition, _ y: IntegerCondition) { (self.isAnd, self.x, self.y) = (isAnd, x, y) }
    override func holds(_ a: IntegerFunction.Arguments) throws -> Bool {
        isAnd ? try x.holds(a) && y.holds(a) : try x.holds(a) || y.holds(a)
    }
}

final class IntegerNot: IntegerCondition {
    let x: IntegerCondition
    init(_ x: IntegerCondition) { self.x = x }
    override func holds(_ a: IntegerFunction.Arguments) throws -> Bool { !(try x.holds(a)) }
}
