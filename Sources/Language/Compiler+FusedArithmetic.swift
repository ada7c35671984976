/// `(x op y) op z` for variables `x`, `y` and a variable or number literal `z`, as in `w * x + b` or
/// `x * y + 1`: one closure where two nested ones would each be called, and the inner result not boxed when
/// the operands hold Doubles. Anything else takes the general path, with the rules of the unfused operators.
extension Compiler {
    /// The third operand of a fused expression.
    enum FusedOperand {
        case constant(RuntimeValue, Double)
        case variable(SlotAddress)
    }

    /// The parts of `lhs op rhs` when it has the fused shape, with both operators among `+ - * /`.
    mutating func fusedArithmetic(_ op: ArithmeticOperator, _ lhs: Expr, _ rhs: Expr) throws
        -> (inner: ArithmeticOperator, x: SlotAddress, y: SlotAddress, innerPosition: Position, z: FusedOperand)?
    {
        guard op.isField, case .binary(.arithmetic(let inner), let l, let r, let innerPosition) = lhs, inner.isField
        else { return nil }
        let z: FusedOperand
        if let literal = rhs.numberLiteral {
            z = .constant(literal.value, literal.number)
        } else if let address = try variableAddress(rhs) {
            z = .variable(address)
        } else {
            return nil
        }
        guard let x = try variableAddress(l), let y = try variableAddress(r) else { return nil }
        return (inner, x, y, innerPosition, z)
    }

    func fused(
        _ op: ArithmeticOperator, _ inner: ArithmeticOperator, _ x: SlotAddress, _ y: SlotAddress,
        innerPosition: Position, _ z: FusedOperand, at position: Position
    ) -> CompiledExpr {
        let node = FusedArithmetic(
            op: op, inner: inner, x: x, y: y, z: z, innerPosition: innerPosition, position: position,
            interpreter: interpreter)
        return { frame in try node.evaluate(frame) }
    }

    /// One of `+ - * /` on Doubles; the operator is fixed per call site, so the branch is predicted.
    @inline(__always)
    static func apply(_ op: ArithmeticOperator, _ x: Double, _ y: Double) -> Double {
        switch op {
        case .add: x + y
        case .subtract: x - y
        case .multiply: x * y
        default: x / y
        }
    }
}

extension ArithmeticOperator {
    /// `+ - * /`, which combine two Doubles into a Double with no other rule.
    var isField: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide: true
        case .remainder, .power, .matrixProduct: false
        }
    }
}

/// A fused expression's parts, in one object the closure captures. A closure's captures are handed to its body as
/// arguments on every call, and two slot addresses, an operand and two positions went through the stack.
final class FusedArithmetic {
    let op: ArithmeticOperator
    let inner: ArithmeticOperator
    let x: SlotAddress
    let y: SlotAddress
    let z: Compiler.FusedOperand
    let innerPosition: Position
    let position: Position
    let interpreter: Interpreter

    init(
        op: ArithmeticOperator, inner: ArithmeticOperator, x: SlotAddress, y: SlotAddress, z: Compiler.FusedOperand,
        innerPosition: Position, position: Position, interpreter: Interpreter
    ) {
        (self.op, self.inner, self.x, self.y, self.z) = (op, inner, x, y, z)
        (self.innerPosition, self.position, self.interpreter) = (innerPosition, position, interpreter)
    }

    @inline(__always)
    func evaluate(_ frame: Frame) throws -> RuntimeValue {
        let (a, b) = (x(frame), y(frame))
        if case .double(let u) = a.pointee, case .double(let v) = b.pointee {
            switch z {
            case .constant(_, let c):
                return .double(Compiler.apply(op, Compiler.apply(inner, u, v), c))
            case .variable(let address):
                if case .double(let w) = address(frame).pointee {
                    return .double(Compiler.apply(op, Compiler.apply(inner, u, v), w))
                }
            }
        }
        return try general(frame)
    }

    /// Anything but Doubles: the operators' own rules, inner operation first.
    @inline(never)
    private func general(_ frame: Frame) throws -> RuntimeValue {
        let value = try interpreter.arithmetic(inner, x(frame).pointee, y(frame).pointee, at: innerPosition)
        switch z {
        case .constant(let constant, _): return try interpreter.arithmetic(op, value, constant, at: position)
        case .variable(let address): return try interpreter.arithmetic(op, value, address(frame).pointee, at: position)
        }
    }
}
