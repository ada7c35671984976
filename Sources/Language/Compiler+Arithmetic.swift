/// Operators compiled with a fast path for plain numbers: two Doubles (or a Double and an Int) are combined
/// right in the closure, with no call into `Operators` and no intermediate value; everything else (Ints, which
/// keep Int semantics, tensors, autodiff Values, strings) takes the general path.
extension Compiler {
    func compileArithmetic(
        _ op: ArithmeticOperator, _ lhs: @escaping CompiledExpr, _ rhs: @escaping CompiledExpr, at position: Position
    ) -> CompiledExpr {
        let interpreter = self.interpreter
        func fast(_ combine: @escaping (Double, Double) -> Double) -> CompiledExpr {
            { frame in
                let (a, b) = (try lhs(frame), try rhs(frame))
                if let (x, y) = Compiler.doubles(a, b) { return .double(combine(x, y)) }
                return try interpreter.arithmetic(op, a, b, at: position)
            }
        }
        switch op {
        case .add: return fast(+)
        case .subtract: return fast(-)
        case .multiply: return fast(*)
        case .divide: return fast(/)
        case .remainder, .power, .matrixProduct:
            return { frame in try interpreter.arithmetic(op, try lhs(frame), try rhs(frame), at: position) }
        }
    }

    /// Two numbers as Doubles when at least one is a Double and the other a Double or an Int.
    @inline(__always)
    static func doubles(_ a: RuntimeValue, _ b: RuntimeValue) -> (Double, Double)? {
        switch a {
        case .double(let x):
            switch b {
            case .double(let y): return (x, y)
            case .int(let y): return (x, Double(y))
            default: return nil
            }
        case .int(let x):
            if case .double(let y) = b { return (Double(x), y) }
            return nil
        default:
            return nil
        }
    }

    func compileUnary(_ op: UnaryOperator, _ operand: @escaping CompiledExpr, at position: Position) -> CompiledExpr {
        if op == .negate {
            return { frame in
                let value = try operand(frame)
                if case .double(let d) = value { return .double(-d) }
                return try Operators.unary(op, value, at: position)
            }
        }
        return { frame in try Operators.unary(op, try operand(frame), at: position) }
    }

    /// A condition as a Swift Bool: comparisons of numbers and the logical operators make no `RuntimeValue`.
    mutating func compileCondition(_ expr: Expr) throws -> CompiledCondition {
        switch expr {
        case .binary(.and, let lhs, let rhs, _):
            let (lhs, rhs) = (try compileCondition(lhs), try compileCondition(rhs))
            return { frame in try lhs(frame) && rhs(frame) }
        case .binary(.or, let lhs, let rhs, _):
            let (lhs, rhs) = (try compileCondition(lhs), try compileCondition(rhs))
            return { frame in try lhs(frame) || rhs(frame) }
        case .unary(.not, let operand, _):
            let operand = try compileCondition(operand)
            return { frame in try !operand(frame) }
        case .bool(let b, _):
            return { _ in b }
        case .binary(.comparison(let op), let lhs, let rhs, let position):
            return compileComparison(op, try compile(lhs), try compile(rhs), at: position)
        default:
            let code = try compile(expr)
            let position = expr.position
            return { frame in
                let value = try code(frame)
                guard case .bool(let b) = value else {
                    throw LanguageError(message: "a condition must be a Bool, not \(value.typeName)", position: position)
                }
                return b
            }
        }
    }

    /// A comparison as a value: a Bool for numbers and strings, a mask for tensors.
    func compileComparisonValue(
        _ op: ComparisonOperator, _ lhs: @escaping CompiledExpr, _ rhs: @escaping CompiledExpr, at position: Position
    ) -> CompiledExpr {
        let interpreter = self.interpreter
        return { frame in
            let (a, b) = (try lhs(frame), try rhs(frame))
            if let (x, y) = Compiler.doubles(a, b) { return .bool(op.holds(x, y)) }
            return try interpreter.binary(.comparison(op), a, b, at: position)
        }
    }

    private func compileComparison(
        _ op: ComparisonOperator, _ lhs: @escaping CompiledExpr, _ rhs: @escaping CompiledExpr, at position: Position
    ) -> CompiledCondition {
        let interpreter = self.interpreter
        func fast(_ holds: @escaping (Double, Double) -> Bool, _ holdsForInts: @escaping (Int, Int) -> Bool)
            -> CompiledCondition
        {
            { frame in
                let (a, b) = (try lhs(frame), try rhs(frame))
                if case .int(let i) = a, case .int(let j) = b { return holdsForInts(i, j) }
                if let (x, y) = Compiler.doubles(a, b) { return holds(x, y) }
                let value = try interpreter.binary(.comparison(op), a, b, at: position)
                guard case .bool(let result) = value else {
                    throw LanguageError(message: "a condition must be a Bool, not \(value.typeName)", position: position)
                }
                return result
            }
        }
        switch op {
        case .less: return fast(<, <)
        case .lessOrEqual: return fast(<=, <=)
        case .greater: return fast(>, >)
        case .greaterOrEqual: return fast(>=, >=)
        }
    }
}
