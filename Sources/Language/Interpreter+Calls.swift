/// An evaluated argument at a call site.
struct CallArgument {
    var label: String?
    var value: RuntimeValue
    var position: Position
}

extension Interpreter {
    func call(_ callee: Expr, _ args: [Argument], at position: Position, in scope: Scope) throws -> RuntimeValue {
        if case .member(let base, let name, let memberPosition) = callee {
            return try callMethod(on: base, name, args, at: memberPosition, in: scope)
        }
        if case .name(let name, _) = callee, scope.lookup(name) == nil, let builtin = Builtins.table[name] {
            return try builtin.call(try evaluateArguments(args, in: scope), self, position)
        }
        let function = try evaluate(callee, in: scope)
        // Objects such as a model are callable, as a Swift type with `callAsFunction` is: `model(x)`.
        if case .object(let object) = function,
           let result = try object.method("callAsFunction", try evaluateArguments(args, in: scope), self, at: position) {
            return result
        }
        guard case .function(let f) = function else {
            throw LanguageError(message: "cannot call a value of type \(function.typeName)", position: position)
        }
        return try callFunction(f, try evaluateArguments(args, in: scope), at: position)
    }

    func evaluateArguments(_ args: [Argument], in scope: Scope) throws -> [CallArgument] {
        try args.map { CallArgument(label: $0.label, value: try evaluate($0.value, in: scope), position: $0.position) }
    }

    /// Calls with positional arguments only, as builtins do with the closures users pass them.
    func callFunction(_ function: FunctionValue, _ values: [RuntimeValue], at position: Position) throws -> RuntimeValue {
        try callFunction(function, values.map { CallArgument(label: nil, value: $0, position: position) }, at: position)
    }

    func callFunction(_ function: FunctionValue, _ args: [CallArgument], at position: Position) throws -> RuntimeValue {
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > limits.effectiveRecursionDepth {
            throw LanguageError(
                message: "recursion depth limit of \(limits.effectiveRecursionDepth) exceeded in `\(function.name)`; "
                    + "is the recursion missing a base case?",
                position: position)
        }
        switch function.body {
        case .native(let body):
            if let labeled = args.first(where: { $0.label != nil }), let label = labeled.label {
                throw LanguageError(message: "extraneous argument label `\(label):` in call to `\(function.name)`",
                                    position: labeled.position, length: label.count)
            }
            return try body(args.map(\.value), self, position)
        case .user(let decl, let closure):
            let scope = Scope(parent: closure)
            let values = try bindParameters(decl, args, at: position)
            for (parameter, value) in zip(decl.parameters, values) {
                scope[local: parameter.name] = Binding(value: value, isConstant: true)
            }
            return try runBody(decl, in: scope)
        }
    }

    /// A body that is one expression returns it, as Swift's implicit return does.
    private func runBody(_ decl: FunctionDecl, in scope: Scope) throws -> RuntimeValue {
        if decl.body.count == 1, case .expression(let expr, let expectation) = decl.body[0] {
            let value = try evaluate(expr, in: scope)
            if let expectation { check(expectation, value: value, expr: expr) }
            return value
        }
        if case .returned(let value) = try executeStatements(decl.body, in: scope) { return value }
        return .void
    }

    /// Matches arguments to parameters in order, as Swift does: labels must match, defaults fill gaps.
    private func bindParameters(_ decl: FunctionDecl, _ args: [CallArgument], at position: Position) throws -> [RuntimeValue] {
        var values: [RuntimeValue] = []
        var next = 0
        let name = decl.name
        for parameter in decl.parameters {
            if next < args.count, args[next].label == parameter.label {
                values.append(args[next].value)
                next += 1
            } else if let defaultValue = parameter.defaultValue {
                values.append(try evaluate(defaultValue, in: globals))
            } else if next < args.count {
                let arg = args[next]
                let message: String
                switch (arg.label, parameter.label) {
                case (nil, let expected?): message = "missing argument label `\(expected):` in call to `\(name)`"
                case (let found?, nil): message = "extraneous argument label `\(found):` in call to `\(name)`"
                case (let found?, let expected?):
                    message = "incorrect argument label `\(found):` in call to `\(name)`, expected `\(expected):`"
                case (nil, nil): message = "unexpected argument in call to `\(name)`"
                }
                throw LanguageError(message: message, position: arg.position)
            } else {
                let label = parameter.label.map { "`\($0):`" } ?? "`\(parameter.name)`"
                throw LanguageError(message: "missing argument for parameter \(label) in call to `\(name)`", position: position)
            }
        }
        if next < args.count {
            throw LanguageError(
                message: "extra argument in call to `\(name)`: it takes \(decl.parameters.count), got \(args.count)",
                position: args[next].position)
        }
        return values
    }
}
