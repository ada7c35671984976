/// Operators compiled with a fast path for plain numbers: two Doubles (or a Double and an Int) are combined
/// right in the closure, with no call into `Operators`; a number literal operand is folded into the closure.
/// Everything else (Ints, which keep Int semantics, tensors, autodiff Values, strings) takes the general path.
/// The four common operators are spelled out, as passing `+` as a function value would cost a call per use.
extension Compiler {
    mutating func compileArithmetic(_ op: ArithmeticOperator, _ lhs: Expr, _ rhs: Expr, at position: Position) throws
        -> CompiledExpr
    {
        // Each special form handles every operator: `%`, `**` and `@` take the general path inside it. Returning
        // closures through an Optional would wrap each in a reabstraction thunk, a call more per evaluation.
        if let f = try fusedArithmetic(op, lhs, rhs) {
            return fused(op, f.inner, f.x, f.y, innerPosition: f.innerPosition, f.z, at: position)
        }
        if let expression = try numericValue(op, lhs, rhs, at: position) {
            let general = try compileArithmeticOperands(op, lhs, rhs, at: position)
            return { frame in
                if let value = expression.evaluate(frame) { return .double(value) }
                return try general(frame)
            }
        }
        return try compileArithmeticOperands(op, lhs, rhs, at: position)
    }

    /// An operator compiled on its own, with the fast paths for a variable or a literal operand.
    private mutating func compileArithmeticOperands(
        _ op: ArithmeticOperator, _ lhs: Expr, _ rhs: Expr, at position: Position
    ) throws -> CompiledExpr {
        if let c = rhs.numberLiteral, let address = try variableAddress(lhs) {
            return arithmetic(op, variable: address, constant: c, at: position)
        }
        if let a = try variableAddress(lhs), let b = try variableAddress(rhs) {
            return arithmetic(op, a, b, at: position)
        }
        if let c = rhs.numberLiteral {
            return arithmetic(op, try compile(lhs), constant: c, at: position)
        }
        if let c = lhs.numberLiteral {
            return arithmetic(op, constant: c, try compile(rhs), at: position)
        }
        return arithmetic(op, try compile(lhs), try compile(rhs), at: position)
    }

    private func arithmetic(
        _ op: ArithmeticOperator, _ lhs: @escaping CompiledExpr, _ rhs: @escaping CompiledExpr, at position: Position
    ) -> CompiledExpr {
        let interpreter = self.interpreter
        switch op {
        case .add:
            return { frame in
                let (a, b) = (try lhs(frame), try rhs(frame))
                if let (x, y) = Compiler.doubles(a, b) { return .double(x + y) }
                return try interpreter.arithmetic(op, a, b, at: position)
            }
        case .subtract:
            return { frame in
                let (a, b) = (try lhs(frame), try rhs(frame))
                if let (x, y) = Compiler.doubles(a, b) { return .double(x - y) }
                return try interpreter.arithmetic(op, a, b, at: position)
            }
        case .multiply:
            return { frame in
                let (a, b) = (try lhs(frame), try rhs(frame))
                if let (x, y) = Compiler.doubles(a, b) { return .double(x * y) }
                return try interpreter.arithmetic(op, a, b, at: position)
            }
        case .divide:
            return { frame in
                let (a, b) = (try lhs(frame), try rhs(frame))
                if let (x, y) = Compiler.doubles(a, b) { return .double(x / y) }
                return try interpreter.arithmetic(op, a, b, at: position)
            }
        case .remainder, .power, .matrixProduct:
            return { frame in try interpreter.arithmetic(op, try lhs(frame), try rhs(frame), at: position) }
        }
    }

    /// `x op c` for a variable `x` and a number literal `c`: the variable is looked at in its slot, not copied out.
    private func arithmetic(
        _ op: ArithmeticOperator, variable address: SlotAddress,
        constant literal: (value: RuntimeValue, number: Double), at position: Position
    ) -> CompiledExpr {
        let interpreter = self.interpreter
        let (constant, c) = literal
        switch op {
        case .add:
            return { frame in
                let a = address(frame)
                if case .double(let x) = a.pointee { return .double(x + c) }
                return try interpreter.arithmetic(op, a.pointee, constant, at: position)
            }
        case .subtract:
            return { frame in
                let a = address(frame)
                if case .double(let x) = a.pointee { return .double(x - c) }
                return try interpreter.arithmetic(op, a.pointee, constant, at: position)
            }
        case .multiply:
            return { frame in
                let a = address(frame)
                if case .double(let x) = a.pointee { return .double(x * c) }
                return try interpreter.arithmetic(op, a.pointee, constant, at: position)
            }
        case .divide:
            return { frame in
                let a = address(frame)
                if case .double(let x) = a.pointee { return .double(x / c) }
                return try interpreter.arithmetic(op, a.pointee, constant, at: position)
            }
        case .remainder, .power, .matrixProduct:
            return { frame in try interpreter.arithmetic(op, address(frame).pointee, constant, at: position) }
        }
    }

    /// `x op y` for two variables: both are looked at in their slots, not copied out, and two Doubles are combined
    /// right here.
    private func arithmetic(_ op: ArithmeticOperator, _ lhs: SlotAddress, _ rhs: SlotAddress, at position: Position)
        -> CompiledExpr
    {
        let interpreter = self.interpreter
        switch op {
        case .add:
            return { frame in
                let (a, b) = (lhs(frame), rhs(frame))
                if case .double(let x) = a.pointee, case .double(let y) = b.pointee { return .double(x + y) }
                return try interpreter.arithmetic(op, a.pointee, b.pointee, at: position)
            }
        case .subtract:
            return { frame in
                let (a, b) = (lhs(frame), rhs(frame))
                if case .double(let x) = a.pointee, case .double(let y) = b.pointee { return .double(x - y) }
                return try interpreter.arithmetic(op, a.pointee, b.pointee, at: position)
            }
        case .multiply:
            return { frame in
                let (a, b) = (lhs(frame), rhs(frame))
                if case .double(let x) = a.pointee, case .double(let y) = b.pointee { return .double(x * y) }
                return try interpreter.arithmetic(op, a.pointee, b.pointee, at: position)
            }
        case .divide:
            return { frame in
                let (a, b) = (lhs(frame), rhs(frame))
                if case .double(let x) = a.pointee, case .double(let y) = b.pointee { return .double(x / y) }
                return try interpreter.arithmetic(op, a.pointee, b.pointee, at: position)
            }
        case .remainder, .power, .matrixProduct:
            return { frame in try interpreter.arithmetic(op, lhs(frame).pointee, rhs(frame).pointee, at: position) }
        }
    }

    /// `x op c` for a number literal `c`: a Double `x` takes the fast path; anything else, such as an Int `x`
    /// (so `i + 1` stays an Int), takes the general path with the literal's own value.
    private func arithmetic(
        _ op: ArithmeticOperator, _ lhs: @escaping CompiledExpr, constant literal: (value: RuntimeValue, number: Double), at position: Position
    ) -> CompiledExpr {
        let interpreter = self.interpreter
        let (constant, c) = literal
        switch op {
        case .add:
            return { frame in
                let a = try lhs(frame)
                if case .double(let x) = a { return .double(x + c) }
                return try interpreter.arithmetic(op, a, constant, at: position)
            }
        case .subtract:
            return { frame in
                let a = try lhs(frame)
                if case .double(let x) = a { return .double(x - c) }
                return try interpreter.arithmetic(op, a, constant, at: position)
            }
        case .multiply:
            return { frame in
                let a = try lhs(frame)
                if case .double(let x) = a { return .double(x * c) }
                return try interpreter.arithmetic(op, a, constant, at: position)
            }
        case .divide:
            return { frame in
                let a = try lhs(frame)
                if case .double(let x) = a { return .double(x / c) }
                return try interpreter.arithmetic(op, a, constant, at: position)
            }
        case .remainder, .power, .matrixProduct:
            return { frame in try interpreter.arithmetic(op, try lhs(frame), constant, at: position) }
        }
    }

    private func arithmetic(
        _ op: ArithmeticOperator, constant literal: (value: RuntimeValue, number: Double), _ rhs: @escaping CompiledExpr, at position: Position
    ) -> CompiledExpr {
        let interpreter = self.interpreter
        let (constant, c) = literal
        switch op {
        case .add:
            return { frame in
                let b = try rhs(frame)
                if case .double(let y) = b { return .double(c + y) }
                return try interpreter.arithmetic(op, constant, b, at: position)
            }
        case .subtract:
            return { frame in
                let b = try rhs(frame)
                if case .double(let y) = b { return .double(c - y) }
                return try interpreter.arithmetic(op, constant, b, at: position)
            }
        case .multiply:
            return { frame in
                let b = try rhs(frame)
                if case .double(let y) = b { return .double(c * y) }
                return try interpreter.arithmetic(op, constant, b, at: position)
            }
        case .divide:
            return { frame in
                let b = try rhs(frame)
                if case .double(let y) = b { return .double(c / y) }
                return try interpreter.arithmetic(op, constant, b, at: position)
            }
        case .remainder, .power, .matrixProduct:
            return { frame in try interpreter.arithmetic(op, constant, try rhs(frame), at: position) }
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
            return try compileComparison(op, lhs, rhs, at: position)
        case .binary(let op, let lhs, let rhs, let position) where op == .equal || op == .notEqual:
            guard let (constant, c) = rhs.exactNumberLiteral else { return try compileTruth(expr) }
            // `i % 3 == 0`: a number compares with the literal by exact value, as `Operators.equal` compares numbers.
            let interpreter = self.interpreter
            let equal = op == .equal
            // `n == 0` of a variable: looked at in its slot, and an Int against an Int literal compared as Ints.
            if let address = try variableAddress(lhs) {
                let integer: Int? = if case .int(let k) = constant { k } else { nil }
                return { frame in
                    let a = address(frame)
                    if case .int(let i) = a.pointee {
                        if let integer { return (i == integer) == equal }
                        return ExactComparison.equal(i, c) == equal
                    }
                    if case .double(let x) = a.pointee { return (x == c) == equal }
                    return try Compiler.truth(try interpreter.binary(op, a.pointee, constant, at: position), at: position)
                }
            }
            let lhs = try compile(lhs)
            return { frame in
                let a = try lhs(frame)
                if case .int(let i) = a { return ExactComparison.equal(i, c) == equal }
                if case .double(let x) = a { return (x == c) == equal }
                return try Compiler.truth(try interpreter.binary(op, a, constant, at: position), at: position)
            }
        default:
            return try compileTruth(expr)
        }
    }

    /// A condition from any expression, which must give a Bool.
    private mutating func compileTruth(_ expr: Expr) throws -> CompiledCondition {
        let code = try compile(expr)
        let position = expr.position
        return { frame in try Compiler.truth(try code(frame), at: position) }
    }

    static func truth(_ value: RuntimeValue, at position: Position) throws -> Bool {
        guard case .bool(let b) = value else { throw notACondition(value, at: position) }
        return b
    }

    /// The error for a condition that is not a Bool; a mask (what `t > 0` makes of a tensor) says how to ask it.
    static func notACondition(_ value: RuntimeValue, at position: Position) -> LanguageError {
        var message = "a condition must be a Bool, not \(value.typeName)"
        if case .tensor = value {
            message += "; a comparison of tensors is element by element: ask `(t > 0).all()` or `(t > 0).any()`"
        }
        return LanguageError(message: message, position: position)
    }

    /// A comparison as a value: a Bool for numbers and strings, a mask for tensors.
    func compileComparisonValue(
        _ op: ComparisonOperator, _ lhs: @escaping CompiledExpr, _ rhs: @escaping CompiledExpr, at position: Position
    ) -> CompiledExpr {
        let interpreter = self.interpreter
        return { frame in
            let (a, b) = (try lhs(frame), try rhs(frame))
            if case .double(let x) = a, case .double(let y) = b { return .bool(op.holds(x, y)) }
            if case .int(let i) = a, case .int(let j) = b { return .bool(op.holds(i, j)) }
            if let holds = ExactComparison.mixed(op, a, b) { return .bool(holds) }
            return try interpreter.binary(.comparison(op), a, b, at: position)
        }
    }

    private mutating func compileComparison(_ op: ComparisonOperator, _ lhs: Expr, _ rhs: Expr, at position: Position) throws
        -> CompiledCondition
    {
        let interpreter = self.interpreter
        let slow = { (a: RuntimeValue, b: RuntimeValue) throws -> Bool in
            let value = try interpreter.binary(.comparison(op), a, b, at: position)
            guard case .bool(let result) = value else { throw Compiler.notACondition(value, at: position) }
            return result
        }
        // A literal on the right, as in `x > 100`, is folded into the closure; an Int compares with it by exact
        // value, as the general path does. A variable on the left is looked at in its slot.
        if let (constant, c) = rhs.exactNumberLiteral, let address = try variableAddress(lhs) {
            // An Int literal against an Int variable, as in `while i < 20`, compares as Ints, without the exact
            // Int-against-Double comparison.
            if case .int(let k) = constant {
                switch op {
                case .less:
                    return { frame in
                        let a = address(frame)
                        if case .int(let i) = a.pointee { return i < k }
                        if case .double(let x) = a.pointee { return x < c }
                        return try slow(a.pointee, constant)
                    }
                case .lessOrEqual:
                    return { frame in
                        let a = address(frame)
                        if case .int(let i) = a.pointee { return i <= k }
                        if case .double(let x) = a.pointee { return x <= c }
                        return try slow(a.pointee, constant)
                    }
                case .greater:
                    return { frame in
                        let a = address(frame)
                        if case .int(let i) = a.pointee { return i > k }
                        if case .double(let x) = a.pointee { return x > c }
                        return try slow(a.pointee, constant)
                    }
                case .greaterOrEqual:
                    return { frame in
                        let a = address(frame)
                        if case .int(let i) = a.pointee { return i >= k }
                        if case .double(let x) = a.pointee { return x >= c }
                        return try slow(a.pointee, constant)
                    }
                }
            }
            switch op {
            case .less:
                return { frame in
                    let a = address(frame)
                    if case .double(let x) = a.pointee { return x < c }
                    if case .int(let i) = a.pointee { return op.holds(i, c) }
                    return try slow(a.pointee, constant)
                }
            case .lessOrEqual:
                return { frame in
                    let a = address(frame)
                    if case .double(let x) = a.pointee { return x <= c }
                    if case .int(let i) = a.pointee { return op.holds(i, c) }
                    return try slow(a.pointee, constant)
                }
            case .greater:
                return { frame in
                    let a = address(frame)
                    if case .double(let x) = a.pointee { return x > c }
                    if case .int(let i) = a.pointee { return op.holds(i, c) }
                    return try slow(a.pointee, constant)
                }
            case .greaterOrEqual:
                return { frame in
                    let a = address(frame)
                    if case .double(let x) = a.pointee { return x >= c }
                    if case .int(let i) = a.pointee { return op.holds(i, c) }
                    return try slow(a.pointee, constant)
                }
            }
        }
        // Two variables, as in `while j <= n`: both are looked at in their slots, two Ints compared exactly and two
        // Doubles as Doubles, as the closures below compare them.
        if let a = try variableAddress(lhs), let b = try variableAddress(rhs) {
            switch op {
            case .less:
                return { frame in
                    let (x, y) = (a(frame), b(frame))
                    if case .int(let i) = x.pointee, case .int(let j) = y.pointee { return i < j }
                    if case .double(let u) = x.pointee, case .double(let v) = y.pointee { return u < v }
                    return try slow(x.pointee, y.pointee)
                }
            case .lessOrEqual:
                return { frame in
                    let (x, y) = (a(frame), b(frame))
                    if case .int(let i) = x.pointee, case .int(let j) = y.pointee { return i <= j }
                    if case .double(let u) = x.pointee, case .double(let v) = y.pointee { return u <= v }
                    return try slow(x.pointee, y.pointee)
                }
            case .greater:
                return { frame in
                    let (x, y) = (a(frame), b(frame))
                    if case .int(let i) = x.pointee, case .int(let j) = y.pointee { return i > j }
                    if case .double(let u) = x.pointee, case .double(let v) = y.pointee { return u > v }
                    return try slow(x.pointee, y.pointee)
                }
            case .greaterOrEqual:
                return { frame in
                    let (x, y) = (a(frame), b(frame))
                    if case .int(let i) = x.pointee, case .int(let j) = y.pointee { return i >= j }
                    if case .double(let u) = x.pointee, case .double(let v) = y.pointee { return u >= v }
                    return try slow(x.pointee, y.pointee)
                }
            }
        }
        let lhs = try compile(lhs)
        if let (constant, c) = rhs.exactNumberLiteral {
            switch op {
            case .less:
                return { frame in
                    let a = try lhs(frame)
                    if case .double(let x) = a { return x < c }
                    if case .int(let i) = a { return op.holds(i, c) }
                    return try slow(a, constant)
                }
            case .lessOrEqual:
                return { frame in
                    let a = try lhs(frame)
                    if case .double(let x) = a { return x <= c }
                    if case .int(let i) = a { return op.holds(i, c) }
                    return try slow(a, constant)
                }
            case .greater:
                return { frame in
                    let a = try lhs(frame)
                    if case .double(let x) = a { return x > c }
                    if case .int(let i) = a { return op.holds(i, c) }
                    return try slow(a, constant)
                }
            case .greaterOrEqual:
                return { frame in
                    let a = try lhs(frame)
                    if case .double(let x) = a { return x >= c }
                    if case .int(let i) = a { return op.holds(i, c) }
                    return try slow(a, constant)
                }
            }
        }
        let rhs = try compile(rhs)
        switch op {
        case .less:
            return { frame in
                let (a, b) = (try lhs(frame), try rhs(frame))
                if case .int(let i) = a, case .int(let j) = b { return i < j }
                if case .double(let x) = a, case .double(let y) = b { return x < y }
                if let holds = ExactComparison.mixed(op, a, b) { return holds }
                return try slow(a, b)
            }
        case .lessOrEqual:
            return { frame in
                let (a, b) = (try lhs(frame), try rhs(frame))
                if case .int(let i) = a, case .int(let j) = b { return i <= j }
                if case .double(let x) = a, case .double(let y) = b { return x <= y }
                if let holds = ExactComparison.mixed(op, a, b) { return holds }
                return try slow(a, b)
            }
        case .greater:
            return { frame in
                let (a, b) = (try lhs(frame), try rhs(frame))
                if case .int(let i) = a, case .int(let j) = b { return i > j }
                if case .double(let x) = a, case .double(let y) = b { return x > y }
                if let holds = ExactComparison.mixed(op, a, b) { return holds }
                return try slow(a, b)
            }
        case .greaterOrEqual:
            return { frame in
                let (a, b) = (try lhs(frame), try rhs(frame))
                if case .int(let i) = a, case .int(let j) = b { return i >= j }
                if case .double(let x) = a, case .double(let y) = b { return x >= y }
                if let holds = ExactComparison.mixed(op, a, b) { return holds }
                return try slow(a, b)
            }
        }
    }

    /// Where the variable `expr` names lives, when it is one.
    mutating func variableAddress(_ expr: Expr) throws -> SlotAddress? {
        guard case .name(let name, let position) = expr, case .variable(let slot) = try resolver.resolve(name, at: position) else {
            return nil
        }
        return address(slot)
    }
}

extension Expr {
    /// A number literal whose value a Double holds exactly (an Int literal of at most 2⁵³ in size), and that
    /// Double: a comparison with it can fold it in as a Double and stay exact.
    var exactNumberLiteral: (value: RuntimeValue, number: Double)? {
        guard let literal = numberLiteral else { return nil }
        if case .int(let i) = literal.value, i.magnitude > 1 << 53 { return nil }
        return literal
    }

    /// The value of an Int or Double literal, and that number as a Double.
    var numberLiteral: (value: RuntimeValue, number: Double)? {
        switch self {
        case .integer(let i, _): (.int(i), Double(i))
        case .float(let d, _): (.double(d), d)
        default: nil
        }
    }
}
