import Engine

extension Interpreter {
    /// Runs `body` on the element `indices` pick out of `container`, in place.
    func modifyElement(
        of container: inout RuntimeValue, at indices: [RuntimeValue], _ position: Position,
        _ body: (inout RuntimeValue) throws -> Void
    ) throws {
        switch container {
        case .tensor(let tensor):
            try replaceInTensor(&container, tensor, indices, at: position, body)
        case .array(var items):
            guard indices.count == 1 else {
                throw LanguageError(message: "expected one index, got \(indices.count)", position: position)
            }
            // The array is moved out of its enum case while the element changes, so its storage is not copied.
            container = .void
            defer { container = .array(items) }
            let i = try index(indices[0], count: items.count, at: position)
            try body(&items[i])
        case .dictionary(var d):
            guard indices.count == 1 else {
                throw LanguageError(message: "expected one key, got \(indices.count)", position: position)
            }
            guard let key = d.convertKey(indices[0]) else {
                throw LanguageError(message: d.keyProblem(indices[0]), position: position)
            }
            // Moved out while it changes, as an array is; storing nil removes the entry, as in Swift.
            container = .void
            defer { container = .dictionary(d) }
            var current = RuntimeValue.optional(d[key])
            try body(&current)
            do {
                switch current {
                case .optional(nil): d.remove(key)
                case .optional(let value?): try d.set(key, value)
                default: try d.set(key, current)
                }
            } catch {
                throw LanguageError(message: error.message, position: position)
            }
        default:
            throw LanguageError(message: "cannot assign through a subscript of \(container.typeName)", position: position)
        }
    }

    /// Tensors are immutable graph nodes: assigning to `x[i]` stores a new tensor in the variable.
    private func replaceInTensor(
        _ container: inout RuntimeValue, _ tensor: Tensor, _ indices: [RuntimeValue], at position: Position,
        _ body: (inout RuntimeValue) throws -> Void
    ) throws {
        if let mask = Interpreter.maskIndex(indices) {
            var current = RuntimeValue.tensor(try TensorOperators.engine(position) { try tensor.masked(mask) })
            try body(&current)
            guard let value = TensorConversion.tensor(current) else {
                throw LanguageError(message: "cannot store a \(current.typeName) in a tensor", position: position)
            }
            container = .tensor(try TensorOperators.engine(position) { try tensor.replacingMasked(mask, with: value) })
            return
        }
        let selection = try tensorIndices(indices, at: position)
        var current = RuntimeValue.tensor(try TensorOperators.engine(position) { try tensor.index(selection) })
        try body(&current)
        guard let value = TensorConversion.tensor(current) else {
            throw LanguageError(message: "cannot store a \(current.typeName) in a tensor", position: position)
        }
        container = .tensor(try TensorOperators.engine(position) { try tensor.replacing(selection, with: value) })
    }
}
