/// The nodes of an `IntegerFunction`'s body: classes whose `value` or `holds` the parent calls through its `let`
/// children, so evaluating a node costs a virtual call and no reference counting (closures read out of a
/// variable would be retained and released on every call). The commonest leaves (a literal, a parameter,
/// `n - 1`, `n < 2`) are operands read in place, without a call.
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

extension IntegerFunction.Arguments {
    @inline(__always)
    subscript(index: Int) -> Int { index == 0 ? first : index == 1 ? second : third }
}

/// `+ - * %` as `Interpreter.integer` gives them; where it gives nil (an overflow, a remainder by 0 or −1), the
/// run is abandoned for the general path.
@inline(__always)
private func combine(_ op: ArithmeticOperator, _ x: Int, _ y: Int) throws -> Int {
    guard let result = Interpreter.integer(op, x, y) else { throw IntegerFunction.Abandoned() }
    return result
}

/// An Int operand.
enum IntegerOperand {
    case literal(Int)
    case parameter(Int)
    /// `n op k` for the parameter at an index and a literal.
    case parameterWithLiteral(ArithmeticOperator, Int, Int)
    case node(IntegerNode)

    @inline(__always)
    func value(_ a: IntegerFunction.Arguments) throws -> Int {
        switch self {
        case .literal(let k): return k
        case .parameter(let index): return a[index]
        case .parameterWithLiteral(let op, let index, let k): return try combine(op, a[index], k)
        case .node(let node): return try node.value(a)
        }
    }
}

/// How two Ints compare: exactly, as every comparison of numbers does (`ExactComparison`).
enum IntegerRelation {
    case ordering(ComparisonOperator)
    case equal
    case notEqual

    @inline(__always)
    func holds(_ x: Int, _ y: Int) -> Bool {
        switch self {
        case .ordering(let op): return op.holds(x, y)
        case .equal: return x == y
        case .notEqual: return x != y
        }
    }
}

/// A condition: a comparison of two operands is decided in place, anything else is a node to call.
enum IntegerTest {
    case comparison(IntegerRelation, IntegerOperand, IntegerOperand)
    case node(IntegerCondition)

    @inline(__always)
    func holds(_ a: IntegerFunction.Arguments) throws -> Bool {
        switch self {
        case .comparison(let relation, let x, let y): return relation.holds(try x.value(a), try y.value(a))
        case .node(let condition): return try condition.holds(a)
        }
    }
}

/// An operand that needs a node of its own at the top of a body or a branch.
final class IntegerLeaf: IntegerNode {
    let operand: IntegerOperand
    init(_ operand: IntegerOperand) { self.operand = operand }
    override func value(_ a: IntegerFunction.Arguments) throws -> Int { try operand.value(a) }
}

final class IntegerNegation: IntegerNode {
    let x: IntegerOperand
    init(_ x: IntegerOperand) { self.x = x }
    override func value(_ a: IntegerFunction.Arguments) throws -> Int { try combine(.subtract, 0, try x.value(a)) }
}

final class IntegerArithmetic: IntegerNode {
    let op: ArithmeticOperator
    let x: IntegerOperand
    let y: IntegerOperand
    init(_ op: ArithmeticOperator, _ x: IntegerOperand, _ y: IntegerOperand) { (self.op, self.x, self.y) = (op, x, y) }
    override func value(_ a: IntegerFunction.Arguments) throws -> Int {
        let lhs = try x.value(a)
        return try combine(op, lhs, try y.value(a))
    }
}

final class IntegerChoice: IntegerNode {
    let test: IntegerTest
    let yes: IntegerOperand
    let no: IntegerOperand
    init(_ test: IntegerTest, _ yes: IntegerOperand, _ no: IntegerOperand) { (self.test, self.yes, self.no) = (test, yes, no) }
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
    let first: IntegerOperand
    let second: IntegerOperand
    let third: IntegerOperand
    let position: Position
    init(_ function: IntegerFunction, _ arguments: [IntegerOperand], at position: Position) {
        self.function = .passUnretained(function)
        arity = arguments.count
        first = arguments[0]
        second = arguments.count > 1 ? arguments[1] : .literal(0)
        third = arguments.count > 2 ? arguments[2] : .literal(0)
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

/// `&&` and `||`, the right side evaluated only when it decides.
final class IntegerLogic: IntegerCondition {
    let isAnd: Bool
    let x: IntegerTest
    let y: IntegerTest
    init(isAnd: Bool, _ x: IntegerTest, _ y: IntegerTest) { (self.isAnd, self.x, self.y) = (isAnd, x, y) }
    override func holds(_ a: IntegerFunction.Arguments) throws -> Bool {
        isAnd ? try x.holds(a) && y.holds(a) : try x.holds(a) || y.holds(a)
    }
}

final class IntegerNot: IntegerCondition {
    let x: IntegerTest
    init(_ x: IntegerTest) { self.x = x }
    override func holds(_ a: IntegerFunction.Arguments) throws -> Bool { !(try x.holds(a)) }
}
