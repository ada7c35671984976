/// A `struct` declared by a lesson, at run time: the layout of its values and its compiled members. Registered
/// when its cell starts (`Globals.types`), so code anywhere in the cell may name it, and compiled when its
/// declaration is, ahead of the cell's other statements. Its `static` members are globals named `Type.member`.
final class StructType {
    let declaration: StructDecl
    var name: String { declaration.name }
    let fieldNames: [String]
    let fieldIndex: [String: Int]
    /// What the methods, initializers and property defaults capture: the cell's top-level code keeps its
    /// variables in the globals, so this frame holds nothing.
    let captured = Frame.make(size: 0, parent: nil)
    /// The defaults of stored properties, evaluated for each new value, in the top-level scope.
    var fieldDefaults: [ExprCode?] = []
    /// The declared initializers, or the memberwise one.
    var initializers: [CompiledFunction] = []
    var methods: [String: [StructMethod]] = [:]
    var computed: [String: CompiledFunction] = [:]
    /// How a value displays when the struct declares `description`: calls it, so `print` and interpolation show it.
    var describe: ((StructInstance) -> String)?
    /// Set once every member has compiled; a cell that fails before that leaves the type out of later cells.
    var isCompiled = false

    /// The initializers as calls see them: the declared ones, or Swift's memberwise one.
    let initializerDeclarations: [FunctionDecl]
    /// Which properties are declared `Double`, whose values `conform` checks first.
    private let isDouble: [Bool]

    init(_ declaration: StructDecl) {
        self.declaration = declaration
        fieldNames = declaration.properties.map(\.name)
        fieldIndex = Dictionary(fieldNames.enumerated().map { ($1, $0) }) { first, _ in first }
        initializerDeclarations = declaration.initializers.isEmpty
            ? [StructType.memberwiseInitializer(declaration)] : declaration.initializers
        isDouble = declaration.properties.map { $0.type == .named("Double") }
    }

    /// Whether the struct declares no `init`, so it has the memberwise one.
    var hasMemberwiseInitializer: Bool { declaration.initializers.isEmpty }

    /// Whether the memberwise initializer takes property `field` as an argument: every property but a `let` with
    /// a default.
    func isInitializerParameter(_ field: Int) -> Bool {
        let property = declaration.properties[field]
        return !(property.isConstant && property.value != nil)
    }

    /// Swift's memberwise initializer: a parameter per property, labelled with its name, in declaration order; a
    /// `var`'s default is the parameter's default, evaluated only when the call leaves the argument out.
    private static func memberwiseInitializer(_ declaration: StructDecl) -> FunctionDecl {
        let taken = declaration.properties.filter { !($0.isConstant && $0.value != nil) }
        let parameters = taken.map { Parameter(label: $0.name, name: $0.name, defaultValue: $0.value, position: $0.position) }
        let body = taken.map { property -> Stmt in
            let at = property.position
            return .assignment(target: .member(.name("self", at), property.name, at), op: nil, value: .name(property.name, at), at)
        }
        return FunctionDecl(name: declaration.name, parameters: parameters, body: body, position: declaration.position)
    }

    /// Where `description` is declared, which an error in it points at when no statement of it does.
    var descriptionPosition: Position {
        declaration.computed.first { $0.name == "description" }?.position ?? declaration.position
    }

    /// Drops the compiled members, which may hold the type itself, when the session ends (see `Globals.clear`).
    func release() {
        (fieldDefaults, initializers, methods, computed, describe) = ([], [], [:], [:], nil)
    }

    /// The methods the declaration names `name` (several when they differ in labels).
    func methods(named name: String) -> [MethodDecl] {
        declaration.methods.filter { $0.function.name == name }
    }

    /// The property's value as its declared type, converted as Swift converts a literal (`1` for a `Double` is
    /// `1.0`); `wholeValues` also converts arrays and dictionaries, which costs a pass over them, so a property
    /// assignment (`items.append(x)` in a loop) converts only plain values.
    func conform(_ value: RuntimeValue, field: Int, wholeValues: Bool, at position: Position) throws -> RuntimeValue {
        guard let type = declaration.properties[field].type else { return value }
        // The common case, a Double stored in a `Double` property, without the general walk.
        if case .double = value, isDouble[field] { return value }
        if !wholeValues {
            switch type {
            case .named, .optional(.named): break
            default: return value
            }
        }
        guard let converted = TypeAnnotation.conform(value, to: type, literal: true) else {
            throw LanguageError(
                message: "`\(fieldNames[field])` of `\(name)` is a `\(type)`, not \(value.typeName)", position: position)
        }
        return converted
    }

    /// Whether the property can only be set by an initializer.
    func isConstant(_ field: Int) -> Bool { declaration.properties[field].isConstant }

    /// Every member name an instance has, for "did you mean" suggestions.
    var memberNames: [String] { fieldNames + computed.keys.sorted() + methods.keys.sorted() }
}

extension StructType {
    /// What a variable holds while a `mutating` method of the value it held runs: the value is moved into the
    /// method's `self`, so it changes in place, and code that reads the variable meanwhile (which Swift's
    /// exclusivity rule stops) gets an error instead of a stale copy. Shared by every session, on any thread:
    /// nothing changes it after it is made.
    nonisolated(unsafe) static let inUse = StructType(StructDecl(
        name: "<value being changed>", position: Position(line: 1, column: 1), conformances: [], properties: [],
        methods: [], initializers: [], computed: [], staticProperties: [], staticMethods: []))

    /// The placeholder value `inUse` describes.
    nonisolated(unsafe) static let inUseValue = RuntimeValue.instance(StructInstance(type: inUse, fields: []))
}

extension RuntimeValue {
    /// The struct type of a struct value, read without retaining the value.
    var structType: StructType? {
        if case .instance(let instance) = self { return instance.type }
        return nil
    }
}

/// A compiled method of a struct: `self` lives in the slot after its parameters.
struct StructMethod {
    let function: CompiledFunction
    let isMutating: Bool
}

/// One value of a struct type. Values have Swift's value semantics: a copy shares the instance until one of them
/// changes, which copies it first (`modifyField`), as Swift's copy-on-write arrays do.
final class StructInstance {
    let type: StructType
    /// Changed only through `modifyField` and by the initializer, on the cell's one thread.
    @exclusivity(unchecked) var fields: [RuntimeValue]

    init(type: StructType, fields: [RuntimeValue]) {
        self.type = type
        self.fields = fields
    }

    /// Changes field `index` of the value in `instance`, copying the instance first unless this is its only
    /// reference, so no other copy of the value sees the change.
    static func modifyField(
        _ instance: inout StructInstance, _ index: Int, _ body: (inout RuntimeValue) throws -> Void
    ) rethrows {
        if !isKnownUniquelyReferenced(&instance) {
            instance = StructInstance(type: instance.type, fields: instance.fields)
        }
        try body(&instance.fields[index])
    }
}

extension StructType {
    /// Which of the initializers or methods declared with one name the call's labels fit: the first whose
    /// parameters take the arguments; when none does, the first one's error.
    static func choose(_ methods: [StructMethod], _ site: CallSite) throws -> Int {
        methods.count == 1 ? 0 : try choose(methods.map(\.function.declaration), site)
    }

    static func choose(_ functions: [CompiledFunction], _ site: CallSite) throws -> Int {
        functions.count == 1 ? 0 : try choose(functions.map(\.declaration), site)
    }

    static func choose(_ declarations: [FunctionDecl], _ site: CallSite) throws -> Int {
        var firstError: Error?
        for (i, declaration) in declarations.enumerated() {
            do {
                _ = try CallSite.plan(declaration, labels: site.labels, positions: site.positions, at: site.position)
                return i
            } catch {
                firstError = firstError ?? error
            }
        }
        throw firstError ?? LanguageError(message: "no declaration fits this call", position: site.position)
    }
}
