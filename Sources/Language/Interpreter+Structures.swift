/// The values of a lesson's structs at run time: making them, reading their properties, calling their methods.
extension Interpreter {
    /// `Point(x: 1, y: 2)`: a new value from the initializer the labels choose. The properties start from their
    /// defaults (for the memberwise initializer, those it takes no argument for), and the initializer must leave
    /// every one set.
    func construct(_ type: StructType, _ values: [RuntimeValue], _ site: CallSite) throws -> RuntimeValue {
        let initializer = type.initializers[try StructType.choose(type.initializers, site)]
        var fields: [RuntimeValue] = []
        fields.reserveCapacity(type.fieldNames.count)
        for (i, code) in type.fieldDefaults.enumerated() {
            let argument = type.hasMemberwiseInitializer && type.isInitializerParameter(i)
            fields.append(try argument ? .void : code?.run(type.captured) ?? .void)
        }
        let made = try callMethod(
            initializer, of: type, on: .instance(StructInstance(type: type, fields: fields)), values, site).receiver
        guard case .instance(let instance) = made, instance.type === type else {
            throw LanguageError(
                message: "`init` of `\(type.name)` must leave `self` a `\(type.name)`, not \(made.typeName)",
                position: initializer.declaration.position, length: 4)
        }
        if let unset = instance.fields.firstIndex(where: { if case .void = $0 { true } else { false } }) {
            throw LanguageError(
                message: "`init` of `\(type.name)` must set `\(type.fieldNames[unset])` (or the property needs a default)",
                position: initializer.declaration.position, length: 4)
        }
        try Nesting.check(made, at: site.position)
        return made
    }

    /// `value.name` of a struct value: a stored property, or a computed one, whose getter runs. `cache`, when given,
    /// learns where a stored property lives, so the call site reads it directly next time.
    func structMember(
        _ instance: StructInstance, _ name: String, at position: Position, cache: FieldCache? = nil
    ) throws -> RuntimeValue {
        let type = instance.type
        if let index = type.fieldIndex[name] {
            cache?.remember(type, index)
            return instance.fields[index]
        }
        if let getter = type.computed[name] {
            let site = CallSite(labels: [], positions: [], position: position)
            return try callMethod(getter, of: type, on: .instance(instance), [], site).result
        }
        if type.methods[name] != nil {
            throw LanguageError(
                message: "`\(name)` is a method of `\(type.name)`: call it, `.\(name)(…)`", position: position,
                length: name.count)
        }
        throw LanguageError(
            message: "`\(type.name)` has no member `\(name)`", position: position, length: name.count,
            suggestion: Suggestion.nearest(to: name, in: type.memberNames))
    }

    /// `value.name(…)` of a struct value. A property that holds a function is called. `canMutate` is false when the
    /// receiver cannot be written back (a `let`, a function's result, `self` of a method that is not `mutating`);
    /// otherwise a `mutating` method gives `self` as it left it, for the caller to store.
    func callStructMethod(
        _ instance: StructInstance, _ name: String, _ values: [RuntimeValue], _ site: CallSite, canMutate: Bool
    ) throws -> (result: RuntimeValue, changed: RuntimeValue?) {
        let type = instance.type
        guard let candidates = type.methods[name] else {
            if type.fieldIndex[name] != nil || type.computed[name] != nil {
                return (try call(try structMember(instance, name, at: site.position), values, site), nil)
            }
            throw LanguageError(
                message: "`\(type.name)` has no method `\(name)`", position: site.position, length: name.count,
                suggestion: Suggestion.nearest(to: name, in: type.memberNames))
        }
        let method = candidates[try StructType.choose(candidates.map(\.function), site)]
        guard canMutate || !method.isMutating else {
            throw LanguageError(
                message: "cannot use the mutating method `\(name)` here: its receiver cannot change (a `let` constant, "
                    + "a value a call returned, or `self` in a method that is not `mutating`)",
                position: site.position, length: name.count)
        }
        let (result, receiver) = try callMethod(method.function, of: type, on: .instance(instance), values, site)
        return (result, method.isMutating ? receiver : nil)
    }

    /// Runs a method with `receiver` as `self` (the slot after its parameters); gives its result and `self` as
    /// the method left it.
    func callMethod(
        _ function: CompiledFunction, of type: StructType, on receiver: RuntimeValue, _ values: [RuntimeValue],
        _ site: CallSite
    ) throws -> (result: RuntimeValue, receiver: RuntimeValue) {
        let plan = try site.plan(for: function)
        try enter(function.name, at: site.position)
        defer { callDepth -= 1 }
        let frame = function.makeFrame(parent: type.captured)
        if let plan {
            for (i, source) in plan.enumerated() {
                switch source {
                case .argument(let j): frame.slots[i] = values[j]
                case .defaultValue: frame.slots[i] = try function.defaults[i]?.run(type.captured) ?? .void
                }
            }
        } else {
            for i in values.indices { frame.slots[i] = values[i] }
        }
        let selfSlot = function.parameters.count
        frame.slots[selfSlot] = receiver
        let result = try function.body(frame)
        let changed = frame.slots[selfSlot]
        function.recycle(frame)
        return (result, changed)
    }

    /// The text `description` gives, for `print` and interpolation. An error in it cannot stop the display that
    /// asked, so it is kept for the cell to report once the statement is done (`pendingError`).
    func describe(_ instance: StructInstance) -> String {
        do {
            let description = try structMember(instance, "description", at: instance.type.descriptionPosition)
            return Display.text(description)
        } catch {
            if pendingError == nil { pendingError = error as? LanguageError }
            return "<\(instance.type.name)>"
        }
    }
}

/// Where a call site last found a stored property: a struct's property read in a loop (`p.x`) then skips the
/// lookup by name.
final class FieldCache {
    private(set) var type: StructType?
    private(set) var index = 0

    func remember(_ type: StructType, _ index: Int) {
        self.type = type
        self.index = index
    }
}

extension StructType {
    /// Which of the initializers or methods declared with one name the call's labels fit: the first whose
    /// parameters take the arguments; when none does, the first one's error.
    static func choose(_ functions: [CompiledFunction], _ site: CallSite) throws -> Int {
        guard functions.count > 1 else { return 0 }
        var firstError: Error?
        for (i, function) in functions.enumerated() {
            do {
                _ = try CallSite.plan(function.declaration, labels: site.labels, positions: site.positions, at: site.position)
                return i
            } catch {
                firstError = firstError ?? error
            }
        }
        throw firstError ?? LanguageError(message: "no declaration fits this call", position: site.position)
    }
}
