/// Arithmetic trees over variables and literals, compiled to a `NumericExpression`: as a value when the tree has
/// two operators or more (one operator has closures of its own in `Compiler+Arithmetic.swift`), and as the value
/// of an assignment to a variable, stored straight into its slot.
extension Compiler {
    /// The steps of `expr` when it is such a tree: `+ - * /` and unary minus over variables and number literals,
    /// every operation with a variable below it (so that its general result is a Double whenever the variables
    /// hold Doubles: an operation on two literals would follow Int rules), and at most `stackLimit` values on the
    /// stack at once.
    mutating func numericSteps(_ expr: Expr) throws -> (steps: [NumericExpression.Step], operators: Int)? {
        var nodes = 0
        guard let tree = try numericTree(expr, nodes: &nodes), tree.hasVariable,
              tree.depth <= NumericExpression.stackLimit
        else { return nil }
        return (tree.steps, tree.operators)
    }

    /// The most nodes a tree may have. Every operator of a long expression asks again for the tree below it, so
    /// without a bound a sum of n terms took time growing as n³ to compile (900 terms: a second).
    private static let nodeLimit = 64

    private typealias NumericTree = (steps: [NumericExpression.Step], operators: Int, hasVariable: Bool, depth: Int)

    private mutating func numericTree(_ expr: Expr, nodes: inout Int) throws -> NumericTree? {
        nodes += 1
        guard nodes <= Compiler.nodeLimit else { return nil }
        if let literal = expr.numberLiteral {
            return ([.init(kind: .constant, constant: literal.number)], 0, false, 1)
        }
        switch expr {
        case .name:
            guard let address = try variableAddress(expr) else { return nil }
            let step: NumericExpression.Step = switch address.place {
            case .local(0, let index): .init(kind: .local, index: index)
            case .local(let depth, let index): .init(kind: .outer, depth: depth, index: index)
            case .global(_, let index): .init(kind: .global, index: index)
            }
            return ([step], 0, true, 1)
        case .unary(.negate, .integer(let i, _), _):
            // Int rules negate first: `-0` is the Int 0, which converts to +0.0.
            guard i != .min else { return nil }
            return ([.init(kind: .constant, constant: Double(-i))], 0, false, 1)
        case .unary(.negate, .float(let d, _), _):
            return ([.init(kind: .constant, constant: -d)], 0, false, 1)
        case .unary(.negate, let operand, _):
            guard let inner = try numericTree(operand, nodes: &nodes), inner.hasVariable else { return nil }
            return (inner.steps + [.init(kind: .negate)], inner.operators + 1, true, inner.depth)
        case .binary(.arithmetic(let op), let lhs, let rhs, _) where op.isField:
            guard let l = try numericTree(lhs, nodes: &nodes), let r = try numericTree(rhs, nodes: &nodes),
                  l.hasVariable || r.hasVariable
            else { return nil }
            if r.steps.count == 1, r.steps[0].kind == .constant {
                let kind: NumericExpression.Step.Kind = switch op {
                case .add: .addConstant
                case .subtract: .subtractConstant
                case .multiply: .multiplyConstant
                default: .divideConstant
                }
                return (l.steps + [.init(kind: kind, constant: r.steps[0].constant)], l.operators + 1, true, l.depth)
            }
            // A literal on the left of `+` or `·` goes to the right: the same bits, since a literal is never NaN
            // and the two are commutative otherwise; `0.5 * (x + y)` is then one step shorter.
            if l.steps.count == 1, l.steps[0].kind == .constant, op == .add || op == .multiply {
                let kind: NumericExpression.Step.Kind = op == .add ? .addConstant : .multiplyConstant
                return (r.steps + [.init(kind: kind, constant: l.steps[0].constant)], r.operators + 1, true, r.depth)
            }
            // A local variable on the right is read by the operation itself, a step shorter.
            if r.steps.count == 1, r.steps[0].kind == .local {
                let kind: NumericExpression.Step.Kind = switch op {
                case .add: .addLocal
                case .subtract: .subtractLocal
                case .multiply: .multiplyLocal
                default: .divideLocal
                }
                return (l.steps + [.init(kind: kind, index: r.steps[0].index)], l.operators + 1, true, l.depth)
            }
            let kind: NumericExpression.Step.Kind = switch op {
            case .add: .add
            case .subtract: .subtract
            case .multiply: .multiply
            default: .divide
            }
            return (l.steps + r.steps + [.init(kind: kind)], l.operators + r.operators + 1, true, max(l.depth, r.depth + 1))
        default:
            return nil
        }
    }

    /// A tree of two operators or more as a value; nil for anything else.
    mutating func numericValue(_ op: ArithmeticOperator, _ lhs: Expr, _ rhs: Expr, at position: Position) throws
        -> NumericExpression?
    {
        guard let (steps, operators) = try numericSteps(.binary(.arithmetic(op), lhs, rhs, position)), operators >= 2
        else { return nil }
        return NumericExpression(steps, globals: interpreter.globals)
    }

    /// `name = tree` for a tree of one operator or more (`tree` is what `numericSteps` found in the value, before
    /// a declaration's name was declared): the Double goes straight into the slot; anything else runs `general`,
    /// the assignment compiled as usual.
    func numericAssignment(
        to slot: Slot, _ tree: (steps: [NumericExpression.Step], operators: Int)?, general: @escaping CompiledStmt
    ) -> CompiledStmt {
        guard let (steps, operators) = tree, operators >= 1 else { return general }
        let target = address(slot)
        // `let h = x * 0.5` of a local: one operation needs no stack (83 → 37 instructions a run).
        if steps.count == 2, steps[0].kind == .local, [.addConstant, .subtractConstant, .multiplyConstant,
                                                        .divideConstant].contains(steps[1].kind) {
            let (source, kind, c) = (steps[0].index, steps[1].kind, steps[1].constant)
            return { frame in
                guard case .double(let x) = frame.slots[source] else { return try general(frame) }
                let value = switch kind {
                case .addConstant: x + c
                case .subtractConstant: x - c
                case .multiplyConstant: x * c
                default: x / c
                }
                let slot = target(frame)
                switch slot.pointee {
                case .int, .double, .bool, .void: slot.initialize(to: .double(value))
                default: slot.pointee = .double(value)
                }
                return .normal
            }
        }
        let expression = NumericExpression(steps, globals: interpreter.globals)
        return { frame in
            guard let value = expression.evaluate(frame) else { return try general(frame) }
            let slot = target(frame)
            // A number holds nothing to release, so it may be written over without the general destroy.
            switch slot.pointee {
            case .int, .double, .bool, .void: slot.initialize(to: .double(value))
            default: slot.pointee = .double(value)
            }
            return .normal
        }
    }
}
