extension Parser {
    /// `struct Name: Equatable { members }`, at a cell's top level. Members are stored properties (`var x:
    /// Double`, `let n = 3`), computed properties (`var norm: Double { … }`, or `{ get { … } }`), methods
    /// (`func`, `mutating func`), initializers (`init(…) { … }`) and `static` properties and methods.
    mutating func structDeclaration() throws -> StructDecl {
        advance()
        let name = try identifier("after `struct`")
        if check("<") {
            throw LanguageError(
                message: "generic structs are not supported in swift-nn: swift-nn is dynamically typed, so a struct's "
                    + "properties may hold any value", position: current.position, length: 1)
        }
        var conformances: [String] = []
        if match(":") {
            repeat { conformances.append(try typeAnnotation().description) } while match(",")
        }
        let open = try expect("{", "to start the body of `\(name.text)`")
        var members = StructMembers(typeName: name.text)
        while !check("}") {
            if current.kind == .end {
                throw LanguageError(message: "this `{` is never closed; expected a matching `}`", position: open.position)
            }
            if match(";") { continue }
            try structMember(into: &members)
            try endOfStatement()
        }
        advance()
        return StructDecl(
            name: name.text, position: name.position, conformances: conformances, properties: members.properties,
            methods: members.methods, initializers: members.initializers, computed: members.computed,
            staticProperties: members.staticProperties, staticMethods: members.staticMethods)
    }

    /// The modifiers a member may start with that swift-nn has no use for: access control, `final`, `lazy`.
    private static let ignoredModifiers: Set<String> = ["private", "fileprivate", "internal", "public", "final", "lazy"]

    private mutating func structMember(into members: inout StructMembers) throws {
        var isStatic = false
        var mutating: Token?
        while current.kind == .identifier {
            // `private(set) var`: access control, which swift-nn has no use for.
            if Parser.ignoredModifiers.contains(current.text), peek(1).text == "(", peek(2).text == "set",
               peek(3).text == ")" {
                for _ in 0..<4 { advance() }
                continue
            }
            guard peek(1).kind == .keyword || peek(1).kind == .identifier else { break }
            switch current.text {
            case "static": isStatic = true
            case "mutating": mutating = current
            case let modifier where Parser.ignoredModifiers.contains(modifier): break
            default: throw unexpected("expected a property, a method or an `init` in the body of `\(members.typeName)`")
            }
            advance()
        }
        if let mutating, isStatic || !check("func") {
            throw LanguageError(
                message: "`mutating` marks a method (`mutating func`) that changes the value", position: mutating.position,
                length: 8)
        }
        if check("let") || check("var") {
            return try properties(into: &members, isStatic: isStatic)
        }
        if check("func") {
            let function = try functionDeclaration()
            try members.claim(function.name, at: function.position, isMethod: true)
            if isStatic {
                members.staticMethods.append(function)
            } else {
                members.methods.append(MethodDecl(function: function, isMutating: mutating != nil))
            }
            return
        }
        if current.kind == .identifier, current.text == "init", !isStatic {
            return members.initializers.append(try initializer(of: members.typeName))
        }
        if current.kind == .keyword, ["struct", "class", "enum", "protocol", "extension"].contains(current.text) {
            throw LanguageError(
                message: "a type inside a struct is not supported in swift-nn: declare it at the top level of the cell",
                position: current.position, length: current.text.count)
        }
        throw unexpected("expected a property, a method or an `init` in the body of `\(members.typeName)`")
    }

    /// `var x: Double`, `let a = 1, b = 2`, `var norm: Double { … }`.
    private mutating func properties(into members: inout StructMembers, isStatic: Bool) throws {
        let keyword = advance()
        repeat {
            let name = try identifier("for a property")
            if name.text == "self" || name.text == "Self" {
                throw LanguageError(
                    message: "`\(name.text)` cannot name a property: it is the value itself", position: name.position,
                    length: name.text.count)
            }
            var type: TypeAnnotation?
            if match(":") { type = try typeAnnotation() }
            if check("{") {
                guard keyword.text == "var", !isStatic, type != nil else {
                    throw unexpected(
                        "a computed property is an instance `var` with a type, `var name: Type { … }`")
                }
                try members.claim(name.text, at: name.position, isMethod: false)
                members.computed.append(FunctionDecl(
                    name: name.text, parameters: [], body: try computedBody(name.text), position: name.position))
                return
            }
            var value: Expr?
            if match("=") { value = try expression() }
            if let type, let given = value { value = .annotated(given, type, name.position) }
            // Swift's optional `var` starts as nil.
            if value == nil, keyword.text == "var", case .optional? = type { value = .nilLiteral(name.position) }
            try members.claim(name.text, at: name.position, isMethod: false)
            let property = StoredProperty(
                name: name.text, isConstant: keyword.text == "let", value: value, type: type, position: name.position)
            if isStatic {
                guard value != nil else { throw unexpected("expected `=` and the value of the static property `\(name.text)`") }
                members.staticProperties.append(property)
            } else {
                members.properties.append(property)
            }
        } while match(",")
    }

    /// The body of a computed property: its statements, or a `get { … }` block around them.
    private mutating func computedBody(_ name: String) throws -> [Stmt] {
        let open = advance()
        guard current.kind == .identifier, ["get", "set", "willSet", "didSet"].contains(current.text),
              peek(1).text == "{" || peek(1).text == "("
        else { return try insideFunction { try $0.statementsUntilBrace(opened: open) } }
        guard current.text == "get" else {
            throw LanguageError(
                message: "`\(current.text)` is not supported in swift-nn: a computed property only has a getter; "
                    + "change stored properties in a `mutating func`", position: current.position, length: current.text.count)
        }
        advance()
        let body = try functionBody("for the getter of `\(name)`")
        if current.kind == .identifier, current.text == "set" {
            throw LanguageError(
                message: "`set` is not supported in swift-nn: a computed property only has a getter; change stored "
                    + "properties in a `mutating func`", position: current.position, length: 3)
        }
        try expect("}", "to close the computed property `\(name)`")
        return body
    }

    /// `init(x: Double, y: Double) { … }`: a function named for the type, whose body sets `self`'s properties.
    private mutating func initializer(of typeName: String) throws -> FunctionDecl {
        let keyword = advance()
        if check("?") || check("!") {
            throw LanguageError(
                message: "a failable `init?` is not supported in swift-nn: write a `static func` that returns an optional",
                position: current.position, length: 1)
        }
        try expect("(", "to start the parameter list of `init`")
        var parameters: [Parameter] = []
        if !check(")") {
            repeat { parameters.append(try parameter()) } while match(",")
        }
        try expect(")", "to close the parameter list of `init`")
        let body = try functionBody("for the body of `init`")
        return FunctionDecl(name: typeName, parameters: parameters, body: body, position: keyword.position)
    }
}

/// The members of a struct as its body is parsed, with the names taken so far.
private struct StructMembers {
    let typeName: String
    var properties: [StoredProperty] = []
    var methods: [MethodDecl] = []
    var initializers: [FunctionDecl] = []
    var computed: [FunctionDecl] = []
    var staticProperties: [StoredProperty] = []
    var staticMethods: [FunctionDecl] = []
    /// Property names, and method names with whether they are methods: methods may share a name (overloads with
    /// other labels), nothing else may.
    private var taken: [String: Bool] = [:]

    init(typeName: String) {
        self.typeName = typeName
    }

    mutating func claim(_ name: String, at position: Position, isMethod: Bool) throws {
        if let wasMethod = taken[name], !(wasMethod && isMethod) {
            throw LanguageError(
                message: "`\(name)` is already declared in `\(typeName)`", position: position, length: name.count)
        }
        taken[name] = isMethod
    }
}
