/// `x op= c` and `x op= y` for a Double or Int variable `x`, a number literal `c` and a variable `y`: two Doubles,
/// or two Ints whose result is an Int (`Interpreter.integer`), are combined in `x`'s slot with no closure call for
/// the operand; anything else runs `general`, the assignment compiled as usual. The closures are returned as they are, not through an Optional, which would wrap each in
/// a reabstraction thunk.
extension Compiler {
    mutating func compoundUpdate(
        _ target: SlotAddress, _ op: ArithmeticOperator, _ operand: Expr, general: @escaping CompiledStmt
    ) throws -> CompiledStmt {
        if let (literal, c) = operand.numberLiteral {
            let k: Int? = if case .int(let k) = literal { k } else { nil }
            return update(target, op, constant: c, integer: k, general: general)
        }
        if case .name(let name, let position) = operand, case .variable(let slot) = try resolver.resolve(name, at: position) {
            return update(target, op, variable: address(slot), general: general)
        }
        return general
    }

    private func update(
        _ target: SlotAddress, _ op: ArithmeticOperator, constant c: Double, integer k: Int?,
        general: @escaping CompiledStmt
    ) -> CompiledStmt {
        switch op {
        case .add:
            return { frame in
                let t = target(frame)
                if case .double(let current) = t.pointee {
                    t.pointee = .double(current + c)
                    return .normal
                }
                guard let k, case .int(let i) = t.pointee, let r = Interpreter.integer(.add, i, k) else {
                    return try general(frame)
                }
                t.pointee = .int(r)
                return .normal
            }
        case .subtract:
            return { frame in
                let t = target(frame)
                if case .double(let current) = t.pointee {
                    t.pointee = .double(current - c)
                    return .normal
                }
                guard let k, case .int(let i) = t.pointee, let r = Interpreter.integer(.subtract, i, k) else {
                    return try general(frame)
                }
                t.pointee = .int(r)
                return .normal
            }
        case .multiply:
            return { frame in
                let t = target(frame)
                if case .double(let current) = t.pointee {
                    t.pointee = .double(current * c)
                    return .normal
                }
                guard let k, case .int(let i) = t.pointee, let r = Interpreter.integer(.multiply, i, k) else {
                    return try general(frame)
                }
                t.pointee = .int(r)
                return .normal
            }
        case .divide:
            return { frame in
                let t = target(frame)
                guard case .double(let current) = t.pointee else { return try general(frame) }
                t.pointee = .double(current / c)
                return .normal
            }
        case .remainder, .power, .matrixProduct:
            return general
        }
    }

    private func update(
        _ target: SlotAddress, _ op: ArithmeticOperator, variable: SlotAddress, general: @escaping CompiledStmt
    ) -> CompiledStmt {
        switch op {
        case .add:
            return { frame in
                let (t, v) = (target(frame), variable(frame))
                if case .double(let current) = t.pointee, case .double(let x) = v.pointee {
                    t.pointee = .double(current + x)
                    return .normal
                }
                guard case .int(let i) = t.pointee, case .int(let j) = v.pointee, let r = Interpreter.integer(.add, i, j)
                else { return try general(frame) }
                t.pointee = .int(r)
                return .normal
            }
        case .subtract:
            return { frame in
                let (t, v) = (target(frame), variable(frame))
                if case .double(let current) = t.pointee, case .double(let x) = v.pointee {
                    t.pointee = .double(current - x)
                    return .normal
                }
                guard case .int(let i) = t.pointee, case .int(let j) = v.pointee, let r = Interpreter.integer(.subtract, i, j)
                else { return try general(frame) }
                t.pointee = .int(r)
                return .normal
            }
        case .multiply:
            return { frame in
                let (t, v) = (target(frame), variable(frame))
                if case .double(let current) = t.pointee, case .double(let x) = v.pointee {
                    t.pointee = .double(current * x)
                    return .normal
                }
                guard case .int(let i) = t.pointee, case .int(let j) = v.pointee, let r = Interpreter.integer(.multiply, i, j)
                else { return try general(frame) }
                t.pointee = .int(r)
                return .normal
            }
        case .divide:
            return { frame in
                let (t, v) = (target(frame), variable(frame))
                guard case .double(let current) = t.pointee, case .double(let x) = v.pointee else { return try general(frame) }
                t.pointee = .double(current / x)
                return .normal
            }
        case .remainder, .power, .matrixProduct:
            return general
        }
    }
}
