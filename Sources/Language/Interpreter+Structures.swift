/// The values of a lesson's structs at run time: making them, reading their properties, calling their methods.
extension Interpreter {
    /// `Point(x: 1, y: 2)`: a new value from the initializer the labels choose. The properties start from their
    /// defaults (for the memberwise initializer, those it takes no argument for), and the initializer must leave
    /// every one set.
    func construct(_ type: StructType, _ values: [RuntimeValue], _ site: CallSite) throws -> RuntimeValue {
        guard type.isCompiled else {
            throw LanguageError(
                message: "`\(type.name)` cannot be used: its declaration did not compile", position: site.position)
        }
        // Counted as a call before the defaults run, as a default may make another value of the type.
        try enter(type.name, at: site.position)
        defer { callDepth -= 1 }
        let initializer = type.initializers[try StructType.choose(type.initializers, site)]
        var fields: [RuntimeValue] = []
        fields.reserveCapacity(type.fieldNames.count)
        for (i, code) in type.fieldDefaults.enumerated() {
            let argument = type.hasMemberwiseInitializer && type.isInitializerParameter(i)
            fields.append(try argument ? .void : code?.run(type.captured) ?? .void)
        }
        var made = RuntimeValue.instance(StructInstance(type: type, fields: fields))
        _ = try callMethod(initializer, of: type, on: &made, values, site)
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
        for i in instance.fields.indices {
            instance.fields[i] = try type.conform(instance.fields[i], field: i, wholeValues: true, at: site.position)
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
            var receiver = RuntimeValue.instance(instance)
            return try callMethod(getter, of: type, on: &receiver, [], site)
        }
        try Interpreter.checkNotInUse(type, at: position)
        if type.methods[name] != nil {
            throw LanguageError(
                message: "`\(name)` is a method of `\(type.name)`: call it, `.\(name)(…)`", position: position,
                length: name.count)
        }
        throw LanguageError(
            message: "`\(type.name)` has no member `\(name)`", position: position, length: name.count,
            suggestion: Suggestion.nearest(to: name, in: type.memberNames))
    }

    /// Whether the method of `type` that this call of `name` chooses is `mutating`; remembered in `cache`. False
    /// when there is none, which the call then reports.
    func mutates(_ type: StructType, _ name: String, _ site: CallSite, cache: MethodCache) -> Bool {
        if type === cache.type, let method = cache.method { return method.isMutating }
        guard let candidates = type.methods[name], let i = try? StructType.choose(candidates, site) else { return false }
        cache.remember(type, candidates[i])
        return candidates[i].isMutating
    }

    /// `value.name(…)` of the struct value in `receiver`. A property that holds a function is called. `canMutate`
    /// is false when the receiver cannot be written back (a `let`, a function's result, `self` of a method that
    /// is not `mutating`); otherwise a `mutating` method leaves `self` in `receiver` as it changed it, for the
    /// caller to store. `cache` remembers the method the site found for the last type.
    func callStructMethod(
        _ receiver: inout RuntimeValue, _ name: String, _ values: [RuntimeValue], _ site: CallSite, canMutate: Bool,
        cache: MethodCache
    ) throws -> RuntimeValue {
        guard let type = receiver.structType else { preconditionFailure("called on a struct value") }
        let method: StructMethod
        if type === cache.type, let found = cache.method {
            method = found
        } else if let candidates = type.methods[name] {
            method = candidates[try StructType.choose(candidates, site)]
            cache.remember(type, method)
        } else {
            guard case .instance(let instance) = receiver else { preconditionFailure("called on a struct value") }
            if type.fieldIndex[name] != nil || type.computed[name] != nil {
                return try call(try structMember(instance, name, at: site.position), values, site)
            }
            try Interpreter.checkNotInUse(type, at: site.position)
            throw LanguageError(
                message: "`\(type.name)` has no method `\(name)`", position: site.position, length: name.count,
                suggestion: Suggestion.nearest(to: name, in: type.memberNames))
        }
        guard canMutate || !method.isMutating else {
            throw LanguageError(
                message: "cannot use the mutating method `\(name)` here: its receiver cannot change (a `let` constant, "
                    + "a value a call returned, or `self` in a method that is not `mutating`)",
                position: site.position, length: name.count)
        }
        let result = try callMethod(method.function, of: type, on: &receiver, values, site)
        guard receiver.structType === type else {
            throw LanguageError(
                message: "`\(name)` must leave `self` a `\(type.name)`, not \(receiver.typeName)",
                position: method.function.declaration.position, length: name.count)
        }
        return result
    }

    /// Runs a method with the value in `receiver` moved into its `self` (the slot after its parameters), so a
    /// `mutating` method changes it in place; `receiver` holds `self` as the method left it afterwards, also when
    /// the method fails.
    func callMethod(
        _ function: CompiledFunction, of type: StructType, on receiver: inout RuntimeValue, _ values: [RuntimeValue],
        _ site: CallSite
    ) throws -> RuntimeValue {
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
        let selfSlot = frame.slots + function.parameters.count
        swap(&selfSlot.pointee, &receiver)
        // Not a `defer`: one that recycles the frame keeps a second reference to it, and a frame that is not
        // uniquely referenced is never reused.
        let result: RuntimeValue
        do {
            result = try function.body(frame)
        } catch {
            swap(&selfSlot.pointee, &receiver)
            throw error
        }
        swap(&selfSlot.pointee, &receiver)
        function.recycle(frame)
        return result
    }

    /// The error for reading a value while one of its `mutating` methods runs (see `StructType.inUse`).
    static func checkNotInUse(_ type: StructType, at position: Position) throws {
        guard type === StructType.inUse else { return }
        throw LanguageError(
            message: "this value is being changed by one of its `mutating` methods, which may not read it through "
                + "the variable it is in meanwhile (Swift stops such an overlapping access); use `self`",
            position: position)
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
