/// Structs: declarations, and the calls and member accesses that reach a type by its name (`Point(x: 1)`,
/// `Point.zero`, `Counter.make()`). Members of values are found at run time (`Interpreter+Structures.swift`),
/// as swift-nn does not know a variable's type before it runs.
extension Compiler {
    /// The struct type `name` names here: a registered type that no variable of the same name hides.
    func structType(named name: String) -> StructType? {
        guard let type = resolver.globals.types[name], !resolver.isVariable(name) else { return nil }
        return type
    }

    /// Compiles a struct's members: its methods, initializers, computed properties, property defaults and static
    /// methods, ahead of the cell's statements, so code anywhere in the cell may use the type (see
    /// `Interpreter.run`). The static properties are stored where the declaration stands (`compileStaticProperties`).
    mutating func compileStructure(_ decl: StructDecl) throws {
        guard let type = resolver.globals.types[decl.name], type.declaration === decl, !type.isCompiled else {
            throw LanguageError(
                message: "`\(decl.name)` is already declared as a struct in this cell", position: decl.position,
                length: decl.name.count)
        }
        if resolver.isVariable(decl.name) {
            throw LanguageError(
                message: "`\(decl.name)` is already declared as a variable", position: decl.position, length: decl.name.count)
        }
        let staticSlots = try decl.staticMethods.map {
            try resolver.declare("\(decl.name).\($0.name)", isConstant: true, function: $0, at: $0.position)
        }
        // The members compile as the code of a function of the cell would: they run later than the cell's top-level
        // code around them (a default at each initialization), so they may use any of its globals.
        resolver.beginFrame()
        defer { _ = resolver.endFrame() }
        try compileStaticMethods(decl, type, into: staticSlots)
        type.fieldDefaults = try decl.properties.map { try $0.value.map { ExprCode(run: try compile($0)) } }
        var members = ImplicitSelf(members: decl.memberNames, receiver: "self", typeName: decl.name)
        for method in decl.methods {
            let function = try compileFunction(members.function(method.function), selfIsVariable: method.isMutating)
            type.methods[method.function.name, default: []].append(StructMethod(function: function, isMutating: method.isMutating))
        }
        for property in decl.computed {
            type.computed[property.name] = try compileFunction(members.function(property), selfIsVariable: false)
        }
        compilingInitializer = true
        defer { compilingInitializer = false }
        type.initializers = try type.initializerDeclarations.map {
            try compileFunction(members.function($0), selfIsVariable: true)
        }
        // As in Swift, `description` is how a value shows only when the struct says it is CustomStringConvertible.
        if type.computed["description"] != nil, decl.conformances.contains("CustomStringConvertible") {
            type.describe = { [unowned interpreter] instance in interpreter.describe(instance) }
        }
        type.isCompiled = true
    }

    /// A struct's `static` methods, as globals named `Type.member` (`slots`), stored now, as a `func`'s value is
    /// made before the cell runs. Inside a static method the other static members are reached without the type's
    /// name, as in Swift.
    private mutating func compileStaticMethods(_ decl: StructDecl, _ type: StructType, into slots: [Slot]) throws {
        var statics = ImplicitSelf(members: decl.staticMemberNames, receiver: decl.name, typeName: decl.name)
        for (method, slot) in zip(decl.staticMethods, slots) {
            let function = try compileFunction(statics.function(method))
            try storer(slot, declaresGlobal: true)(
                type.captured, .function(FunctionValue(name: method.name, body: .user(function, type.captured))))
        }
    }

    /// The statement a struct declaration is where it stands: it stores the `static` properties, in order, as
    /// globals named `Type.member`.
    mutating func compileStaticProperties(_ decl: StructDecl) throws -> CompiledStmt {
        var statics = ImplicitSelf(members: decl.staticMemberNames, receiver: decl.name, typeName: decl.name)
        var stores: [StaticStore] = []
        for property in decl.staticProperties {
            guard let expr = property.value else { continue }
            let value = try compile(statics.expression(expr))
            let slot = try resolver.declare(
                "\(decl.name).\(property.name)", isConstant: property.isConstant, at: property.position)
            let store = storer(slot, declaresGlobal: true)
            stores.append(StaticStore { frame in try store(frame, try value(frame)) })
        }
        return { frame in
            for store in stores { try store.run(frame) }
            return .normal
        }
    }

    /// `Point(x: 1, y: 2)`: the labels are checked here against the initializers, so a wrong one is reported
    /// before the cell runs.
    mutating func compileConstruction(_ type: StructType, _ args: [Argument], at position: Position) throws -> CompiledExpr {
        let site = CallSite(labels: args.map(\.label), positions: args.map(\.position), position: position)
        _ = try StructType.choose(type.initializerDeclarations, site)
        let interpreter = self.interpreter
        let values = try compileAll(args.map(\.value))
        return { frame in try interpreter.construct(type, try Compiler.evaluate(values, frame), site) }
    }

    /// `Point.zero`, `Counter.total`, `Point.make`: a static member, as the name of its global `Type.member`.
    func staticMemberName(_ typeName: String, _ name: String, at position: Position) throws -> Expr {
        let global = "\(typeName).\(name)"
        guard resolver.globals[global] != nil else {
            let type = resolver.globals.types[typeName]
            let statics = (type?.declaration.staticProperties.map(\.name) ?? []) + (type?.declaration.staticMethods.map(\.name) ?? [])
            throw LanguageError(
                message: "`\(typeName)` has no static member `\(name)`", position: position, length: name.count,
                suggestion: Suggestion.nearest(to: name, in: statics))
        }
        return .name(global, position)
    }
}

/// A statement of a struct declaration that stores one static member (kept in an array; see `ExprCode`).
struct StaticStore {
    let run: (Frame) throws -> Void
}

extension Compiler {
    /// `p.x = 1`, `pts[i].x += 1`, `line.start.x *= 2`: a stored property of the struct value in the storage `outer`
    /// changes (`base`, its expression). The value is changed in place when nothing else shares it, and copied
    /// first when something does, so other copies keep their values. A `let` property is set only by an
    /// initializer, through `self`.
    func structField(_ outer: CompiledAccess, _ base: Expr, _ name: String, at position: Position) -> CompiledAccess {
        let initializing = compilingInitializer && { if case .name("self", _) = base { true } else { false } }()
        let cache = FieldCache()
        return CompiledAccess(keyCount: outer.keyCount, locate: outer.locate) { frame, keys, body in
            try outer.change(frame, keys) { container in
                let index = try Compiler.assignableField(container, name, initializing: initializing, at: position, cache)
                // Taken out of its storage while the property changes, so a value nothing else holds is not copied.
                guard case .instance(var instance) = consume container else { preconditionFailure("checked above") }
                defer { container = .instance(instance) }
                let type = instance.type
                try StructInstance.modifyField(&instance, index) { field in
                    try body(&field)
                    // An initializer's values are converted once it is done, where the error names the call.
                    if !initializing { field = try type.conform(field, field: index, wholeValues: false, at: position) }
                }
            }
        }
    }

    /// Where property `name` of the struct value `container` is stored, or why it may not be assigned.
    private static func assignableField(
        _ container: RuntimeValue, _ name: String, initializing: Bool, at position: Position, _ cache: FieldCache
    ) throws -> Int {
        guard let type = container.structType else {
            throw LanguageError(
                message: "cannot assign to `.\(name)` of \(container.typeName)", position: position, length: name.count)
        }
        if type === cache.type { return cache.index }
        try Interpreter.checkNotInUse(type, at: position)
        guard let index = type.fieldIndex[name] else {
            if type.computed[name] != nil {
                throw LanguageError(
                    message: "cannot assign to `\(name)`: it is a computed property of `\(type.name)`, which only has a "
                        + "getter", position: position, length: name.count)
            }
            throw LanguageError(
                message: "`\(type.name)` has no member `\(name)`", position: position, length: name.count,
                suggestion: Suggestion.nearest(to: name, in: type.memberNames))
        }
        if type.isConstant(index), !initializing {
            throw LanguageError(
                message: "cannot assign to `\(name)`: it is a `let` property of `\(type.name)`, set only by its `init`",
                position: position, length: name.count)
        }
        cache.remember(type, index)
        return index
    }
}
