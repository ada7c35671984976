/// Structs: declarations, and the calls and member accesses that reach a type by its name (`Point(x: 1)`,
/// `Point.zero`, `Counter.make()`). Members of values are found at run time (`Interpreter+Structures.swift`),
/// as swift-nn does not know a variable's type before it runs.
extension Compiler {
    /// The struct type `name` names here: a registered type that no variable of the same name hides.
    func structType(named name: String) -> StructType? {
        guard let type = resolver.globals.types[name], !resolver.isVariable(name) else { return nil }
        return type
    }

    /// Compiles a struct's members and gives the statement that stores its `static` members, which runs ahead of
    /// the cell's other statements (see `Interpreter.declarationsFirst`).
    mutating func compileStructure(_ decl: StructDecl) throws -> CompiledStmt {
        guard let type = resolver.globals.types[decl.name], type.declaration === decl, !type.isCompiled else {
            throw LanguageError(
                message: "`\(decl.name)` is already declared as a struct", position: decl.position, length: decl.name.count)
        }
        if resolver.isVariable(decl.name) {
            throw LanguageError(
                message: "`\(decl.name)` is already declared as a variable", position: decl.position, length: decl.name.count)
        }
        // The static members first, so that the properties' defaults and the methods may use them.
        let stores = try compileStaticMembers(decl, type)
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
        compilingInitializer = false
        // As in Swift, `description` is how a value shows only when the struct says it is CustomStringConvertible.
        if type.computed["description"] != nil, decl.conformances.contains("CustomStringConvertible") {
            type.describe = { [unowned interpreter] instance in interpreter.describe(instance) }
        }
        type.isCompiled = true
        return { frame in
            for store in stores { try store.run(frame) }
            return .normal
        }
    }

    /// A struct's `static` methods and properties, as globals named `Type.member`. Inside a static method the
    /// others are reached without the type's name, as in Swift.
    private mutating func compileStaticMembers(_ decl: StructDecl, _ type: StructType) throws -> [StaticStore] {
        let names = Set(decl.staticProperties.map(\.name) + decl.staticMethods.map(\.name))
        var statics = ImplicitSelf(members: names, receiver: decl.name, typeName: decl.name)
        var stores: [StaticStore] = []
        for method in decl.staticMethods {
            let rewritten = statics.function(method)
            let slot = try resolver.declare(
                "\(decl.name).\(method.name)", isConstant: true, function: rewritten, at: method.position)
            let function = try compileFunction(rewritten)
            let store = storer(slot, declaresGlobal: true)
            let value = RuntimeValue.function(FunctionValue(name: method.name, body: .user(function, type.captured)))
            stores.append(StaticStore { frame in try store(frame, value) })
        }
        for property in decl.staticProperties {
            guard let expr = property.value else { continue }
            let value = try compile(statics.expression(expr))
            let slot = try resolver.declare(
                "\(decl.name).\(property.name)", isConstant: property.isConstant, at: property.position)
            let store = storer(slot, declaresGlobal: true)
            stores.append(StaticStore { frame in try store(frame, try value(frame)) })
        }
        return stores
    }

    /// `Point(x: 1, y: 2)`: the labels are checked here against the initializers, so a wrong one is reported
    /// before the cell runs.
    mutating func compileConstruction(_ type: StructType, _ args: [Argument], at position: Position) throws -> CompiledExpr {
        let labels = args.map(\.label)
        let positions = args.map(\.position)
        var firstError: Error?
        for declaration in type.initializerDeclarations {
            do {
                _ = try CallSite.plan(declaration, labels: labels, positions: positions, at: position)
                firstError = nil
                break
            } catch {
                firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
        let interpreter = self.interpreter
        let values = try compileAll(args.map(\.value))
        let site = CallSite(labels: labels, positions: positions, position: position)
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
    /// `p.x = 1`, `pts[i].x += 1`, `line.start.x *= 2`: a stored property of the struct value in the storage `base`
    /// names. The value is changed in place when nothing else shares it, and copied first when something does, so
    /// other copies keep their values. A `let` property is set only by an initializer, through `self`.
    mutating func structField(_ base: Expr, _ name: String, at position: Position) throws -> CompiledAccess {
        let outer = try compileModifier(base)
        let initializing = compilingInitializer && { if case .name("self", _) = base { true } else { false } }()
        return CompiledAccess(keyCount: outer.keyCount, locate: outer.locate) { frame, keys, body in
            try outer.change(frame, keys) { container in
                let index = try Compiler.assignableField(container, name, initializing: initializing, at: position)
                // Taken out of its storage while the property changes, so a value nothing else holds is not copied.
                guard case .instance(var instance) = consume container else { preconditionFailure("checked above") }
                defer { container = .instance(instance) }
                try StructInstance.modifyField(&instance, index, body)
            }
        }
    }

    /// Where property `name` of the struct value `container` is stored, or why it may not be assigned.
    private static func assignableField(
        _ container: RuntimeValue, _ name: String, initializing: Bool, at position: Position
    ) throws -> Int {
        guard case .instance(let instance) = container else {
            throw LanguageError(
                message: "cannot assign to `.\(name)` of \(container.typeName)", position: position, length: name.count)
        }
        let type = instance.type
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
        return index
    }
}
