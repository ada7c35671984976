extension Compiler {
    mutating func compile(_ expr: Expr) throws -> CompiledExpr {
        let interpreter = self.interpreter
        switch expr {
        case .integer(let i, _): return constant(.int(i))
        case .float(let d, _): return constant(.double(d))
        case .bool(let b, _): return constant(.bool(b))
        case .string(let parts, let position):
            return try compileString(parts, at: position)
        case .name(let name, let position):
            return try compileName(name, at: position)
        case .array(let items, let position):
            let items = try compileAll(items)
            return { frame in
                let values = try Compiler.evaluate(items, frame)
                try Nesting.check(values, at: position)
                return .array(values)
            }
        case .tuple(let items, let position):
            guard !items.isEmpty else { return constant(.void) }
            let items = try compileAll(items)
            return { frame in
                let values = try Compiler.evaluate(items, frame)
                try Nesting.check(values, at: position)
                return .tuple(values)
            }
        case .unary(let op, let operand, let position):
            return compileUnary(op, try compile(operand), at: position)
        case .binary(.and, _, _, _), .binary(.or, _, _, _):
            let condition = try compileCondition(expr)
            return { frame in .bool(try condition(frame)) }
        case .binary(.comparison(let op), let lhs, let rhs, let position):
            return compileComparisonValue(op, try compile(lhs), try compile(rhs), at: position)
        case .binary(.arithmetic(let op), let lhs, let rhs, let position):
            return try compileArithmetic(op, lhs, rhs, at: position)
        case .binary(let op, let lhs, let rhs, let position):
            // `xs.last == nil` asks `last` as Swift's Optional (see `compileAsOptional`).
            let (lhs, rhs) = if case .nilLiteral = rhs {
                (try compileAsOptional(lhs).code, try compile(rhs))
            } else if case .nilLiteral = lhs {
                (try compile(lhs), try compileAsOptional(rhs).code)
            } else {
                (try compile(lhs), try compile(rhs))
            }
            return { frame in try interpreter.binary(op, try lhs(frame), try rhs(frame), at: position) }
        case .range(let lo, let hi, let closed, let position):
            let (lo, hi) = (try compile(lo), try compile(hi))
            return { frame in try interpreter.makeRange(try lo(frame), try hi(frame), closed: closed, at: position) }
        case .conditional(let condition, let then, let otherwise, _):
            let (condition, then, otherwise) = (try compileCondition(condition), try compile(then), try compile(otherwise))
            return { frame in try condition(frame) ? try then(frame) : try otherwise(frame) }
        case .closure(let decl):
            let function = try compileFunction(decl)
            return { frame in .function(FunctionValue(name: "closure", body: .user(function, frame))) }
        case .operatorFunction(let op, let position):
            return constant(.function(FunctionValue(name: op.text, body: .native { args, interpreter, _ in
                guard args.count == 2 else {
                    throw LanguageError(message: "operator `\(op.text)` takes 2 arguments, got \(args.count)", position: position)
                }
                return try interpreter.binary(op, args[0], args[1], at: position)
            }, arity: 2)))
        case .call(let callee, let args, let position):
            return try compileCall(callee, args, at: position)
        case .dictionary(let entries, let position):
            return try compileDictionary(entries, at: position)
        case .nilLiteral:
            return constant(.optional(nil))
        case .coalesce(let optional, let fallback, _):
            return try compileCoalesce(optional, fallback)
        case .optionalBind(let optional, _):
            // A value that is not an optional continues the chain, as `!` passes it (`compileForceUnwrap`).
            let code = try compileAsOptional(optional).code
            return { frame in
                switch try code(frame) {
                case .optional(nil): throw OptionalChainEnd()
                case .optional(let wrapped?): return wrapped
                case let plain: return plain
                }
            }
        case .optionalChain(let chain, _):
            let code = try compile(chain)
            return { frame in
                do {
                    let value = try code(frame)
                    if case .optional = value { return value }
                    return .optional(value)
                } catch is OptionalChainEnd {
                    return .optional(nil)
                }
            }
        case .defaultedSubscript(let base, let keyExpr, let valueExpr, let position):
            let (base, key, value) = (try compile(base), try compile(keyExpr), try compile(valueExpr))
            return { frame in
                guard case .dictionary(let d) = try base(frame) else {
                    throw LanguageError(message: "`default:` is for a dictionary's subscript", position: position)
                }
                let index = try key(frame)
                guard let converted = d.convertKey(index) else {
                    throw LanguageError(message: d.keyProblem(index), position: position)
                }
                return try d[converted] ?? value(frame)
            }
        case .forceUnwrap(let optional, let position):
            return try compileForceUnwrap(optional, at: position)
        case .annotated(let value, let type, let position):
            return try compileAnnotated(value, type, at: position)
        case .subscripted(let base, let indices, let position):
            if indices.count == 1, let address = try variableAddress(base), case let index = try compileOperand(indices[0]),
               !index.hasEffects {
                let read = SlotSubscript(base: address, index: index, position: position, interpreter: interpreter)
                return { frame in try read.run(frame) }
            }
            if indices.count == 1, case .subscripted(let inner, let outerIndices, let outerPosition) = base,
               outerIndices.count == 1, let address = try variableAddress(inner),
               case let outerIndex = try compileOperand(outerIndices[0]), !outerIndex.hasEffects,
               case let index = try compileOperand(indices[0]), !index.hasEffects {
                let outer = SlotSubscript(base: address, index: outerIndex, position: outerPosition, interpreter: interpreter)
                let read = NestedSlotSubscript(outer: outer, index: index, position: position, interpreter: interpreter)
                return { frame in try read.run(frame) }
            }
            let base = try compile(base)
            if indices.count == 1 {
                let index = try compile(indices[0])
                return { frame in try interpreter.subscriptValue(try base(frame), index: try index(frame), at: position) }
            }
            let indices = try compileAll(indices)
            return { frame in
                let container = try base(frame)
                let result = try interpreter.subscriptValue(container, indices: try Compiler.evaluate(indices, frame), at: position)
                if Interpreter.isSlowToIndex(container) { try interpreter.checkClock(position) }
                return result
            }
        case .member(.name(let typeName, _), let name, let position) where structType(named: typeName) != nil:
            return try compile(try staticMemberName(typeName, name, at: position))
        case .member(let base, "count", let position):
            // `xs.count` of an array variable, read in its slot (`while j < xs.count` asks each iteration).
            if let address = try variableAddress(base) {
                let interpreter = self.interpreter
                return { frame in
                    let slot = address(frame)
                    if case .array(let items) = slot.pointee { return .int(items.count) }
                    let result = try interpreter.member(slot.pointee, "count", at: position)
                    if Interpreter.isSlowToIndex(slot.pointee) { try interpreter.checkClock(position) }
                    return result
                }
            }
            return try compileMember(base, "count", at: position)
        case .member(let base, let name, let position):
            return try compileMember(base, name, at: position)
        }
    }

    private mutating func compileMember(_ base: Expr, _ name: String, at position: Position) throws -> CompiledExpr {
        let interpreter = self.interpreter
        // `xs.map(String.init)`, `Double.init`: Swift's name for a conversion as a function is the builtin itself.
        if name == "init", case .name(let type, let typePosition) = base, ["String", "Double", "Int", "Array"].contains(type),
           case .builtin = try resolver.resolve(type, at: typePosition) {
            return try compile(base)
        }
        if case .name(let type, let typePosition) = base, let constants = TypeConstants.byType[type],
           case .builtin = try resolver.resolve(type, at: typePosition) {
            guard let value = constants[name] else {
                throw LanguageError(
                    message: "`\(type)` has no member `\(name)`", position: position, length: name.count,
                    suggestion: Suggestion.nearest(to: name, in: constants.keys.sorted()))
            }
            return constant(value.value)
        }
        let cache = FieldCache()
        if case .name("self", let selfPosition) = base, case .variable(.local(0, let index)) = try resolver.resolve("self", at: selfPosition) {
            // `x` in a method (`self.x`): the property read in `self`'s slot, without a copy of the value.
            return { frame in
                if case .instance(let instance) = frame.slots[index], instance.type === cache.type {
                    return instance.fields[cache.index]
                }
                let value = frame.slots[index]
                if case .instance(let instance) = value {
                    return try interpreter.structMember(instance, name, at: position, cache: cache)
                }
                return try interpreter.member(value, name, at: position)
            }
        }
        let base = try compile(base)
        return { frame in
            let container = try base(frame)
            if case .instance(let instance) = container {
                // A stored property read in a loop (`p.x`) is found once, by name, then read in its place.
                if instance.type === cache.type { return instance.fields[cache.index] }
                return try interpreter.structMember(instance, name, at: position, cache: cache)
            }
            let result = try interpreter.member(container, name, at: position)
            if Interpreter.isSlowToIndex(container) { try interpreter.checkClock(position) }
            return result
        }
    }

    func constant(_ value: RuntimeValue) -> CompiledExpr {
        { _ in value }
    }

    private mutating func compileName(_ name: String, at position: Position) throws -> CompiledExpr {
        switch try resolver.resolve(name, at: position) {
        case .variable(let slot):
            return reader(slot)
        case .builtin(let builtin):
            return constant(builtin.asValue())
        }
    }

    private mutating func compileString(_ parts: [InterpolatedPart], at position: Position) throws -> CompiledExpr {
        enum Piece {
            case text(String)
            case code(CompiledExpr)
        }
        let pieces = try parts.map { part -> Piece in
            switch part {
            case .text(let t): .text(t)
            case .expr(let e): .code(try compile(e))
            }
        }
        // The commonest shape, `"text \(x) text"` with either text optional, is built without the loop, whose
        // enum copies and first append to an empty string were half of an interpolation's instructions.
        let codes = pieces.compactMap { if case .code(let code) = $0 { code } else { nil } }
        if codes.count == 1, pieces.count <= 3 {
            let code = codes[0]
            let before = if case .text(let t) = pieces[0] { t } else { "" }
            let after = if pieces.count > 1, case .text(let t) = pieces[pieces.count - 1] { t } else { "" }
            return { frame in
                var text = before
                text += Display.text(try code(frame))
                text += after
                try Capacity.checkLength(text.utf8.count, at: position)
                return .string(text)
            }
        }
        return { frame in
            var text = ""
            for piece in pieces {
                switch piece {
                case .text(let t): text += t
                case .code(let code): text += Display.text(try code(frame))
                }
                try Capacity.checkLength(text.utf8.count, at: position)
            }
            return .string(text)
        }
    }

    /// Compiles a function's parameters and body in a frame of its own; parameters take the first slots. A
    /// struct's method has `self` in the slot after them, a variable in a `mutating` method or an `init`.
    mutating func compileFunction(
        _ decl: FunctionDecl, integer: IntegerFunction? = nil, selfIsVariable: Bool? = nil
    ) throws -> CompiledFunction {
        let defaults = try decl.parameters.map { try $0.defaultValue.map { ExprCode(run: try compile($0)) } }
        resolver.beginFrame()
        for parameter in decl.parameters {
            _ = try resolver.declare(parameter.name, isConstant: true, at: parameter.position)
        }
        if let selfIsVariable {
            _ = try resolver.declare("self", isConstant: !selfIsVariable, shadowing: true, at: decl.position)
        }
        let body = try compileBody(decl)
        return CompiledFunction(
            declaration: decl, defaults: defaults, frame: resolver.endFrame(), body: body, integer: integer)
    }

    /// A body that is one expression returns it, as Swift's implicit return does.
    private mutating func compileBody(_ decl: FunctionDecl) throws -> CompiledExpr {
        var body = try compileStatementsOfBody(decl)
        if decl.returnsOptional {
            // `-> Double?`: a plain result is wrapped, as Swift wraps it, so `if let` and `??` apply to the call.
            let plain = body
            body = { frame in
                let result = try plain(frame)
                if case .optional = result { return result }
                return .optional(result)
            }
        }
        let optionals = decl.parameters.indices.filter { decl.parameters[$0].isOptional }
        guard !optionals.isEmpty else { return body }
        // A parameter declared `Int?` holds an optional whatever the caller passed, so `if let` and `??` apply.
        return { frame in
            for i in optionals {
                if case .optional = frame.slots[i] { continue }
                frame.slots[i] = .optional(frame.slots[i])
            }
            return try body(frame)
        }
    }

    private mutating func compileStatementsOfBody(_ decl: FunctionDecl) throws -> CompiledExpr {
        let interpreter = self.interpreter
        if decl.body.count == 1, case .expression(let expr, let expectation) = decl.body[0] {
            let code = try compile(expr)
            guard let expectation else { return code }
            return { frame in
                let value = try code(frame)
                interpreter.check(expectation, value: value)
                return value
            }
        }
        let body = try compileStatements(decl.body)
        return { frame in
            // The parser only accepts `break` and `continue` inside loops, which consume them.
            if case .returned(let value) = try body(frame) { return value }
            return .void
        }
    }
}

/// Thrown by a `?` that finds nil, and caught by the optional chain around it, which then gives nil.
struct OptionalChainEnd: Error {}
