extension Compiler {
    /// A call. A builtin's labels are matched to its parameters here, once; a call of a `func` whose declaration
    /// is known has its labels checked here, so a wrong label is reported before the cell runs.
    mutating func compileCall(_ callee: Expr, _ args: [Argument], at position: Position) throws -> CompiledExpr {
        let interpreter = self.interpreter
        let labels = args.map(\.label)
        let positions = args.map(\.position)
        // `Double.random(in:)`: a builtin registered under its dotted name, unless the type's name is a variable.
        if case .member(.name(let type, let typePosition), let name, _) = callee, let builtin = Builtins.table["\(type).\(name)"] {
            let isVariable = if case .variable? = try? resolver.resolve(type, at: typePosition) { true } else { false }
            if !isVariable { return try compileBuiltinCall(builtin, args, at: position) }
        }
        if case .member(.name(let typeName, _), let name, let memberPosition) = callee, structType(named: typeName) != nil {
            return try compileCall(try staticMemberName(typeName, name, at: memberPosition), args, at: position)
        }
        if case .member(let base, let name, let memberPosition) = callee {
            return try compileMethodCall(base, name, args, at: memberPosition)
        }
        if case .name(let name, _) = callee, let type = structType(named: name) {
            return try compileConstruction(type, args, at: position)
        }
        if let type = Compiler.collectionType(callee, structs: resolver.globals.types) {
            return try compileTypedCollection(type, args, at: position)
        }
        if case .name(let name, let namePosition) = callee {
            if case .builtin(let builtin) = try resolver.resolve(name, at: namePosition) {
                return try compileBuiltinCall(builtin, args, at: position)
            }
            if let decl = resolver.function(named: name) {
                _ = try CallSite.plan(decl, labels: labels, positions: positions, at: position)
                if case .variable(let slot) = try resolver.resolve(name, at: namePosition) {
                    let site = CallSite(labels: labels, positions: positions, position: position)
                    if let local = localFunctions[ObjectIdentifier(decl)], case .local(let depth, let index) = slot {
                        let operands = try args.map { try compileOperand($0.value) }
                        let call = LocalFunctionCall(
                            interpreter: interpreter, function: local, depth: depth, index: index, site: site,
                            values: operands.map(\.code), writer: argumentWriter(operands), name: name,
                            namePosition: namePosition)
                        return { frame in try call.run(frame) }
                    }
                    return try compileFunctionCall(name, slot, args, site: site, namePosition: namePosition)
                }
            }
        }
        let function = try compile(callee)
        let operands = try args.map { try compileOperand($0.value) }
        let values = operands.map(\.code)
        let write = argumentWriter(operands)
        let site = CallSite(labels: labels, positions: positions, position: position)
        return { frame in
            let callee = try function(frame)
            if case .function(let f) = callee, case .user(let compiled, let captured) = f.body {
                return try interpreter.call(compiled, captured, arguments: values, writer: write, from: frame, site)
            }
            return try interpreter.call(callee, try Compiler.evaluate(values, frame), site)
        }
    }

    /// A call of a builtin, its labels bound here; one Double argument of a builtin with a scalar form skips the
    /// general call (`ScalarCall`).
    mutating func compileBuiltinCall(_ builtin: Builtin, _ args: [Argument], at position: Position) throws
        -> CompiledExpr
    {
        let interpreter = self.interpreter
        let positions = args.map(\.position)
        let binding = try builtin.bind(labels: args.map(\.label), positions: positions, at: position)
        let values = try compileAll(args.map(\.value))
        guard let form = builtin.scalar, args.count == 1, args[0].label == nil else {
            let call = BuiltinCall(builtin, binding, arguments: values, positions: positions, position: position,
                                   interpreter: interpreter)
            return { frame in try call.run(frame) }
        }
        let call = ScalarCall(form, try compileOperand(args[0].value)) { argument in
            try builtin.call([argument], binding, positions: positions, interpreter, position)
        }
        return { frame in try call.evaluate(frame) }
    }

    /// A call of a name declared with `func`, which reaches the function through a `CalleeCache`. Up to three
    /// arguments are written into the callee's frame by code inlined here rather than through `argumentWriter`'s
    /// closure, which cost an indirect call per call. The closures capture one `FunctionCall` and read the rest
    /// from it: captures are passed to a closure's body as arguments on every call, and a call site's dozen
    /// words went through the stack.
    private mutating func compileFunctionCall(
        _ name: String, _ slot: Slot, _ args: [Argument], site: CallSite, namePosition: Position
    ) throws -> CompiledExpr {
        let operands = try args.map { try compileOperand($0.value) }
        let call = FunctionCall(
            interpreter: interpreter, address: address(slot), site: site, operands: operands, name: name,
            namePosition: namePosition)
        switch operands.count {
        case 0:
            return { frame in try call.run(frame) { _, _ in } }
        case 1:
            return { frame in
                try call.run(frame) { caller, callee in (callee.slots + 0).initialize(to: try call.first.value(caller)) }
            }
        case 2:
            return { frame in
                try call.run(frame) { caller, callee in
                    (callee.slots + 0).initialize(to: try call.first.value(caller))
                    (callee.slots + 1).initialize(to: try call.second.value(caller))
                }
            }
        case 3:
            return { frame in
                try call.run(frame) { caller, callee in
                    (callee.slots + 0).initialize(to: try call.first.value(caller))
                    (callee.slots + 1).initialize(to: try call.second.value(caller))
                    (callee.slots + 2).initialize(to: try call.third.value(caller))
                }
            }
        default:
            let write = argumentWriter(operands)
            return { frame in try call.run(frame, writer: write) }
        }
    }

    /// A method call evaluates its receiver once. A mutating array method changes the receiver's storage in place:
    /// the receiver's subscripts are evaluated, then the arguments, then the storage changes, where no lesson code
    /// runs (`lists[pick()].append(next())` calls `pick` first, as Swift does).
    private mutating func compileMethodCall(_ base: Expr, _ name: String, _ args: [Argument], at position: Position) throws
        -> CompiledExpr
    {
        let interpreter = self.interpreter
        if name == "reduce", args.count == 2, args[0].label == "into" {
            return try compileMethodCall(base, name, try Compiler.reduceIntoArguments(args), at: position)
        }
        if name == "sort", args.count == 1, args[0].label == "by" || args[0].label == nil {
            return try compileClosureMutation(base, "sort(by:)", args[0], at: position) { items, closure, position in
                try Builtins.sorted(items, by: closure, interpreter, at: position, method: "sort")
            }
        }
        if name == "removeAll", args.count == 1, args[0].label == "where" || args[0].label == nil {
            return try compileClosureMutation(base, "removeAll(where:)", args[0], at: position) { items, closure, position in
                try items.filter { try !Builtins.truth(closure, $0, interpreter, "removeAll(where:)", at: position) }
            }
        }
        let values = try compileAll(args.map(\.value))
        let labels = args.map(\.label)
        let positions = args.map(\.position)
        let site = MethodSite(name: name, labels: labels, positions: positions, position: position)
        let callSite = CallSite(labels: labels, positions: positions, position: position)
        let methods = MethodCache()
        let structMethod = resolver.globals.types.values.contains { !$0.methods(named: name).isEmpty }
        let structMutating = resolver.globals.types.values.contains { $0.methods(named: name).contains(where: \.isMutating) }
        let builtinMutating = Builtins.mutatingMethodNames.contains(name)
        // A mutating method needs storage to write its receiver back to. A struct's method may share its name with
        // another type's that is not mutating, so where the receiver has no storage (a `let`, a call's result)
        // that is an error only when the call runs, on a receiver whose method of this name mutates.
        var storage: CompiledAccess?
        var storageError: Error?
        if builtinMutating || structMutating {
            do { storage = try compileModifier(base) } catch {
                guard structMethod else { throw error }
                storageError = error
            }
        }
        // A method that is not the registry's own for the receiver's type, through the general lookup.
        let generalCall = { (value: RuntimeValue, arguments: [RuntimeValue]) throws -> RuntimeValue in
            let labelled = arguments.indices.map {
                CallArgument(label: labels[$0], value: arguments[$0], position: positions[$0])
            }
            return try interpreter.callMethod(on: value, name, labelled, at: position)
        }
        if let access = storage {
            if name == "append", !structMethod, args.count == 1, args[0].label == nil,
               case .name(let array, let arrayPosition) = base {
                let append = ArrayAppend(
                    target: address(try resolver.assignable(array, at: arrayPosition)),
                    element: try compileOperand(args[0].value)
                ) { frame, element in
                    var result = RuntimeValue.void
                    try access.change(frame, AccessKeys()) { receiver in result = try interpreter.mutate(&receiver, site, [element]) }
                    return result
                }
                return { frame in try append.run(frame) }
            }
            return { frame in
                let keys = try access.keys(frame)
                let values = try Compiler.evaluate(values, frame)
                var result = RuntimeValue.void
                var taken = RuntimeValue.void
                var plain: RuntimeValue?
                try access.change(frame, keys) { receiver in
                    if let type = receiver.structType, interpreter.mutates(type, name, callSite, cache: methods) {
                        // The value moves out of its storage into the method's `self`, so the method changes it in
                        // place (no lesson code may run while storage is being changed), and is stored back
                        // afterwards, as Swift's `inout` does, also when the method fails.
                        swap(&receiver, &taken)
                        receiver = StructType.inUseValue
                    } else if case .instance = receiver {
                        // A struct's method that does not mutate, which may read the variable the value is in.
                        plain = receiver
                    } else if builtinMutating {
                        result = try interpreter.mutate(&receiver, site, values)
                    } else {
                        // Another type's method of a struct's mutating method's name (a Value's `backward`).
                        plain = receiver
                    }
                }
                if var plain {
                    if case .instance = plain {
                        return try interpreter.callStructMethod(&plain, name, values, callSite, canMutate: false, cache: methods)
                    }
                    guard let (method, binding) = try site.method(for: plain) else { return try generalCall(plain, values) }
                    return try method.call(values, binding, positions: positions, interpreter, position, receiver: plain)
                }
                guard case .instance = taken else { return result }
                do {
                    result = try interpreter.callStructMethod(&taken, name, values, callSite, canMutate: true, cache: methods)
                } catch {
                    try? access.change(frame, keys) { $0 = taken }
                    throw error
                }
                try access.change(frame, keys) { $0 = taken }
                return result
            }
        }
        let receiver = try compile(base)
        let collector = ArgumentArray()
        return { frame in
            let value = try receiver(frame)
            if case .instance = value {
                var receiver = value
                let values = try Compiler.evaluate(values, frame)
                return try interpreter.callStructMethod(&receiver, name, values, callSite, canMutate: false, cache: methods)
            }
            // An array's `append` on a `let`: the error compiling the receiver's storage found.
            if builtinMutating, let storageError { throw storageError }
            var arguments = try collector.collect(values, frame)
            if let (method, binding) = try site.method(for: value) {
                let result = try method.call(arguments, binding, positions: positions, interpreter, position, receiver: value)
                collector.recycle(&arguments)
                return result
            }
            return try generalCall(value, arguments)
        }
    }

    /// `xs.sort(by: >)`, `people.sort { $0.1 < $1.1 }`, `xs.removeAll { $0 < 0 }`: the closure runs on the array as
    /// read, and the new array is then assigned, since no lesson code may run while a container is out of its
    /// variable. The receiver is read once and assigned once, so it must name its storage without effects (`xs`,
    /// `d["k"]!`, `grid[i]`).
    private mutating func compileClosureMutation(
        _ base: Expr, _ method: String, _ argument: Argument, at position: Position,
        _ change: @escaping ([RuntimeValue], FunctionValue, Position) throws -> [RuntimeValue]
    ) throws -> CompiledExpr {
        guard Compiler.namesStorageWithoutEffects(base) else {
            throw LanguageError(
                message: "`\(method)` needs a variable, or a subscript of one by a literal or a variable; "
                    + "assign the result of `sorted(by:)` or `filter` instead", position: position)
        }
        let read = try compile(base)
        let closure = try compile(argument.value)
        let closurePosition = argument.position
        let changed: CompiledExpr = { frame in
            guard case .array(let items) = try read(frame) else {
                throw LanguageError(message: "`\(method)` changes an array in a variable", position: position)
            }
            guard case .function(let function) = try closure(frame) else {
                throw LanguageError(message: "`\(method)` needs a closure such as `{ $0 < $1 }`", position: closurePosition)
            }
            return .array(try change(items, function, closurePosition))
        }
        let assign = try compileAssignment(base, op: nil, value: changed, at: position)
        return { frame in
            _ = try assign(frame)
            return .void
        }
    }

    /// A variable, or subscripts, `!` and tuple members of one whose indices are literals or variables: reading it
    /// twice gives the same storage and runs no code.
    static func namesStorageWithoutEffects(_ expr: Expr) -> Bool {
        switch expr {
        case .name: true
        case .forceUnwrap(let base, _), .member(let base, _, _): namesStorageWithoutEffects(base)
        case .subscripted(let base, let indices, _):
            namesStorageWithoutEffects(base) && indices.allSatisfy { index in
                switch index {
                case .name, .integer, .float, .string, .bool: true
                default: false
                }
            }
        default: false
        }
    }

    /// What evaluates a call's arguments into the first slots of the callee's frame. Up to three arguments are
    /// captured one by one, as calling a closure taken out of an array costs a retain and a release. The slots of a
    /// frame a call has just made hold nothing to release (see `CompiledFunction.makeFrame`), so they are
    /// initialized, not assigned.
    private func argumentWriter(_ operands: [Operand]) -> (_ caller: Frame, _ callee: Frame) throws -> Void {
        switch operands.count {
        case 0:
            return { _, _ in }
        case 1:
            let a = operands[0]
            return { caller, callee in (callee.slots + 0).initialize(to: try a.value(caller)) }
        case 2:
            let (a, b) = (operands[0], operands[1])
            return { caller, callee in
                (callee.slots + 0).initialize(to: try a.value(caller))
                (callee.slots + 1).initialize(to: try b.value(caller))
            }
        case 3:
            let (a, b, c) = (operands[0], operands[1], operands[2])
            return { caller, callee in
                (callee.slots + 0).initialize(to: try a.value(caller))
                (callee.slots + 1).initialize(to: try b.value(caller))
                (callee.slots + 2).initialize(to: try c.value(caller))
            }
        default:
            return { caller, callee in
                for i in operands.indices { (callee.slots + i).initialize(to: try operands[i].value(caller)) }
            }
        }
    }

    /// The values of compiled arguments, in order.
    @inline(__always)
    static func evaluate(_ codes: [ExprCode], _ frame: Frame) throws -> [RuntimeValue] {
        var values: [RuntimeValue] = []
        values.reserveCapacity(codes.count)
        for code in codes { values.append(try code.run(frame)) }
        return values
    }
}

extension Compiler {
    /// Swift's `reduce(into: initial) { result, element in … }`, whose closure changes `result` in place, as the
    /// arguments of `reduce(initial, combine)`: `combine` declares a variable `result` from its first argument,
    /// runs the closure's body as a closure of its own (so a `return` in it ends that element, as in Swift), and
    /// returns `result`. The body's code and positions are the closure's own.
    static func reduceIntoArguments(_ args: [Argument]) throws -> [Argument] {
        guard case .closure(let decl) = args[1].value, decl.parameters.count == 2 else {
            throw LanguageError(
                message: "`reduce(into:)` takes a closure written in place, `{ result, element in … }`, that changes `result`",
                position: args[1].position)
        }
        let result = decl.parameters[0]
        // A name no lesson can write, so it never hides one of the lesson's.
        let start = "reduce(into:)"
        let body: [Stmt] = [
            .declaration(isConstant: false, .name(result.name, result.position), .name(start, result.position), nil,
                         result.position),
            .expression(.call(.closure(FunctionDecl(name: "", parameters: [], body: decl.body, position: decl.position)),
                              [], decl.position), nil),
            .returnValue(.name(result.name, result.position), decl.position),
        ]
        var parameters = decl.parameters
        parameters[0].name = start
        let combine = FunctionDecl(name: decl.name, parameters: parameters, body: body, position: decl.position)
        return [
            Argument(label: nil, value: args[0].value, position: args[0].position),
            Argument(label: nil, value: .closure(combine), position: args[1].position),
        ]
    }
}
