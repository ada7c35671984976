import Engine

/// A swift-nn value at run time. Arrays and tuples have value semantics, as in Swift.
enum RuntimeValue {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    case array([RuntimeValue])
    case tuple([RuntimeValue])
    indirect case range(RuntimeValue, RuntimeValue, closed: Bool)
    case function(FunctionValue)
    /// A scalar that records its computation for reverse-mode differentiation.
    case autodiff(Value)
    /// An n-d array of Doubles with numpy semantics; arithmetic on numeric arrays produces these.
    case tensor(Tensor)
    /// An engine object with methods, such as a `RandomState` or an `MLP`.
    case object(NativeObject)
    case void

    /// The name users see in type errors.
    var typeName: String {
        switch self {
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .array: "Array"
        case .tuple: "Tuple"
        case .range: "Range"
        case .function: "Function"
        case .autodiff: "Value"
        case .tensor: "Tensor"
        case .object(let o): o.typeName
        case .void: "Void"
        }
    }

    /// The number as a Double when this is a plain number (a 0-d tensor counts as one).
    var number: Double? {
        switch self {
        case .int(let i): Double(i)
        case .double(let d): d
        case .autodiff(let v): v.data
        case .tensor(let t) where t.rank == 0: t.data[0]
        default: nil
        }
    }

    /// True for a single number: Int, Double, autodiff Value or 0-d tensor.
    var isNumeric: Bool {
        switch self {
        case .int, .double, .autodiff: true
        case .tensor(let t): t.rank == 0
        default: false
        }
    }
}

/// A callable: a user `func`, a closure, a builtin, or a function made at run time (such as `grad(f)`).
final class FunctionValue {
    enum Body {
        case user(FunctionDecl, Scope)
        case native(([RuntimeValue], Interpreter, Position) throws -> RuntimeValue)
    }

    let name: String
    let body: Body
    /// How many positional arguments a native function takes, when fixed; used by `grad`.
    let arity: Int?

    init(name: String, body: Body, arity: Int? = nil) {
        self.name = name
        self.body = body
        self.arity = arity
    }

    /// The number of parameters, when it is known.
    var parameterCount: Int? {
        switch body {
        case .user(let decl, _): decl.parameters.count
        case .native: arity
        }
    }
}

/// A variable in a scope.
struct Binding {
    var value: RuntimeValue
    var isConstant: Bool
}

/// One lexical scope; closures keep theirs alive. Most scopes hold a handful of names, so they are searched
/// linearly (short strings compare faster than they hash); a scope that grows large, such as a lesson's
/// globals, adds a dictionary index.
final class Scope {
    // Scopes are touched by one cell's thread at a time; skipping the dynamic exclusivity checks on these
    // hot fields saves a tenth of a loop's time.
    @exclusivity(unchecked) private var names: [String] = []
    @exclusivity(unchecked) private var slots: [Binding] = []
    @exclusivity(unchecked) private var index: [String: Int]?
    let parent: Scope?

    init(parent: Scope?) {
        self.parent = parent
    }

    /// The binding of `name` in this scope itself (not its parents).
    subscript(local name: String) -> Binding? {
        get { position(of: name).map { slots[$0] } }
        set {
            guard let newValue else { return }
            if let i = position(of: name) {
                slots[i] = newValue
                return
            }
            names.append(name)
            slots.append(newValue)
            if index != nil {
                index![name] = names.count - 1
            } else if names.count > 12 {
                index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
            }
        }
    }

    /// Runs `body` on the value of `name` in this scope, in place: the variable keeps its value while `body` runs.
    func modify<T>(_ name: String, _ body: (inout RuntimeValue) throws -> T) rethrows -> T? {
        guard let i = position(of: name) else { return nil }
        return try body(&slots[i].value)
    }

    private func position(of name: String) -> Int? {
        if let index { return index[name] }
        return names.firstIndex(of: name)
    }

    func lookup(_ name: String) -> Binding? {
        var scope: Scope? = self
        while let current = scope {
            if let binding = current[local: name] { return binding }
            scope = current.parent
        }
        return nil
    }

    /// The scope that defines `name`, if any.
    func owner(of name: String) -> Scope? {
        var scope: Scope? = self
        while let current = scope {
            if current.position(of: name) != nil { return current }
            scope = current.parent
        }
        return nil
    }

    /// Every name visible from here, for "did you mean" suggestions.
    var visibleNames: [String] {
        var all: [String] = []
        var scope: Scope? = self
        while let current = scope {
            all += current.names
            scope = current.parent
        }
        return all
    }
}
