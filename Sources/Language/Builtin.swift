import Engine

/// A parameter of a builtin: the label callers write (nil for none), and a default when it is optional.
struct BuiltinParameter {
    var label: String?
    var name: String
    var defaultValue: RuntimeValue?

    /// An unlabeled, required parameter.
    static func positional(_ name: String) -> BuiltinParameter { BuiltinParameter(label: nil, name: name) }
    /// A labeled parameter, optional when it has a default.
    static func labeled(_ label: String, _ defaultValue: RuntimeValue? = nil) -> BuiltinParameter {
        BuiltinParameter(label: label, name: label, defaultValue: defaultValue)
    }
}

/// A function built into swift-nn: its signature and one-line doc live beside its implementation, and the same
/// table feeds calls, "did you mean" suggestions and the highlighter.
/// Unchecked Sendable: builtins are immutable once registered, their closures capture nothing mutable, and
/// their default values are plain numbers, strings and Bools.
struct Builtin: @unchecked Sendable {
    let name: String
    let parameters: [BuiltinParameter]
    /// When true, all leading unlabeled arguments are collected into `Arguments.rest`, before the parameters.
    let variadic: Bool
    let doc: String
    let body: (Arguments, Interpreter, Position) throws -> RuntimeValue

    init(
        _ name: String, _ parameters: [BuiltinParameter] = [], variadic: Bool = false, doc: String,
        body: @escaping (Arguments, Interpreter, Position) throws -> RuntimeValue
    ) {
        self.name = name
        self.parameters = parameters
        self.variadic = variadic
        self.doc = doc
        self.body = body
    }

    /// Runs the builtin; an engine error its body lets through is reported at the call.
    func call(_ args: [CallArgument], _ interpreter: Interpreter, _ position: Position) throws -> RuntimeValue {
        let bound = try bind(args, at: position)
        let result = try TensorOperators.engine(position) { try body(bound, interpreter, position) }
        try interpreter.checkClock(position)
        return result
    }

    /// The builtin as a first-class function value (`xs.map(sqrt)`, `grad(sin)`), called positionally.
    func asValue(_ interpreter: Interpreter) -> RuntimeValue {
        let required = parameters.filter { $0.defaultValue == nil }.count
        return .function(FunctionValue(name: name, body: .native { values, interpreter, position in
            try call(values.map { CallArgument(label: nil, value: $0, position: position) }, interpreter, position)
        }, arity: variadic ? nil : required))
    }

    private func bind(_ args: [CallArgument], at position: Position) throws -> Arguments {
        var bound = Arguments(name: name, position: position)
        var remaining = args[...]
        while variadic, let arg = remaining.first, arg.label == nil {
            bound.rest.append(arg.value)
            remaining = remaining.dropFirst()
        }
        for parameter in parameters {
            if let arg = remaining.first, arg.label == parameter.label {
                bound.values[parameter.name] = arg.value
                bound.positions[parameter.name] = arg.position
                remaining = remaining.dropFirst()
            } else if let defaultValue = parameter.defaultValue {
                bound.values[parameter.name] = defaultValue
            } else {
                let expected = parameter.label.map { "`\($0):`" } ?? "`\(parameter.name)`"
                if let arg = remaining.first {
                    let found = arg.label.map { "label `\($0):`" } ?? "an unlabeled argument"
                    throw LanguageError(
                        message: "`\(name)` expects \(expected) here, found \(found); usage: \(usage)", position: arg.position)
                }
                throw LanguageError(message: "missing argument \(expected) in call to `\(name)`; usage: \(usage)",
                                    position: position)
            }
        }
        if let extra = remaining.first {
            let what = extra.label.map { "argument label `\($0):`" } ?? "argument"
            throw LanguageError(message: "unexpected \(what) in call to `\(name)`; usage: \(usage)", position: extra.position)
        }
        return bound
    }

    /// How a call looks, for error messages and documentation: `linspace(_ start, _ end, _ count)`.
    var usage: String {
        let parts = parameters.map { p -> String in
            let head = p.label.map { "\($0):" } ?? "_ \(p.name)"
            return p.defaultValue == nil ? head : "[\(head)]"
        }
        let all = (variadic ? ["_ items…"] : []) + parts
        return "\(name)(\(all.joined(separator: ", ")))"
    }
}

/// The arguments of one builtin call, by parameter name, with typed accessors that report misuse precisely.
struct Arguments {
    let name: String
    let position: Position
    var values: [String: RuntimeValue] = [:]
    var positions: [String: Position] = [:]
    var rest: [RuntimeValue] = []

    init(name: String, position: Position) {
        self.name = name
        self.position = position
    }

    subscript(_ parameter: String) -> RuntimeValue { values[parameter] ?? .void }

    func has(_ parameter: String) -> Bool {
        if case .void = self[parameter] { return false }
        return true
    }

    func error(_ parameter: String, _ message: String) -> LanguageError {
        LanguageError(message: message, position: positions[parameter] ?? position)
    }

    func double(_ parameter: String) throws -> Double {
        let value = self[parameter]
        guard value.isNumeric, let d = value.number else {
            throw error(parameter, "`\(name)` needs a number for `\(parameter)`, not \(value.typeName)")
        }
        return d
    }

    func int(_ parameter: String) throws -> Int {
        switch self[parameter] {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 9e15: return Int(d)
        case let value: throw error(parameter, "`\(name)` needs an Int for `\(parameter)`, not \(value.typeName)")
        }
    }

    func string(_ parameter: String) throws -> String {
        guard case .string(let s) = self[parameter] else {
            throw error(parameter, "`\(name)` needs a String for `\(parameter)`, not \(self[parameter].typeName)")
        }
        return s
    }

    func bool(_ parameter: String) throws -> Bool {
        guard case .bool(let b) = self[parameter] else {
            throw error(parameter, "`\(name)` needs a Bool for `\(parameter)`, not \(self[parameter].typeName)")
        }
        return b
    }

    func function(_ parameter: String) throws -> FunctionValue {
        guard case .function(let f) = self[parameter] else {
            throw error(parameter, "`\(name)` needs a function for `\(parameter)`, not \(self[parameter].typeName)")
        }
        return f
    }

    /// A flat list of numbers from a 1-d array, tensor or range of Ints.
    func doubles(_ parameter: String) throws -> [Double] {
        guard let numbers = TensorConversion.numbers(self[parameter]) else {
            throw error(parameter, "`\(name)` needs a 1-d array of numbers for `\(parameter)`, not \(describe(self[parameter]))")
        }
        return numbers
    }

    /// A tensor from a tensor, a number or a (nested) numeric array.
    func tensor(_ parameter: String) throws -> Tensor {
        guard let tensor = TensorConversion.tensor(self[parameter]) else {
            throw error(parameter, "`\(name)` needs numbers or an array of numbers for `\(parameter)`, not \(describe(self[parameter]))")
        }
        return tensor
    }

    private func describe(_ value: RuntimeValue) -> String {
        if case .tensor(let t) = value { return "a tensor of shape \(Display.repr(.tuple(t.shape.map(RuntimeValue.int))))" }
        if case .array = value {
            guard Nesting.fitsInTensor(value) else { return "an array of more than \(Tensor.maximumCount) numbers" }
            return "an array that is not numeric and rectangular"
        }
        if case .range(.int, .int, _) = value { return "a range of more than \(Tensor.maximumCount) Ints" }
        return value.typeName
    }
}
