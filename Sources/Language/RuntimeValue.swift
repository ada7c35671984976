import Engine

/// A swift-nn value at run time. Arrays and tuples have value semantics, as in Swift.
enum RuntimeValue {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    case array([RuntimeValue])
    case tuple([RuntimeValue])
    /// `["a": 1.0]`: entries in insertion order (see `DictionaryValue`, one reference to its storage).
    case dictionary(DictionaryValue)
    /// What a dictionary subscript returns: `nil`, or a value that `if let`, `??` or `!` unwraps.
    indirect case optional(RuntimeValue?)
    indirect case range(RuntimeValue, RuntimeValue, closed: Bool)
    case function(FunctionValue)
    /// A scalar that records its computation for reverse-mode differentiation.
    case autodiff(Value)
    /// An n-d array of Doubles with numpy semantics; arithmetic on numeric arrays produces these.
    case tensor(Tensor)
    /// An engine object with methods, such as a `RandomState` or an `MLP`.
    case object(NativeObject)
    /// A value of a lesson's `struct`.
    case instance(StructInstance)
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
        case .dictionary: "Dictionary"
        case .optional: "Optional"
        case .range: "Range"
        case .function: "Function"
        case .autodiff: "Value"
        case .tensor: "Tensor"
        case .object(let o): o.typeName
        case .instance(let o): o.type.name
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

    /// True for a function value, read without copying its payload.
    var isFunction: Bool {
        if case .function = self { return true }
        return false
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
        /// A compiled `func` or closure with the frame it captured.
        case user(CompiledFunction, Frame)
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
        case .user(let function, _): function.parameters.count
        case .native: arity
        }
    }
}

