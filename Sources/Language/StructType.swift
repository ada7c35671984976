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

    init(_ declaration: StructDecl) {
        self.declaration = declaration
        fieldNames = declaration.properties.map(\.name)
        fieldIndex = Dictionary(fieldNames.enumerated().map { ($1, $0) }) { first, _ in first }
        initializerDeclarations = declaration.initializers.isEmpty
            ? [StructType.memberwiseInitializer(declaration)] : declaration.initializers
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

    /// Whether the property can only be set by an initializer.
    func isConstant(_ field: Int) -> Bool { declaration.properties[field].isConstant }

    /// Every member name an instance has, for "did you mean" suggestions.
    var memberNames: [String] { fieldNames + computed.keys.sorted() + methods.keys.sorted() }
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
    var fields: [RuntimeValue]

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
