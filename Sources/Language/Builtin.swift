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

/// A function or method built into swift-nn: its signature and one-line doc live beside its implementation, and
/// the same tables (`Builtins.table`, `Builtins.methods`) feed calls, "did you mean" suggestions, the
/// highlighter and documentation. A method is a builtin with a receiver type; its body finds the receiver in
/// `Arguments.receiver`.
/// A class, so that a call's `Arguments` and a method site's cache hold one reference, not a copy of every field.
/// Unchecked Sendable: builtins are immutable once registered, their closures capture nothing mutable, and
/// their default values are plain numbers, strings and Bools.
final class Builtin: @unchecked Sendable {
    let name: String
    /// The type whose method this is (`Array`, `Tensor`, …), or nil for a free function.
    let receiver: String?
    let parameters: [BuiltinParameter]
    /// True for a method that changes its receiver, which must then be a variable.
    let isMutating: Bool
    /// When true, all leading unlabeled arguments are collected into `Arguments.rest`, before the parameters.
    let variadic: Bool
    /// When true, the unlabeled arguments after the parameters are collected into `Arguments.rest`, as in
    /// `String(format: "%d", n)`.
    let trailingVariadic: Bool
    let doc: String
    let body: (Arguments, Interpreter, Position) throws -> RuntimeValue
    /// What the builtin gives for one number, when that is a plain function of it (`sqrt`, `exp`, `Double`): a
    /// call with one unlabeled argument holding a Double computes it in place (see `ScalarCall`). The body must
    /// give the same for that argument.
    let scalar: ScalarForm?

    init(
        _ name: String, on receiver: String? = nil, mutating: Bool = false, _ parameters: [BuiltinParameter] = [],
        variadic: Bool = false, trailingVariadic: Bool = false, doc: String, scalar: ScalarForm? = nil,
        body: @escaping (Arguments, Interpreter, Position) throws -> RuntimeValue
    ) {
        self.name = name
        self.receiver = receiver
        isMutating = mutating
        self.parameters = parameters
        self.variadic = variadic
        self.trailingVariadic = trailingVariadic
        self.doc = doc
        self.scalar = scalar
        self.body = body
    }

    /// Runs the builtin on arguments bound by `bind`; an engine error its body lets through is reported at the call.
    func call(
        _ values: [RuntimeValue], _ binding: BuiltinBinding, positions: [Position], _ interpreter: Interpreter,
        _ position: Position, receiver: RuntimeValue = .void, target: MutableReceiver? = nil
    ) throws -> RuntimeValue {
        let args = Arguments(
            builtin: self, receiver: receiver, target: target, binding: binding, values: values, positions: positions,
            position: position)
        let result = try TensorOperators.engine(position) { try body(args, interpreter, position) }
        try interpreter.checkClock(position)
        return result
    }

    /// Binds and runs a call whose labels are known only at run time (a method, or the builtin as a value).
    func call(
        _ args: [CallArgument], _ interpreter: Interpreter, _ position: Position, receiver: RuntimeValue = .void,
        target: MutableReceiver? = nil
    ) throws -> RuntimeValue {
        let positions = args.map(\.position)
        let binding = try bind(labels: args.map(\.label), positions: positions, at: position)
        return try call(
            args.map(\.value), binding, positions: positions, interpreter, position, receiver: receiver, target: target)
    }

    /// The builtin as a first-class function value (`xs.map(sqrt)`, `grad(sin)`), called positionally.
    func asValue() -> RuntimeValue {
        let required = parameters.filter { $0.defaultValue == nil }.count
        return .function(FunctionValue(name: name, body: .native { [self] values, interpreter, position in
            let positions = Array(repeating: position, count: values.count)
            let binding = try bind(labels: Array(repeating: nil, count: values.count), positions: positions, at: position)
            return try call(values, binding, positions: positions, interpreter, position)
        }, arity: variadic ? nil : required))
    }

    /// Matches a call's labels to the parameters in declared order, as Swift does; the compiler does this once per
    /// call site, so a call only collects its argument values.
    func bind(labels: [String?], positions: [Position], at position: Position) throws -> BuiltinBinding {
        var next = 0
        while variadic, next < labels.count, labels[next] == nil { next += 1 }
        var binding = BuiltinBinding(restCount: next, sources: [])
        for (i, parameter) in parameters.enumerated() {
            // A trailing closure is unlabeled, and may give the last parameter whatever its label, as in Swift.
            let trailing = !trailingVariadic && i == parameters.count - 1 && next == labels.count - 1 && labels[next] == nil
            if next < labels.count, labels[next] == parameter.label || trailing {
                binding.sources.append(next)
                next += 1
            } else if parameter.defaultValue != nil {
                binding.sources.append(nil)
            } else {
                let expected = parameter.label.map { "`\($0):`" } ?? "`\(parameter.name)`"
                if next < labels.count {
                    if let order = outOfOrder(labels) { throw LanguageError(message: order, position: positions[next]) }
                    let found = labels[next].map { "label `\($0):`" } ?? "an unlabeled argument"
                    throw LanguageError(
                        message: "`\(name)` expects \(expected) here, found \(found); usage: \(usage)", position: positions[next])
                }
                throw LanguageError(message: "missing argument \(expected) in call to `\(name)`; usage: \(usage)",
                                    position: position)
            }
        }
        if trailingVariadic {
            binding.restStart = next
            while next < labels.count, labels[next] == nil { next += 1 }
            binding.restCount = next - binding.restStart
        }
        if next < labels.count {
            if let order = outOfOrder(labels) { throw LanguageError(message: order, position: positions[next]) }
            let what = labels[next].map { "argument label `\($0):`" } ?? "argument"
            throw LanguageError(message: "unexpected \(what) in call to `\(name)`; usage: \(usage)", position: positions[next])
        }
        return binding
    }

    /// The message for labels that are all the builtin's but in another order than declared.
    private func outOfOrder(_ labels: [String?]) -> String? {
        LabelOrder.violation(labels, declared: parameters.map(\.label), callee: name, usage: usage)
    }

    /// How a call looks, for error messages and documentation: `linspace(_ start, _ stop, [_ count])`, or for a
    /// method `Array.map(_ transform)`.
    var usage: String {
        let parts = parameters.map { p -> String in
            let head = p.label.map { "\($0):" } ?? "_ \(p.name)"
            return p.defaultValue == nil ? head : "[\(head)]"
        }
        let all = (variadic ? ["_ items…"] : []) + parts + (trailingVariadic ? ["_ arguments…"] : [])
        return "\(receiver.map { "\($0)." } ?? "")\(name)(\(all.joined(separator: ", ")))"
    }
}

/// A builtin's plain function of one number (see `Builtin.scalar`).
struct ScalarForm {
    let function: (Double) -> Double
    /// Whether an Int argument converts to a Double first; `abs` keeps Ints, so it does not.
    let takesInts: Bool
}

/// How one call site's arguments map onto a builtin's parameters.
struct BuiltinBinding {
    /// How many unlabeled arguments a variadic builtin collects into `Arguments.rest`.
    var restCount: Int
    /// Where they start: 0 for leading ones, after the parameters' arguments for trailing ones.
    var restStart = 0
    /// For each parameter, the index of the argument that gives it, or nil for its default.
    var sources: [Int?]
}

/// The arguments of one builtin call, read by parameter name, with typed accessors that report misuse precisely.
/// It holds the call's argument values as written and the call site's binding, so making it allocates nothing.
struct Arguments {
    let builtin: Builtin
    /// The value a method was called on; `.void` for a free function.
    let receiver: RuntimeValue
    /// The receiver's storage, for a mutating method.
    let target: MutableReceiver?
    let binding: BuiltinBinding
    let values: [RuntimeValue]
    let positions: [Position]
    let position: Position

    var name: String { builtin.name }

    /// The unlabeled arguments a variadic builtin collects.
    var rest: [RuntimeValue] { Array(values[binding.restStart..<(binding.restStart + binding.restCount)]) }

    /// Where the `k`th of `rest` was written.
    func restPosition(_ k: Int) -> Position {
        positions[binding.restStart + k]
    }

    subscript(_ parameter: String) -> RuntimeValue {
        guard let i = builtin.parameters.firstIndex(where: { $0.name == parameter }) else { return .void }
        if let source = binding.sources[i] { return values[source] }
        return builtin.parameters[i].defaultValue ?? .void
    }

    /// Where the argument for `parameter` was written, or the call's position when it was not.
    func position(of parameter: String) -> Position {
        guard let i = builtin.parameters.firstIndex(where: { $0.name == parameter }), let source = binding.sources[i] else {
            return position
        }
        return positions[source]
    }

    func has(_ parameter: String) -> Bool {
        if case .void = self[parameter] { return false }
        return true
    }

    func error(_ parameter: String, _ message: String) -> LanguageError {
        LanguageError(message: message, position: position(of: parameter))
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
