/// A stored property of a struct, `var x: Double` or `let name = "a"`, or a `static` one, which has a value.
struct StoredProperty {
    var name: String
    var isConstant: Bool
    var value: Expr?
    var position: Position
}

/// A method of a struct. An `init` is a mutating method named `init`; a computed property is a method of no
/// parameters named for the property.
struct MethodDecl {
    var function: FunctionDecl
    var isMutating: Bool
}

/// `struct Name: Equatable { … }`: its stored properties in order (the memberwise `init`'s parameters), its
/// methods, initializers and computed properties, and its `static` members. Parsed from a cell's top level only,
/// where its methods see the cell's globals.
final class StructDecl {
    let name: String
    let position: Position
    let conformances: [String]
    let properties: [StoredProperty]
    let methods: [MethodDecl]
    let initializers: [FunctionDecl]
    let computed: [FunctionDecl]
    let staticProperties: [StoredProperty]
    let staticMethods: [FunctionDecl]

    init(
        name: String, position: Position, conformances: [String], properties: [StoredProperty], methods: [MethodDecl],
        initializers: [FunctionDecl], computed: [FunctionDecl], staticProperties: [StoredProperty],
        staticMethods: [FunctionDecl]
    ) {
        self.name = name
        self.position = position
        self.conformances = conformances
        self.properties = properties
        self.methods = methods
        self.initializers = initializers
        self.computed = computed
        self.staticProperties = staticProperties
        self.staticMethods = staticMethods
    }

    /// Every function the declaration holds, for the tree walks.
    var functions: [FunctionDecl] {
        methods.map(\.function) + initializers + computed + staticMethods
    }

    /// Whether `==` compares its values: Swift synthesizes it for `Equatable` and `Hashable`.
    var isEquatable: Bool { conformances.contains("Equatable") || conformances.contains("Hashable") }

    /// The names a member of an instance may be: stored and computed properties, and methods.
    var memberNames: Set<String> {
        Set(properties.map(\.name) + computed.map(\.name) + methods.map(\.function.name))
    }
}
