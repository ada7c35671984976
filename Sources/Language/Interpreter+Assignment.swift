import Engine

extension Interpreter {
    /// `target = value` and the compound forms, through names, subscripts and tuple members.
    func assign(_ target: Expr, op: ArithmeticOperator?, value: RuntimeValue, in scope: Scope, at position: Position) throws {
        if case .name = target {} else { try Nesting.check(value, at: position) }
        try modify(target, in: scope) { current in
            if let op {
                current = try Operators.arithmetic(op, current, value, at: position)
            } else {
                current = value
            }
        }
    }

    /// Runs `body` on the storage `target` names, in place, so `xs.append(x)` in a loop does not copy the array
    /// each time. Subscripts are evaluated once, outermost receiver first, before `body` runs.
    func modify(_ target: Expr, in scope: Scope, _ body: (inout RuntimeValue) throws -> Void) throws {
        switch target {
        case .name(let name, let position):
            guard let owner = scope.owner(of: name) else { throw unknownName(name, in: scope, at: position) }
            // The binding is looked at in its own scope, so no copy of the value is alive when `body` changes it.
            if let binding = owner[local: name], binding.isConstant {
                let what = if case .function = binding.value { "a function" } else { "a `let` constant" }
                throw LanguageError(
                    message: "cannot assign to `\(name)`: it is \(what); declare it with `var`",
                    position: position, length: name.count)
            }
            _ = try owner.modify(name, body)

        case .subscripted(let base, let indexExprs, let position):
            let indices = try indexExprs.map { try evaluate($0, in: scope) }
            try modify(base, in: scope) { container in
                switch container {
                case .tensor(let tensor):
                    try replaceInTensor(&container, tensor, indices, at: position, body)
                case .array(var items):
                    guard indices.count == 1 else {
                        throw LanguageError(message: "expected one index, got \(indices.count)", position: position)
                    }
                    container = .void
                    defer { container = .array(items) }
                    let i = try index(indices[0], count: items.count, at: position)
                    try body(&items[i])
                default:
                    throw LanguageError(message: "cannot assign through a subscript of \(container.typeName)", position: position)
                }
            }

        case .member(let base, let name, let position) where name == "data" || name == "grad":
            // An autodiff Value is a graph node shared by reference: `p.data -= lr * p.grad` updates it in place.
            guard case .autodiff(let node) = try evaluate(base, in: scope) else {
                throw LanguageError(message: "only a Value's `.\(name)` can be assigned", position: position)
            }
            var current = RuntimeValue.double(name == "data" ? node.data : node.grad)
            try body(&current)
            guard current.isNumeric, let number = current.number else {
                throw LanguageError(message: "`.\(name)` must be a number, not \(current.typeName)", position: position)
            }
            if name == "data" { node.data = number } else { node.grad = number }

        case .member(let base, let name, let position):
            guard let i = Int(name) else {
                throw LanguageError(message: "cannot assign to `.\(name)`", position: position)
            }
            try modify(base, in: scope) { container in
                guard case .tuple(var items) = container else {
                    throw LanguageError(message: "`.\(name)` needs a tuple, not \(container.typeName)", position: position)
                }
                container = .void
                defer { container = .tuple(items) }
                let at = try index(.int(i), count: items.count, at: position)
                try body(&items[at])
            }

        default:
            throw LanguageError(message: "cannot assign to this expression", position: target.position)
        }
    }

    /// Tensors are immutable graph nodes: assigning to `x[i]` stores a new tensor in the variable.
    private func replaceInTensor(
        _ container: inout RuntimeValue, _ tensor: Tensor, _ indices: [RuntimeValue], at position: Position,
        _ body: (inout RuntimeValue) throws -> Void
    ) throws {
        let selection = try tensorIndices(indices, at: position)
        var current = RuntimeValue.tensor(try TensorOperators.engine(position) { try tensor.index(selection) })
        try body(&current)
        guard let value = TensorConversion.tensor(current) else {
            throw LanguageError(message: "cannot store a \(current.typeName) in a tensor", position: position)
        }
        container = .tensor(try TensorOperators.engine(position) { try tensor.replacing(selection, with: value) })
    }
}
