/// Every builtin function and method, gathered from one file per family.
enum Builtins {
    static let table: [String: Builtin] = {
        var table: [String: Builtin] = [:]
        for builtin in output + math + sequences + calculus + figures + tensors + random + nn + activations + training + minimizing + losses + data + tables {
            precondition(table[builtin.name] == nil, "builtin `\(builtin.name)` registered twice")
            table[builtin.name] = builtin
        }
        return table
    }()

    /// Every method of the built-in value types, by receiver type name (`RuntimeValue.typeName`) and method name.
    static let methods: [String: [String: Builtin]] = {
        var methods: [String: [String: Builtin]] = [:]
        for method in arrayMethods + arrayMutations + stringMethods + rangeMethods + functionMethods + valueMethods + tensorMethods {
            guard let receiver = method.receiver else { preconditionFailure("method `\(method.name)` has no receiver") }
            precondition(methods[receiver]?[method.name] == nil, "method `\(receiver).\(method.name)` registered twice")
            methods[receiver, default: [:]][method.name] = method
        }
        return methods
    }()

    /// The names of the methods that change their receiver.
    static let mutatingMethodNames: Set<String> = Set(methods.values.flatMap { $0.values.filter(\.isMutating).map(\.name) })

    /// Constants every session starts with.
    static let constants: [String: Double] = ["pi": Double.pi]
}
