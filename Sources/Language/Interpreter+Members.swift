/// Properties and methods of arrays, strings, tuples, ranges and autodiff values.
extension Interpreter {

    func member(_ base: RuntimeValue, _ name: String, at position: Position) throws -> RuntimeValue {
        switch (base, name) {
        // Swift's `description` of its own types: what `print` and interpolation show.
        case (.int, "description"), (.double, "description"), (.bool, "description"), (.string, "description"),
             (.array, "description"), (.dictionary, "description"), (.range, "description"), (.tensor, "description"):
            return .string(Display.text(base))
        case (.array(let items), "count"): return .int(items.count)
        case (.array(let items), "isEmpty"): return .bool(items.isEmpty)
        case (.array(let items), "indices"): return .range(.int(0), .int(items.count), closed: false)
        case (.array(let items), "first"), (.array(let items), "last"):
            guard let item = name == "first" ? items.first : items.last else {
                throw LanguageError(message: "`\(name)` of an empty array", position: position)
            }
            return item
        case (.double(let d), "isNaN"): return .bool(d.isNaN)
        case (.double(let d), "isFinite"): return .bool(d.isFinite)
        case (.double(let d), "isInfinite"): return .bool(d.isInfinite)
        case (.int, "isNaN"), (.int, "isInfinite"): return .bool(false)
        case (.int, "isFinite"): return .bool(true)
        case (.string(let s), "count"): return .int(s.count)
        case (.string(let s), "isEmpty"): return .bool(s.isEmpty)
        case (.string(let s), "first"), (.string(let s), "last"):
            // A Character of Swift's is a one-character string here, as an element of `Array(s)` is.
            guard let character = name == "first" ? s.first : s.last else {
                throw LanguageError(message: "`\(name)` of an empty string", position: position)
            }
            return .string(String(character))
        case (.tuple(let items), _) where Int(name) != nil:
            return items[try index(.int(Int(name)!), count: items.count, at: position)]
        // The pairs a dictionary and `enumerated()` give are Swift's labelled tuples `(key:, value:)` and
        // `(offset:, element:)`; swift-nn's tuples have no labels, so any pair answers to these names.
        case (.tuple(let items), "key"), (.tuple(let items), "offset"), (.tuple(let items), "value"),
             (.tuple(let items), "element"):
            guard items.count == 2 else {
                throw LanguageError(message: "`.\(name)` names a member of a pair, not of a tuple of \(items.count)",
                                    position: position, length: name.count)
            }
            return items[name == "key" || name == "offset" ? 0 : 1]
        case (.dictionary(let d), "count"): return .int(d.count)
        case (.dictionary(let d), "isEmpty"): return .bool(d.count == 0)
        case (.dictionary(let d), "keys"): return .array(d.keys.map(\.value))
        case (.dictionary(let d), "values"): return .array(d.values)
        case (.optional, _):
            throw LanguageError(
                message: "an optional must be unwrapped before its `.\(name)` is read (`if let`, `??` or `!`)",
                position: position, length: name.count)
        case (.range(let lo, _, _), "lowerBound"): return lo
        case (.range(_, let hi, _), "upperBound"): return hi
        case (.range(.int(let lo), .int(let hi), let closed), "count"):
            guard let count = TensorConversion.count(lo, hi, closed: closed) else {
                throw LanguageError(message: "the range \(Display.repr(base)) has more elements than an Int can count",
                                    position: position)
            }
            return .int(count)
        case (.range, "count"):
            return .int(try elements(of: base, at: position).count)
        case (.tensor(let t), _):
            if let value = try tensorProperty(t, name, at: position) { return value }
            if ["first", "last", "isEmpty"].contains(name), t.rank > 0 {
                return try member(.array(try TensorOperators.engine(position) { try TensorConversion.elements(t) }), name, at: position)
            }
            throw LanguageError(
                message: "Tensor has no property `\(name)`", position: position, length: name.count,
                suggestion: Suggestion.nearest(to: name, in: Interpreter.memberNames(of: base)))
        case (.autodiff(let v), "data"): return .double(v.data)
        case (.autodiff(let v), "grad"): return .double(v.grad)
        case (.instance(let instance), _):
            return try structMember(instance, name, at: position)
        case (.object(let o), _):
            if let value = try o.property(name, at: position) { return value }
            throw LanguageError(
                message: "\(o.typeName) has no property `\(name)`", position: position, length: name.count,
                suggestion: Suggestion.nearest(to: name, in: Interpreter.memberNames(of: base)))
        case (.tuple(let items), _):
            throw LanguageError(
                message: "swift-nn's tuples have no labels, so `.\(name)` names nothing; take a member by its place, "
                    + "`.0` to `.\(max(items.count - 1, 0))`, or take the tuple apart with `let (a, b) = …`",
                position: position, length: name.count)
        default:
            throw LanguageError(
                message: "\(base.typeName) has no member `\(name)`", position: position, length: name.count,
                suggestion: Suggestion.nearest(to: name, in: Interpreter.memberNames(of: base)))
        }
    }

    /// Calls a method from the registry (`Builtins.methods`), an engine object's too. A range's, a string's and a
    /// tensor's methods that are not their own are the array methods on their elements or rows.
    func callMethod(on base: RuntimeValue, _ name: String, _ args: [CallArgument], at position: Position) throws
        -> RuntimeValue
    {
        if let method = Builtins.methods[base.methodType]?[name] {
            return try method.call(args, self, position, receiver: base)
        }
        if Interpreter.hasElementMethods(base), let method = Builtins.methods["Array"]?[name] {
            return try method.call(args, self, position, receiver: .array(try elements(of: base, at: position)))
        }
        throw LanguageError(
            message: "\(base.typeName) has no method `\(name)`", position: position, length: name.count,
            suggestion: Suggestion.nearest(to: name, in: Interpreter.memberNames(of: base)))
    }

    /// Ranges, dictionaries (their `(key, value)` pairs), strings (their characters, each a string of one) and
    /// tensors of rank one or more, whose elements take the array methods a type does not have itself.
    private static func hasElementMethods(_ value: RuntimeValue) -> Bool {
        switch value {
        case .range, .dictionary, .string: true
        case .tensor(let t): t.rank > 0
        default: false
        }
    }

    /// A method that changes its receiver, which `receiver` holds: its storage is moved into a `MutableReceiver`
    /// for the call, so the method changes it in place.
    func mutate(_ receiver: inout RuntimeValue, _ site: MethodSite, _ values: [RuntimeValue]) throws -> RuntimeValue {
        guard let (method, binding) = try site.method(for: receiver, mutating: true) else {
            if case .tensor = receiver {
                throw LanguageError(
                    message: "a tensor has a fixed shape, so it has no `\(site.name)`; build an array, then use it in arithmetic",
                    position: site.position)
            }
            throw LanguageError(message: "\(receiver.typeName) has no method `\(site.name)`", position: site.position)
        }
        let target = MutableReceiver(receiver)
        receiver = .void
        defer { receiver = target.value }
        return try method.call(values, binding, positions: site.positions, self, site.position, target: target)
    }

    /// The properties of the built-in value types, by type name, as `member` answers them.
    static let valueProperties: [String: [String]] = [
        "Array": ["count", "isEmpty", "first", "last", "indices", "description"],
        "String": ["count", "isEmpty", "first", "last", "description"],
        "Dictionary": ["count", "isEmpty", "keys", "values", "description"],
        "Range": ["lowerBound", "upperBound", "count", "description"],
        "Double": ["isNaN", "isFinite", "isInfinite", "description"],
        "Int": ["description"],
        "Bool": ["description"],
        "Value": ["data", "grad"],
        "Tensor": ["T", "shape", "count", "rank", "grad", "first", "last", "isEmpty", "description"],
    ]

    /// Properties and methods of a value, for "did you mean" suggestions: properties first, then the methods of
    /// the registry (and, for ranges and tensors, the array methods on their elements).
    static func memberNames(of value: RuntimeValue) -> [String] {
        let properties: [String] = switch value {
        case .object(let o): type(of: o).propertyNames
        default: valueProperties[value.typeName] ?? []
        }
        var methods = Set((Builtins.methods[value.methodType] ?? [:]).keys)
        if hasElementMethods(value) { methods.formUnion((Builtins.methods["Array"] ?? [:]).keys) }
        return properties + methods.sorted()
    }
}
