/// Loops. Each iteration counts one step of the budget. A loop body that makes closures runs each iteration in
/// a frame of its own, so every closure keeps its own iteration's variables, as in Swift; other bodies keep their
/// variables in the enclosing frame and allocate nothing per iteration.
extension Compiler {
    mutating func compileForIn(_ pattern: Pattern, _ sequenceExpr: Expr, _ body: [Stmt], at position: Position) throws
        -> CompiledStmt
    {
        let interpreter = self.interpreter
        let sequence = try compile(sequenceExpr)
        let ownFrame = body.contains { $0.makesFunctions }
        if ownFrame { resolver.beginFrame() } else { resolver.beginBlock() }
        // A loop variable of a loop that shares its frame is written straight into its slot.
        var counter: SlotAddress?
        if !ownFrame, case .name(let name, let namePosition) = pattern {
            counter = address(try resolver.declare(name, isConstant: true, at: namePosition))
        }
        let bind = try counter.map { address in { frame, value in address(frame).pointee = value } }
            ?? compileBinding(pattern, isConstant: true)
        let bodyCode = try compileBlock(body)
        let facts = ownFrame ? resolver.endFrame() : nil
        let frameSize = facts?.size ?? 0
        if !ownFrame { resolver.endBlock() }
        // One iteration: nil to go on, or how the loop ends.
        let iterate: (Frame, RuntimeValue) throws -> Flow? = { frame, element in
            try interpreter.tick(position)
            var inner = ownFrame ? Frame.make(size: frameSize, parent: frame) : frame
            defer { if let facts, !isKnownUniquelyReferenced(&inner) { inner.release(facts.uncaptured) } }
            try bind(inner, element)
            switch try bodyCode(inner) {
            case .breakLoop: return .normal
            case .returned(let value): return .returned(value)
            case .normal, .continueLoop: return nil
            }
        }
        let sequencePosition = sequenceExpr.position
        return { frame in
            let values = try sequence(frame)
            // Integer ranges are walked lazily, so `0..<1_000_000_000` costs steps, not memory.
            if case .range(.int(let lo), .int(let hi), let closed) = values {
                guard closed ? lo <= hi : lo < hi else { return .normal }
                if let counter {
                    for i in lo...(closed ? hi : hi - 1) {
                        try interpreter.tick(position)
                        counter(frame).pointee = .int(i)
                        switch try bodyCode(frame) {
                        case .breakLoop: return .normal
                        case .returned(let value): return .returned(value)
                        case .normal, .continueLoop: continue
                        }
                    }
                    return .normal
                }
                for i in lo...(closed ? hi : hi - 1) {
                    if let flow = try iterate(frame, .int(i)) { return flow }
                }
                return .normal
            }
            let elements = try interpreter.elements(of: values, at: sequencePosition)
            if let counter {
                // As for a range: each element straight into the loop variable's slot. The two loops repeat each
                // other on purpose: one closure for both cost 120 instructions an iteration more (1 126 M → 1 493 M
                // for scripts/bench-programs/loop.nn at 3 M iterations).
                for element in elements {
                    try interpreter.tick(position)
                    counter(frame).pointee = element
                    switch try bodyCode(frame) {
                    case .breakLoop: return .normal
                    case .returned(let value): return .returned(value)
                    case .normal, .continueLoop: continue
                    }
                }
                return .normal
            }
            for element in elements {
                if let flow = try iterate(frame, element) { return flow }
            }
            return .normal
        }
    }

    mutating func compileWhile(_ condition: Expr, _ body: [Stmt], at position: Position) throws -> CompiledStmt {
        let interpreter = self.interpreter
        let condition = try compileCondition(condition)
        let (body, facts) = try compileLoopBody(body)
        return { frame in
            while try condition(frame) {
                try interpreter.tick(position)
                switch try Compiler.runIteration(body, facts, in: frame) {
                case .breakLoop: return .normal
                case .returned(let value): return .returned(value)
                case .normal, .continueLoop: continue
                }
            }
            return .normal
        }
    }

    mutating func compileRepeatWhile(_ body: [Stmt], _ condition: Expr, at position: Position) throws -> CompiledStmt {
        let interpreter = self.interpreter
        let (body, facts) = try compileLoopBody(body)
        let condition = try compileCondition(condition)
        return { frame in
            repeat {
                try interpreter.tick(position)
                switch try Compiler.runIteration(body, facts, in: frame) {
                case .breakLoop: return .normal
                case .returned(let value): return .returned(value)
                case .normal, .continueLoop: break
                }
            } while try condition(frame)
            return .normal
        }
    }

    /// A `while` or `repeat` body, with the facts of the frame each iteration needs when it makes closures.
    private mutating func compileLoopBody(_ body: [Stmt]) throws -> (CompiledStmt, Resolver.FrameFacts?) {
        guard body.contains(where: { $0.makesFunctions }) else { return (try compileBlock(body), nil) }
        resolver.beginFrame()
        let code = try compileBlock(body)
        return (code, resolver.endFrame())
    }

    /// One iteration of a `while` or `repeat` body: in the loop's frame, or in a frame of its own when the body
    /// makes closures, whose slots no closure reads are emptied once the iteration is done (see `Frame.release`).
    static func runIteration(_ body: CompiledStmt, _ facts: Resolver.FrameFacts?, in frame: Frame) throws -> Flow {
        guard let facts else { return try body(frame) }
        var inner = Frame.make(size: facts.size, parent: frame)
        defer { if !isKnownUniquelyReferenced(&inner) { inner.release(facts.uncaptured) } }
        return try body(inner)
    }
}
