extension Compiler {
    /// A call. A builtin's labels are matched to its parameters here, once; a call of a `func` whose declaration
    /// is known has its labels checked here, so a wrong label is reported before the cell runs.
    mutating func compileCall(_ callee: Expr, _ args: [Argument], at position: Position) throws -> CompiledExpr {
        let interpreter = self.interpreter
        let labels = args.map(\.label)
        let positions = args.map(\.position)
        if case .member(let base, let name, let memberPosition) = callee {
            return try compileMethodCall(base, name, args, at: memberPosition)
        }
        if case .name(let name, let namePosition) = callee {
            if case .builtin(let builtin) = try resolver.resolve(name, at: namePosition) {
                let binding = try builtin.bind(labels: labels, positions: positions, at: position)
                let values = try args.map { try compile($0.value) }
                return { frame in
                    try builtin.call(try Compiler.evaluate(values, frame), binding, positions: positions, interpreter, position)
                }
            }
            if let decl = resolver.function(named: name) {
                _ = try CallSite.plan(decl, labels: labels, positions: positions, at: position)
            }
        }
        let function = try compile(callee)
        let values = try args.map { try compile($0.value) }
        let site = CallSite(labels: labels, positions: positions, position: position)
        return { frame in
            let callee = try function(frame)
            return try interpreter.call(callee, try Compiler.evaluate(values, frame), site)
        }
    }

    /// A method call evaluates its receiver once. A mutating array method changes the receiver's storage in place,
    /// after its arguments are evaluated, so no lesson code runs while the storage changes.
    private mutating func compileMethodCall(_ base: Expr, _ name: String, _ args: [Argument], at position: Position) throws
        -> CompiledExpr
    {
        let interpreter = self.interpreter
        let values = try args.map { try compile($0.value) }
        let labels = args.map(\.label)
        let positions = args.map(\.position)
        func arguments(_ frame: Frame) throws -> [CallArgument] {
            var arguments: [CallArgument] = []
            arguments.reserveCapacity(values.count)
            for i in values.indices {
                arguments.append(CallArgument(label: labels[i], value: try values[i](frame), position: positions[i]))
            }
            return arguments
        }
        if Interpreter.mutatingMethods.contains(name) {
            let modify = try compileModifier(base)
            return { frame in
                let args = try arguments(frame)
                var result = RuntimeValue.void
                try modify(frame) { receiver in result = try interpreter.mutate(&receiver, name, args, at: position) }
                return result
            }
        }
        let receiver = try compile(base)
        return { frame in
            let value = try receiver(frame)
            return try interpreter.callMethod(on: value, name, try arguments(frame), at: position)
        }
    }

    /// The values of compiled arguments, in order.
    @inline(__always)
    static func evaluate(_ codes: [CompiledExpr], _ frame: Frame) throws -> [RuntimeValue] {
        var values: [RuntimeValue] = []
        values.reserveCapacity(codes.count)
        for code in codes { values.append(try code(frame)) }
        return values
    }
}
