/// An evaluated argument at a call site.
struct CallArgument {
    var label: String?
    var value: RuntimeValue
    var position: Position
}

extension Interpreter {
    /// Calls a value with arguments labelled as `site` says: a user function, a native function, or an object
    /// that is callable as a Swift type with `callAsFunction` is (`model(x)`).
    func call(_ callee: RuntimeValue, _ values: [RuntimeValue], _ site: CallSite) throws -> RuntimeValue {
        switch callee {
        case .function(let function):
            switch function.body {
            case .user(let compiled, let captured):
                return try invoke(compiled, captured, values, plan: try site.plan(for: compiled), at: site.position)
            case .native(let body):
                if let i = site.labels.firstIndex(where: { $0 != nil }), let label = site.labels[i] {
                    throw LanguageError(message: "extraneous argument label `\(label):` in call to `\(function.name)`",
                                        position: site.positions[i], length: label.count)
                }
                return try callNative(function.name, body, values, at: site.position)
            }
        case .instance(let instance) where instance.type.methods["callAsFunction"] != nil:
            // A struct with `callAsFunction` is called as a function, as Swift's are (`layer(x)`).
            var receiver = callee
            return try callStructMethod(&receiver, "callAsFunction", values, site, canMutate: false, cache: MethodCache())
        case .object(let object):
            let args = values.indices.map {
                CallArgument(label: site.labels[$0], value: values[$0], position: site.positions[$0])
            }
            if let method = Builtins.methods[object.methodType]?["callAsFunction"] {
                return try method.call(args, self, site.position, receiver: callee)
            }
        default:
            break
        }
        throw LanguageError(message: "cannot call a value of type \(callee.typeName)", position: site.position)
    }

    /// Calls a user function from compiled code. When the arguments map one to one onto the parameters, they are
    /// evaluated straight into the new frame's slots. Inlined into the call site's closure, so the values it
    /// borrows from there are not retained again.
    @inline(__always)
    func call(
        _ function: CompiledFunction, _ captured: Frame, arguments: [ExprCode],
        writer: (_ caller: Frame, _ callee: Frame) throws -> Void, from caller: Frame, _ site: CallSite
    ) throws -> RuntimeValue {
        guard try site.isDirect(for: function) else {
            let plan = try site.plan(for: function)
            return try invoke(function, captured, try Compiler.evaluate(arguments, caller), plan: plan, at: site.position)
        }
        let frame = function.makeFrame(parent: captured)
        try writer(caller, frame)
        try enter(function.name, at: site.position)
        defer { callDepth -= 1 }
        let result = try function.body(frame)
        function.recycle(frame)
        return result
    }

    /// `call(_:_:arguments:writer:from:_:)` for a function reached through a `CalleeCache`, whose captured frame is
    /// retained only when the call's frame links to it. Its last lines repeat the other overload's: moving them
    /// into a shared helper was measured at 1.7 times the time per call.
    @inline(__always)
    func call(
        _ function: CompiledFunction, _ captured: Unmanaged<Frame>, arguments: [ExprCode],
        writer: (_ caller: Frame, _ callee: Frame) throws -> Void, from caller: Frame, _ site: CallSite
    ) throws -> RuntimeValue {
        guard try site.isDirect(for: function) else {
            return try call(function, captured.takeUnretainedValue(), arguments: arguments, writer: writer, from: caller, site)
        }
        let frame = function.needsParent
            ? function.makeFrame(parent: captured.takeUnretainedValue()) : function.makeFrame()
        try writer(caller, frame)
        try enter(function.name, at: site.position)
        defer { callDepth -= 1 }
        let result = try function.body(frame)
        function.recycle(frame)
        return result
    }

    /// Calls with positional arguments only, as builtins do with the closures users pass them.
    func callFunction(_ function: FunctionValue, _ values: [RuntimeValue], at position: Position) throws -> RuntimeValue {
        switch function.body {
        case .user(let compiled, let captured):
            // Builtins such as `map` and `grad` call back often; the common one-to-one case needs no matching.
            if compiled.isPositional, values.count == compiled.parameters.count {
                return try invoke(compiled, captured, values, plan: nil, at: position)
            }
            // A closure of several parameters given one tuple of as many takes its members, as Swift's closures
            // do: `zip(xs, ys).map { $0 * $1 }`, `d.map { key, value in … }`.
            if values.count == 1, case .tuple(let members) = values[0], members.count > 1,
               members.count == compiled.parameters.count, compiled.isPositional, compiled.declaration.name == "closure" {
                return try invoke(compiled, captured, members, plan: nil, at: position)
            }
            let plan = try CallSite.plan(
                compiled.declaration, labels: Array(repeating: nil, count: values.count),
                positions: Array(repeating: position, count: values.count), at: position)
            return try invoke(compiled, captured, values, plan: plan, at: position)
        case .native(let body):
            return try callNative(function.name, body, values, at: position)
        }
    }

    /// `callFunction` with one argument, as `map`, `filter` and the figures call back: a function of one unlabeled
    /// parameter takes it straight into its frame, with no array made for it.
    func callFunction(_ function: FunctionValue, _ argument: RuntimeValue, at position: Position) throws -> RuntimeValue {
        guard case .user(let compiled, let captured) = function.body, compiled.isPositional,
              compiled.parameters.count == 1
        else { return try callFunction(function, [argument], at: position) }
        return try run(compiled, captured, at: position) { frame in frame.slots[0] = argument }
    }

    /// `callFunction` with two arguments, as `reduce` and `sorted(by:)` call back (see the one-argument form).
    func callFunction(_ function: FunctionValue, _ first: RuntimeValue, _ second: RuntimeValue, at position: Position)
        throws -> RuntimeValue
    {
        guard case .user(let compiled, let captured) = function.body, compiled.isPositional,
              compiled.parameters.count == 2
        else { return try callFunction(function, [first, second], at: position) }
        return try run(compiled, captured, at: position) { frame in
            frame.slots[0] = first
            frame.slots[1] = second
        }
    }

    /// Runs a user function in a new frame whose first slots are its parameters.
    func invoke(
        _ function: CompiledFunction, _ captured: Frame, _ values: [RuntimeValue], plan: [ArgumentSource]?,
        at position: Position
    ) throws -> RuntimeValue {
        try run(function, captured, at: position) { frame in
            guard let plan else {
                for i in values.indices { frame.slots[i] = values[i] }
                return
            }
            for (i, source) in plan.enumerated() {
                switch source {
                case .argument(let j): frame.slots[i] = values[j]
                case .defaultValue: frame.slots[i] = try function.defaults[i]?.run(captured) ?? .void
                }
            }
        }
    }

    /// A call of a user function whose arguments `bind` puts into its new frame: counted against the limits, the
    /// frame recycled when the call is done.
    @inline(__always)
    private func run(
        _ function: CompiledFunction, _ captured: Frame, at position: Position, bind: (Frame) throws -> Void
    ) throws -> RuntimeValue {
        try enter(function.name, at: position)
        defer { callDepth -= 1 }
        let frame = function.makeFrame(parent: captured)
        try bind(frame)
        let result = try function.body(frame)
        function.recycle(frame)
        return result
    }

    private func callNative(
        _ name: String, _ body: ([RuntimeValue], Interpreter, Position) throws -> RuntimeValue, _ values: [RuntimeValue],
        at position: Position
    ) throws -> RuntimeValue {
        try enter(name, at: position)
        defer { callDepth -= 1 }
        return try body(values, self, position)
    }

    /// Counts a call against the step budget and the recursion limit; the caller leaves with `callDepth -= 1`.
    @inline(__always)
    func enter(_ name: @autoclosure () -> String, at position: Position) throws {
        try tick(position)
        callDepth += 1
        if callDepth > recursionLimit {
            callDepth -= 1
            throw LanguageError(
                message: "recursion depth limit of \(limits.effectiveRecursionDepth) exceeded in `\(name())`; "
                    + "is the recursion missing a base case?" + limits.recursionLimitReason,
                position: position)
        }
    }
}
