import Engine

extension Interpreter {
    /// Runs `body` on the element `indices` pick out of `container`, in place.
    func modifyElement(
        of container: inout RuntimeValue, at indices: [RuntimeValue], _ position: Position,
        _ body: (inout RuntimeValue) throws -> Void
    ) throws {
        if case .tensor(let tensor) = container {
            return try replaceInTensor(&container, tensor, indices, at: position, body)
        }
        if case .dictionary = container {
            return try replaceInDictionary(&container, at: indices, position, body)
        }
        guard case .array = container else {
            throw LanguageError(message: "cannot assign through a subscript of \(container.typeName)", position: position)
        }
        guard indices.count == 1 else {
            throw LanguageError(message: "expected one index, got \(indices.count)", position: position)
        }
        try modifyElement(of: &container, at: indices[0], position, body)
    }

    /// Runs `body` on the element one index picks out of `container`, in place: the common case, without an
    /// array of indices.
    func modifyElement(
        of container: inout RuntimeValue, at index: RuntimeValue, _ position: Position,
        _ body: (inout RuntimeValue) throws -> Void
    ) throws {
        guard case .array = container else { return try modifyElement(of: &container, at: [index], position, body) }
        // The array is consumed out of the variable while the element changes, so its storage stays uniquely
        // referenced and is not copied. Binding it with `case .array(var items)` and then clearing the variable
        // keeps a second reference: every `xs[i] = v` copied the whole array.
        guard case .array(var items) = consume container else { preconditionFailure("checked above") }
        defer { container = .array(items) }
        let i = try self.index(index, count: items.count, at: position)
        try watchingCopies(&items, at: position) { try body(&$0[i]) }
    }

    /// Runs `change` on an array's elements; when that copied a large array (its storage was shared, as
    /// `Array(repeating: big, count: n)` shares it), looks at the clock and the process's memory, as a builtin that
    /// allocates does. A loop of such assignments allocates megabytes a step and takes few steps, so the memory
    /// limit would otherwise be looked at too late.
    @inline(__always)
    func watchingCopies(
        _ items: inout [RuntimeValue], at position: Position, _ change: (inout [RuntimeValue]) throws -> Void
    ) throws {
        guard items.count >= 4_096 else { return try change(&items) }
        let before = items.withUnsafeBufferPointer { $0.baseAddress }
        try change(&items)
        if items.withUnsafeBufferPointer({ $0.baseAddress }) != before { try checkClock(position) }
    }

    /// `d[key] = v` and `d[key] op= v`: the entry as an Optional while it changes; storing nil removes it, as in
    /// Swift. The dictionary is consumed out of the variable meanwhile, as an array is.
    private func replaceInDictionary(
        _ container: inout RuntimeValue, at indices: [RuntimeValue], _ position: Position,
        _ body: (inout RuntimeValue) throws -> Void
    ) throws {
        guard indices.count == 1 else {
            throw LanguageError(message: "expected one key, got \(indices.count)", position: position)
        }
        guard case .dictionary(var d) = consume container else { preconditionFailure("the caller checked") }
        defer { container = .dictionary(d) }
        guard let key = d.convertKey(indices[0]) else {
            throw LanguageError(message: d.keyProblem(indices[0]), position: position)
        }
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
    }

    /// `d[key, default: v] op= x` and `d[key, default: []].append(x)`: the entry, or the default when there is
    /// none, changes and is stored. The dictionary is consumed out of the variable meanwhile.
    func modifyEntry(
        of container: inout RuntimeValue, key index: RuntimeValue, defaultValue: RuntimeValue,
        _ position: Position, _ body: (inout RuntimeValue) throws -> Void
    ) throws {
        guard case .dictionary = container else {
            throw LanguageError(message: "`default:` is for a dictionary's subscript, not \(container.typeName)", position: position)
        }
        guard case .dictionary(var d) = consume container else { preconditionFailure("checked above") }
        defer { container = .dictionary(d) }
        guard let key = d.convertKey(index) else {
            throw LanguageError(message: d.keyProblem(index), position: position)
        }
        var current = d[key] ?? defaultValue
        try body(&current)
        do {
            try d.set(key, current)
        } catch {
            throw LanguageError(message: error.message, position: position)
        }
    }

    /// `s += tail` for a string variable: the string is moved out of its slot while it grows, so its storage stays
    /// uniquely referenced and a loop of `+=` appends in place instead of copying the string each time.
    func append(_ tail: String, toStringAt target: UnsafeMutablePointer<RuntimeValue>, at position: Position) throws {
        guard case .string(var text) = target.move() else { preconditionFailure("the caller checked for a string") }
        defer { target.initialize(to: .string(text)) }
        try Capacity.checkLength(text.utf8.count + tail.utf8.count, at: position)
        text += tail
        try checkClock(position)
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
