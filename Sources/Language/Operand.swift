/// A call argument as its call site evaluates it: a number literal or a variable is read right there, where a
/// compiled closure would cost a call of its own per argument per call.
enum Operand {
    case constant(RuntimeValue)
    case variable(SlotAddress)
    case code(CompiledExpr)

    @inline(__always)
    func value(_ frame: Frame) throws -> RuntimeValue {
        switch self {
        case .constant(let value): return value
        case .variable(let address):
            // A number is copied as it is; the general copy is a call that looks at the case to retain a payload.
            let slot = address(frame)
            if case .double(let x) = slot.pointee { return .double(x) }
            return slot.pointee
        case .code(let run): return try run(frame)
        }
    }

    /// True for code, which may run lesson code; a literal or a variable is only read.
    var hasEffects: Bool {
        if case .code = self { return true }
        return false
    }

    /// The operand as compiled code, for the paths that evaluate arguments into an array.
    var code: ExprCode {
        switch self {
        case .constant(let value): ExprCode(run: { _ in value })
        case .variable(let address): ExprCode(run: { address($0).pointee })
        case .code(let run): ExprCode(run: run)
        }
    }
}

extension Compiler {
    /// Compiles a call argument.
    mutating func compileOperand(_ expr: Expr) throws -> Operand {
        if let literal = expr.numberLiteral { return .constant(literal.value) }
        if let address = try variableAddress(expr) { return .variable(address) }
        return .code(try compile(expr))
    }
}
