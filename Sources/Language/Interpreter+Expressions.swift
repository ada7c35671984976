import Engine

extension Interpreter {
    func evaluate(_ expr: Expr) throws -> RuntimeValue {
        try evaluate(expr, in: globals)
    }

    func evaluate(_ expr: Expr, in scope: Scope) throws -> RuntimeValue {
        try tick(expr.position)
        switch expr {
        case .integer(let i, _): return .int(i)
        case .float(let d, _): return .double(d)
        case .bool(let b, _): return .bool(b)
        case .string(let parts, _):
            var text = ""
            for part in parts {
                switch part {
                case .text(let t): text += t
                case .expr(let e): text += Display.text(try evaluate(e, in: scope))
                }
                try Capacity.checkLength(text.utf8.count, at: expr.position)
            }
            return .string(text)
        case .name(let name, let position):
            return try lookup(name, in: scope, at: position)
        case .array(let items, let position):
            let values = try items.map { try evaluate($0, in: scope) }
            try Nesting.check(values, at: position)
            return .array(values)
        case .tuple(let items, let position):
            let values = try items.map { try evaluate($0, in: scope) }
            try Nesting.check(values, at: position)
            return values.isEmpty ? .void : .tuple(values)
        case .unary(let op, let operand, let position):
            return try Operators.unary(op, try evaluate(operand, in: scope), at: position)
        case .binary(.and, let lhs, let rhs, _):
            return .bool(try truth(lhs, in: scope) ? try truth(rhs, in: scope) : false)
        case .binary(.or, let lhs, let rhs, _):
            return .bool(try truth(lhs, in: scope) ? true : try truth(rhs, in: scope))
        case .binary(let op, let lhs, let rhs, let position):
            let (a, b) = (try evaluate(lhs, in: scope), try evaluate(rhs, in: scope))
            let result = try Operators.binary(op, a, b, at: position)
            if Interpreter.isBulk(a) || Interpreter.isBulk(b) { try checkClock(position) }
            return result
        case .range(let lo, let hi, let closed, let position):
            return try makeRange(
                try lo.map { try evaluate($0, in: scope) } ?? .void, try hi.map { try evaluate($0, in: scope) } ?? .void,
                closed: closed, at: position)
        case .conditional(let condition, let then, let otherwise, _):
            return try evaluate(try truth(condition, in: scope) ? then : otherwise, in: scope)
        case .closure(let decl):
            return .function(FunctionValue(name: "closure", body: .user(decl, scope)))
        case .operatorFunction(let op, let position):
            return .function(FunctionValue(name: op.text, body: .native { args, _, _ in
                guard args.count == 2 else {
                    throw LanguageError(message: "operator `\(op.text)` takes 2 arguments, got \(args.count)", position: position)
                }
                return try Operators.binary(op, args[0], args[1], at: position)
            }, arity: 2))
        case .call(let callee, let args, let position):
            return try call(callee, args, at: position, in: scope)
        case .subscripted(let base, let indices, let position):
            let container = try evaluate(base, in: scope)
            let result = try subscriptValue(container, indices: try indices.map { try evaluate($0, in: scope) }, at: position)
            if Interpreter.isSlowToIndex(container) { try checkClock(position) }
            return result
        case .member(let base, let name, let position):
            let container = try evaluate(base, in: scope)
            let result = try member(container, name, at: position)
            if Interpreter.isSlowToIndex(container) { try checkClock(position) }
            return result
        }
    }

    /// Tensors, arrays and strings, whose operations can take long enough to check the time after each.
    @inline(__always)
    static func isBulk(_ value: RuntimeValue) -> Bool {
        switch value {
        case .tensor, .array, .string: true
        default: false
        }
    }

    /// Tensors and strings, whose subscripts and properties walk every element (an array's take one step).
    @inline(__always)
    static func isSlowToIndex(_ value: RuntimeValue) -> Bool {
        switch value {
        case .tensor, .string: true
        default: false
        }
    }

    func lookup(_ name: String, in scope: Scope, at position: Position) throws -> RuntimeValue {
        if let binding = scope.lookup(name) { return binding.value }
        if let builtin = Builtins.table[name] { return builtin.asValue(self) }
        throw unknownName(name, in: scope, at: position)
    }

    func unknownName(_ name: String, in scope: Scope, at position: Position) -> LanguageError {
        let candidates = scope.visibleNames + Array(Builtins.table.keys)
        return LanguageError(
            message: "unknown name `\(name)`", position: position, length: name.count,
            suggestion: Suggestion.nearest(to: name, in: candidates))
    }

    /// A range value; an open end is `.void` (partial ranges only make sense as subscripts).
    func makeRange(_ lo: RuntimeValue, _ hi: RuntimeValue, closed: Bool, at position: Position) throws -> RuntimeValue {
        if case .void = lo { return .range(lo, hi, closed: closed) }
        if case .void = hi { return .range(lo, hi, closed: closed) }
        guard let a = lo.number, let b = hi.number, lo.isNumeric, hi.isNumeric else {
            throw LanguageError(message: "range bounds must be numbers, not \(lo.typeName) and \(hi.typeName)", position: position)
        }
        guard a <= b else {
            throw LanguageError(
                message: "range lower bound \(Display.repr(lo)) is greater than its upper bound \(Display.repr(hi))",
                position: position)
        }
        return .range(lo, hi, closed: closed)
    }

    func subscriptValue(_ base: RuntimeValue, indices: [RuntimeValue], at position: Position) throws -> RuntimeValue {
        if case .tensor(let t) = base {
            // numpy's `x[[i, j]]`: an array of Ints picks those rows, in that order.
            if indices.count == 1, case .array(let items) = indices[0] {
                let rows = try items.map { item -> Int in
                    guard case .int(let i) = item else {
                        throw LanguageError(message: "rows are picked by Ints, not \(item.typeName)", position: position)
                    }
                    return i
                }
                return .tensor(try TensorOperators.engine(position) { try t.rows(rows) })
            }
            return .tensor(try TensorOperators.engine(position) { try t.index(try tensorIndices(indices, at: position)) })
        }
        guard indices.count == 1 else {
            throw LanguageError(message: "expected one index, got \(indices.count)", position: position)
        }
        switch base {
        case .array(let items):
            if case .range(let lo, let hi, let closed) = indices[0] {
                let (a, b) = try sliceBounds(lo, hi, closed: closed, count: items.count, at: position)
                return .array(Array(items[a..<b]))
            }
            return items[try index(indices[0], count: items.count, at: position)]
        case .string(let s):
            let chars = Array(s)
            return .string(String(chars[try index(indices[0], count: chars.count, at: position)]))
        case .tuple(let items):
            return items[try index(indices[0], count: items.count, at: position)]
        default:
            throw LanguageError(message: "cannot subscript a \(base.typeName)", position: position)
        }
    }

    /// numpy's basic indexing from swift-nn subscripts: `x[i]`, `x[i, j]`, `x[..., j]`, `x[a..<b]`, `x[a...]`.
    func tensorIndices(_ indices: [RuntimeValue], at position: Position) throws -> [TensorIndex] {
        try indices.map { index in
            switch index {
            case .int(let i): return .single(i)
            case .range(.void, .void, _): return .all
            case .range(let lo, let hi, let closed):
                func bound(_ value: RuntimeValue) throws -> Int? {
                    switch value {
                    case .void: return nil
                    case .int(let i): return i
                    default: throw LanguageError(message: "slice bounds must be Ints, not \(value.typeName)", position: position)
                    }
                }
                var upper = try bound(hi)
                if closed, let last = upper {
                    // `...-1` and `...Int.max` both reach the end (Int.max + 1 would overflow).
                    upper = last == -1 || last == Int.max ? nil : last + 1
                }
                return .range(try bound(lo), upper)
            default:
                throw LanguageError(message: "a tensor index must be an Int or a range, not \(index.typeName)", position: position)
            }
        }
    }

    func index(_ value: RuntimeValue, count: Int, at position: Position) throws -> Int {
        guard case .int(let i) = value else {
            throw LanguageError(message: "an index must be an Int, not \(value.typeName)", position: position)
        }
        guard i >= 0 && i < count else {
            throw LanguageError(message: "index \(i) is out of range for \(count) elements", position: position)
        }
        return i
    }

    func sliceBounds(
        _ lo: RuntimeValue, _ hi: RuntimeValue, closed: Bool, count: Int, at position: Position
    ) throws -> (Int, Int) {
        func bound(_ value: RuntimeValue, open: Int) throws -> Int {
            switch value {
            case .void: return open
            case .int(let i): return i
            default: throw LanguageError(message: "slice bounds must be Ints, not \(value.typeName)", position: position)
            }
        }
        let a = try bound(lo, open: 0)
        let b = try bound(hi, open: closed ? count - 1 : count)
        let (end, overflow) = b.addingReportingOverflow(closed ? 1 : 0)
        guard !overflow, a >= 0, end <= count, a <= end else {
            throw LanguageError(message: "slice \(Display.repr(.range(lo, hi, closed: closed))) is out of range for \(count) elements",
                                position: position)
        }
        return (a, end)
    }
}
