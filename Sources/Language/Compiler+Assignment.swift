import Engine

extension Compiler {
    /// `target = value` and the compound forms, through names, subscripts and tuple members.
    mutating func compileAssignment(
        _ target: Expr, op: ArithmeticOperator?, value: @escaping CompiledExpr, at position: Position
    ) throws -> CompiledStmt {
        let interpreter = self.interpreter
        if case .optionalChain(let chain, _) = target {
            // `o?.x = 1` with `o` nil assigns nothing, and its value is not evaluated, as in Swift.
            let assign = try compileAssignment(chain, op: op, value: value, at: position)
            return { frame in
                do { return try assign(frame) } catch is OptionalChainEnd { return .normal }
            }
        }
        if case .name(let name, let namePosition) = target {
            return assignment(to: try resolver.assignable(name, at: namePosition), op: op, value: value, at: position)
        }
        if let path = try elementPath(target) {
            let element = ElementAssignment(
                container: address(try resolver.assignable(path.name, at: path.namePosition)), op: op,
                position: position, subscriptPositions: path.positions, interpreter: interpreter)
            let (index, innerIndex) = (path.index, path.innerIndex)
            return { frame in
                let i = try index.value(frame)
                let m = try innerIndex.map { try $0.value(frame) }
                let operand = try value(frame)
                try Nesting.check(operand, at: position)
                if try !element.assign(operand, at: i, m, frame) { try element.assignInGeneral(operand, at: i, m, frame) }
                return .normal
            }
        }
        if case .defaultedSubscript(.name(let name, let namePosition), let keyExpr, let defaultExpr, let at) = target {
            // `counts[word, default: 0] += 1` on a dictionary variable, the common case, straight on its slot.
            let dictionary = address(try resolver.assignable(name, at: namePosition))
            let (key, fallback) = (try compile(keyExpr), try compile(defaultExpr))
            return { frame in
                let index = try key(frame)
                let defaultValue = try Compiler.defaultValue(fallback, unlessEntry: index, in: dictionary(frame).pointee, frame)
                let operand = try value(frame)
                try Nesting.check(operand, at: position)
                try interpreter.modifyEntry(of: &dictionary(frame).pointee, key: index, defaultValue: defaultValue, at) {
                    current in
                    current = try op.map { try interpreter.arithmetic($0, current, operand, at: position) } ?? operand
                }
                return .normal
            }
        }
        let access = try compileModifier(target)
        return { frame in
            let keys = try access.keys(frame)
            let operand = try value(frame)
            try Nesting.check(operand, at: position)
            try access.change(frame, keys) { current in
                current = try op.map { try interpreter.arithmetic($0, current, operand, at: position) } ?? operand
            }
            return .normal
        }
    }

    /// The default of `d[index, default: …]`, evaluated only when `dictionary` has no entry for `index`, as in
    /// Swift; `.void` when it has one.
    private static func defaultValue(
        _ fallback: CompiledExpr, unlessEntry index: RuntimeValue, in dictionary: RuntimeValue, _ frame: Frame
    ) throws -> RuntimeValue {
        if case .dictionary(let d) = dictionary, let key = d.convertKey(index), d[key] != nil { return .void }
        return try fallback(frame)
    }

    /// `xs[i]` or `grid[i][j]` for a variable, which `ElementAssignment` changes in place; nil for any other target.
    /// The indices are read before the value, so they may be any expressions (`xs[k + 1]`, `grid[pick()][0]`).
    private mutating func elementPath(_ target: Expr) throws -> (
        name: String, namePosition: Position, index: Operand, innerIndex: Operand?, positions: (Position, Position?)
    )? {
        guard case .subscripted(let base, let indices, let position) = target, indices.count == 1 else { return nil }
        switch base {
        case .name(let name, let namePosition):
            return (name, namePosition, try compileOperand(indices[0]), nil, (position, nil))
        case .subscripted(.name(let name, let namePosition), let outer, let outerPosition) where outer.count == 1:
            return (
                name, namePosition, try compileOperand(outer[0]), try compileOperand(indices[0]), (outerPosition, position)
            )
        default:
            return nil
        }
    }

    /// Where `target` stores, so `xs.append(x)` in a loop changes the array in place instead of copying it.
    mutating func compileModifier(_ target: Expr) throws -> CompiledAccess {
        let interpreter = self.interpreter
        switch target {
        case .name(let name, let position):
            let address = self.address(try resolver.assignable(name, at: position))
            return CompiledAccess(keyCount: 0, locate: { _, _ in }, change: { frame, _, body in try body(&address(frame).pointee) })

        case .subscripted(let base, let indexExprs, let position):
            let outer = try compileModifier(base)
            let slot = outer.keyCount
            if indexExprs.count == 1 {
                let index = try compileOperand(indexExprs[0])
                return CompiledAccess(
                    keyCount: slot + 1,
                    locate: { frame, keys in
                        try outer.locate(frame, &keys)
                        keys.append(try index.value(frame))
                    },
                    change: { frame, keys, body in
                        let index = keys[slot]
                        try outer.change(frame, keys) { container in
                            try interpreter.modifyElement(of: &container, at: index, position, body)
                        }
                    })
            }
            let indices = try compileAll(indexExprs)
            return CompiledAccess(
                keyCount: slot + 1,
                locate: { frame, keys in
                    try outer.locate(frame, &keys)
                    keys.append(.array(try Compiler.evaluate(indices, frame)))
                },
                change: { frame, keys, body in
                    guard case .array(let values) = keys[slot] else { preconditionFailure("located as an array") }
                    try outer.change(frame, keys) { container in
                        try interpreter.modifyElement(of: &container, at: values, position, body)
                    }
                })

        case .member(.name(let typeName, _), let name, let position) where structType(named: typeName) != nil:
            return try compileModifier(try staticMemberName(typeName, name, at: position))

        case .member(let base, let name, let position) where name == "data" || name == "grad":
            // An autodiff Value is a graph node shared by reference: `p.data -= lr * p.grad` updates it in place,
            // whatever holds it. Held in storage, the located value decides: a Value's number, or a struct's
            // property of that name; held in a `let` or returned by a call, only a Value's can change.
            if let outer = try? compileModifier(base) {
                let field = structField(outer, base, name, at: position)
                return CompiledAccess(keyCount: outer.keyCount, locate: outer.locate) { frame, keys, body in
                    var isValue = false
                    try outer.change(frame, keys) { container in
                        guard case .autodiff(let node) = container else { return }
                        isValue = true
                        try Compiler.changeNumber(of: node, name, at: position, body)
                    }
                    if !isValue { try field.change(frame, keys, body) }
                }
            }
            let value = try compile(base)
            return CompiledAccess(
                keyCount: 1,
                locate: { frame, keys in
                    guard case .autodiff(let node) = try value(frame) else {
                        throw LanguageError(message: "only a Value's `.\(name)` can be assigned here", position: position)
                    }
                    keys.append(.autodiff(node))
                },
                change: { _, keys, body in
                    guard case .autodiff(let node) = keys[0] else { preconditionFailure("located as a Value") }
                    try Compiler.changeNumber(of: node, name, at: position, body)
                })

        case .member(let base, let name, let position):
            guard let i = Int(name) else { return structField(try compileModifier(base), base, name, at: position) }
            let outer = try compileModifier(base)
            return CompiledAccess(keyCount: outer.keyCount, locate: outer.locate) { frame, keys, body in
                try outer.change(frame, keys) { container in
                    guard case .tuple = container else {
                        throw LanguageError(message: "`.\(name)` needs a tuple, not \(container.typeName)", position: position)
                    }
                    // The tuple is consumed out of its variable while its member changes, so its storage is not copied
                    // (see `Interpreter.modifyElement`).
                    guard case .tuple(var items) = consume container else { preconditionFailure("checked above") }
                    defer { container = .tuple(items) }
                    let at = try interpreter.index(.int(i), count: items.count, at: position)
                    try body(&items[at])
                }
            }

        case .defaultedSubscript(let base, let keyExpr, let valueExpr, let position):
            // `counts[word, default: 0] += 1`, `groups[k, default: []].append(x)`: the entry, or the default, changes
            // and is stored. The default is evaluated only for a missing key, as in Swift, when the dictionary is a
            // variable, whose entry can be looked at first; in anything else (`lists[i][k, default: 0]`) it is
            // evaluated whether the key is there or not.
            let (key, value) = (try compile(keyExpr), try compile(valueExpr))
            let outer = try compileModifier(base)
            let variable = try variableAddress(base)
            let slot = outer.keyCount
            return CompiledAccess(
                keyCount: slot + 2,
                locate: { frame, keys in
                    try outer.locate(frame, &keys)
                    let index = try key(frame)
                    keys.append(index)
                    keys.append(try variable.map {
                        try Compiler.defaultValue(value, unlessEntry: index, in: $0(frame).pointee, frame)
                    } ?? value(frame))
                },
                change: { frame, keys, body in
                    let (index, fallback) = (keys[slot], keys[slot + 1])
                    try outer.change(frame, keys) { container in
                        try interpreter.modifyEntry(of: &container, key: index, defaultValue: fallback, position, body)
                    }
                })

        case .forceUnwrap(let base, let position):
            // `d[key]![i] = v`, `x! += 1`: the value inside the optional changes, as in Swift; nil is an error.
            return Compiler.unwrapping(
                try compileModifier(base),
                absent: { LanguageError(message: "unexpectedly found nil while unwrapping an optional with `!`", position: position) },
                plain: { container, _ in
                    throw LanguageError(message: "`!` needs an optional, not \(container.typeName)", position: position)
                })

        case .optionalBind(let base, _):
            // `o?.x = 1`, `o?.bump()`: the value inside the optional changes; a nil one ends the chain, and the
            // assignment or call does nothing (`OptionalChainEnd`, caught where the chain is). A value that is not
            // an optional continues the chain, as in reading.
            return Compiler.unwrapping(try compileModifier(base), absent: { OptionalChainEnd() }) { container, body in
                try body(&container)
            }

        default:
            throw LanguageError(message: "cannot assign to this expression", position: target.position)
        }
    }
}

extension Compiler {
    /// Changes a Value's `data` or `grad` by `body`, which must leave a number.
    static func changeNumber(
        of node: Value, _ name: String, at position: Position, _ body: (inout RuntimeValue) throws -> Void
    ) throws {
        var current = RuntimeValue.double(name == "data" ? node.data : node.grad)
        try body(&current)
        guard current.isNumeric, let number = current.number else {
            throw LanguageError(message: "`.\(name)` must be a number, not \(current.typeName)", position: position)
        }
        if name == "data" { node.data = number } else { node.grad = number }
    }
}

extension Compiler {
    /// The value inside the optional that `outer` stores, changed in place; `absent` is what nil throws, and
    /// `plain` what a value that is not an optional does.
    static func unwrapping(
        _ outer: CompiledAccess, absent: @escaping () -> Error,
        plain: @escaping (inout RuntimeValue, (inout RuntimeValue) throws -> Void) throws -> Void
    ) -> CompiledAccess {
        CompiledAccess(keyCount: outer.keyCount, locate: outer.locate) { frame, keys, body in
            try outer.change(frame, keys) { container in
                switch container {
                case .optional(.some):
                    // Consumed out of its storage while it changes, so the wrapped value is not copied.
                    guard case .optional(var wrapped?) = consume container else { preconditionFailure("checked above") }
                    defer { container = .optional(wrapped) }
                    try body(&wrapped)
                case .optional(nil):
                    throw absent()
                default:
                    try plain(&container, body)
                }
            }
        }
    }
}
