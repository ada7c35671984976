/// Every builtin function, gathered from one file per family.
enum Builtins {
    static let table: [String: Builtin] = {
        var table: [String: Builtin] = [:]
        for builtin in output + math + sequences + calculus + figures + tensors + random + nn + activations + training + minimizing + losses + data {
            precondition(table[builtin.name] == nil, "builtin `\(builtin.name)` registered twice")
            table[builtin.name] = builtin
        }
        return table
    }()

    /// Constants every session starts with.
    static let constants: [String: Double] = ["pi": Double.pi]
}
