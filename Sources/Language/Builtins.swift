/// Every builtin function and method, gathered from one file per family.
enum Builtins {
    /// The free functions by family, in the order the reference lists them.
    static let families: [(name: String, builtins: [Builtin])] = [
        ("Output", output + tables), ("Math", math), ("Sequences", sequences + dictionaries), ("Calculus", calculus), ("Figures", figures),
        ("Tensors", tensors + tensorSelection), ("Random", random + swiftRandom), ("Networks", nn), ("Activations", activations),
        ("Training", training), ("Minimizing", minimizing), ("Losses", losses), ("Data", data),
    ]

    static let table: [String: Builtin] = {
        var table: [String: Builtin] = [:]
        for builtin in families.flatMap(\.builtins) {
            precondition(table[builtin.name] == nil, "builtin `\(builtin.name)` registered twice")
            table[builtin.name] = builtin
        }
        return table
    }()

    /// Every method, of the built-in value types and of the engine objects, in the order the reference lists
    /// their receivers.
    static let methodList: [Builtin] = arrayMethods + arrayMutations + arrayRandomMethods
        + collectionMethods + collectionMutations + stringMethods + dictionaryMethods + rangeMethods + functionMethods
        + valueMethods + tensorMethods + roundingMethods + randomStateMethods + networkMethods + trainingMethods + dataMethods

    /// Every method by receiver type name (`RuntimeValue.methodType`) and method name.
    static let methods: [String: [String: Builtin]] = {
        var methods: [String: [String: Builtin]] = [:]
        for method in methodList {
            guard let receiver = method.receiver else { preconditionFailure("method `\(method.name)` has no receiver") }
            precondition(methods[receiver]?[method.name] == nil, "method `\(receiver).\(method.name)` registered twice")
            methods[receiver, default: [:]][method.name] = method
        }
        return methods
    }()

    /// The names of the methods that change their receiver.
    static let mutatingMethodNames: Set<String> = Set(methods.values.flatMap { $0.values.filter(\.isMutating).map(\.name) })

    /// Constants every session starts with: numpy's `pi`, and Foundation's `M_PI` and its kin, which Swift code
    /// pasted in uses.
    static let constants: [String: Double] = [
        "pi": Double.pi, "M_PI": Double.pi, "M_PI_2": Double.pi / 2, "M_PI_4": Double.pi / 4, "M_E": 2.718_281_828_459_045,
        "M_SQRT2": 2.0.squareRoot(), "M_LN2": 0.693_147_180_559_945_3, "M_LN10": 2.302_585_092_994_046,
    ]
}
