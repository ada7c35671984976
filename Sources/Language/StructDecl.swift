/// A stored property of a struct, `var x: Double` or `let name = "a"`, or a `static` one, which has a value.
struct StoredProperty {
    var name: String
    var isConstant: Bool
    var value: Expr?
    /// The declared type, which values stored in the property are converted to as Swift converts literals
    /// (`var x: Double` holds `1` as `1.0`).
    var type: TypeAnnotation?
    var position: Position
}

/// A method of a struct (`func` or `mutating func`).
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
    /// Functions named for the type, whose `self` is a variable.
    let initializers: [FunctionDecl]
    /// Getters: functions of no parameters named for their property.
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

    /// The names of the static properties and methods.
    var staticMemberNames: Set<String> { Set(staticProperties.map(\.name) + staticMethods.map(\.name)) }

    /// The names a member of an instance may be: stored and computed properties, and methods.
    var memberNames: Set<String> {
        Set(properties.map(\.name) + computed.map(\.name) + methods.map(\.function.name))
    }
}
