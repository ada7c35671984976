/// `(a, b) = (b, a + b)`: every value on the right is evaluated before any target changes, as in Swift, so the
/// swap and the Fibonacci step need no temporary. `_` drops its value; targets may be any assignable
/// expression, nested tuples included.
extension Compiler {
    mutating func tupleAssignment(_ targets: [Expr], value valueExpr: Expr, at position: Position) throws -> CompiledStmt {
        guard case .tuple(let items, let tuplePosition) = valueExpr else {
            let value = try compile(valueExpr)
            return try tupleAssignment(
                targets, at: position, push: Compiler.unpacking(value, count: targets.count, at: valueExpr.position))
        }
        // A tuple written out on the right is never built: its values go straight to the temporaries.
        guard items.count == targets.count else {
            throw LanguageError(
                message: "cannot assign a tuple of \(items.count) values to \(targets.count) targets", position: tuplePosition)
        }
        let codes = try compileAll(items)
        if let addresses = try variableTargets(targets) {
            return Compiler.variableTupleAssignment(codes, to: addresses)
        }
        return try tupleAssignment(targets, at: position) { temporaries, frame in
            for code in codes { temporaries.push(try code.run(frame)) }
        }
    }

    /// The slots of targets that are all variables or `_` (nil), as in the swap and the Fibonacci step; nil when
    /// any target is something else.
    private mutating func variableTargets(_ targets: [Expr]) throws -> [SlotAddress?]? {
        var addresses: [SlotAddress?] = []
        for target in targets {
            guard case .name(let name, let position) = target else { return nil }
            addresses.append(name == "_" ? nil : address(try resolver.assignable(name, at: position)))
        }
        return addresses
    }

    /// Values written out on the right into variables: evaluated into the stack, then stored.
    private static func variableTupleAssignment(_ codes: [ExprCode], to addresses: [SlotAddress?]) -> CompiledStmt {
        if codes.count == 2 {
            let (first, second) = (codes[0], codes[1])
            let (a, b) = (addresses[0], addresses[1])
            return { frame in
                let x = try first.run(frame)
                let y = try second.run(frame)
                if let a { a(frame).pointee = x }
                if let b { b(frame).pointee = y }
                return .normal
            }
        }
        return { frame in
            try withUnsafeTemporaryAllocation(of: RuntimeValue.self, capacity: codes.count) { values in
                var evaluated = 0
                defer { values.baseAddress.unsafelyUnwrapped.deinitialize(count: evaluated) }
                for code in codes {
                    values.baseAddress.unsafelyUnwrapped.advanced(by: evaluated).initialize(to: try code.run(frame))
                    evaluated += 1
                }
                for (i, address) in addresses.enumerated() {
                    if let address { address(frame).pointee = values[i] }
                }
            }
            return .normal
        }
    }

    private mutating func tupleAssignment(
        _ targets: [Expr], at position: Position, push: @escaping (TupleTemporaries, Frame) throws -> Void
    ) throws -> CompiledStmt {
        let temporaries = TupleTemporaries()
        var parts: [StmtCode] = []
        for (i, target) in targets.enumerated() {
            let element: CompiledExpr = { _ in temporaries[i] }
            switch target {
            case .name("_", _):
                continue
            case .tuple(let inner, let innerPosition):
                let push = Compiler.unpacking(element, count: inner.count, at: innerPosition)
                parts.append(StmtCode(run: try tupleAssignment(inner, at: position, push: push)))
            default:
                parts.append(StmtCode(run: try compileAssignment(target, op: nil, value: element, at: position)))
            }
        }
        return { frame in
            // A target's subscript may call a function that runs this statement again: each run keeps its own
            // values above those of the run it interrupted.
            let (count, base) = (temporaries.count, temporaries.base)
            defer { temporaries.pop(to: count, base: base) }
            try push(temporaries, frame)
            temporaries.base = count
            for part in parts { _ = try part.run(frame) }
            return .normal
        }
    }

    /// Pushes the members of a tuple value with `count` members; anything else is an error at `position`.
    private static func unpacking(_ value: @escaping CompiledExpr, count: Int, at position: Position)
        -> (TupleTemporaries, Frame) throws -> Void
    {
        { temporaries, frame in
            let result = try value(frame)
            guard case .tuple(let items) = result, items.count == count else {
                let found = if case .tuple(let items) = result { "a tuple of \(items.count) values" } else { result.typeName }
                throw LanguageError(message: "cannot assign \(found) to a tuple of \(count) targets", position: position)
            }
            for item in items { temporaries.push(item) }
        }
    }

    /// `_ = value`: the value is evaluated for its effects and dropped.
    mutating func discardingAssignment(_ valueExpr: Expr) throws -> CompiledStmt {
        let value = try compile(valueExpr)
        return { frame in
            _ = try value(frame)
            return .normal
        }
    }
}

/// The values of a tuple assignment between evaluating its right side and storing them: a stack, since a run may
/// interrupt another. Unchecked for exclusive access, which Swift would otherwise check at run time on every use of
/// a class's stored property: only the statement's own closures reach it, one at a time.
private final class TupleTemporaries {
    @exclusivity(unchecked) private var values: UnsafeMutablePointer<RuntimeValue>
    @exclusivity(unchecked) private var capacity = 4
    @exclusivity(unchecked) private(set) var count = 0
    /// Where the values of the run in progress start.
    @exclusivity(unchecked) var base = 0

    init() {
        values = .allocate(capacity: capacity)
    }

    deinit {
        values.deinitialize(count: count)
        values.deallocate()
    }

    subscript(i: Int) -> RuntimeValue { values[base + i] }

    func push(_ value: RuntimeValue) {
        if count == capacity {
            let larger = UnsafeMutablePointer<RuntimeValue>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: values, count: count)
            values.deallocate()
            (values, capacity) = (larger, capacity * 2)
        }
        (values + count).initialize(to: value)
        count += 1
    }

    /// Drops the values above `count` and restores the interrupted run's `base`.
    func pop(to count: Int, base: Int) {
        (values + count).deinitialize(count: self.count - count)
        self.count = count
        self.base = base
    }
}
