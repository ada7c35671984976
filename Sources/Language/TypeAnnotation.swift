import Engine

/// A type as written after `:` in a declaration (`Double`, `[String: Double]`, `Int?`, `(Int, Double)`,
/// `(Double) -> Double`). swift-nn is dynamically typed; an annotation is checked against the value it
/// annotates, with the conversions Swift makes for literals: an Int literal may be a Double (and so an array of
/// them a `[Double]`), an array literal of numbers a `Tensor`, and any value an Optional of its type.
indirect enum TypeAnnotation: Equatable, CustomStringConvertible {
    /// A named type. Names swift-nn does not know (`Float` aside, which is a Double here) are not checked.
    case named(String)
    case array(TypeAnnotation)
    case dictionary(TypeAnnotation, TypeAnnotation)
    case optional(TypeAnnotation)
    case tuple([TypeAnnotation])
    case function

    var description: String {
        switch self {
        case .named(let name): name
        case .array(let element): "[\(element)]"
        case .dictionary(let key, let value): "[\(key): \(value)]"
        case .optional(let wrapped): "\(wrapped)?"
        case .tuple(let items): "(\(items.map(\.description).joined(separator: ", ")))"
        case .function: "function"
        }
    }

    /// The value as this type: itself, or converted as a literal would be (`literal`: the value was written as a
    /// literal, so an Int may become a Double); nil when it does not conform.
    static func conform(_ value: RuntimeValue, to type: TypeAnnotation, literal: Bool) -> RuntimeValue? {
        switch (type, value) {
        case (.optional, .optional(nil)):
            return value
        case (.optional(let wrapped), .optional(let inner?)):
            return conform(inner, to: wrapped, literal: literal).map { .optional($0) }
        case (.optional(let wrapped), _):
            return conform(value, to: wrapped, literal: literal).map { .optional($0) }
        case (_, .optional):
            return nil
        case (.named(let name), _):
            return conformNamed(value, name, literal: literal)
        case (.array(let element), .array(let items)):
            var converted: [RuntimeValue] = []
            converted.reserveCapacity(items.count)
            for item in items {
                guard let c = conform(item, to: element, literal: literal) else { return nil }
                converted.append(c)
            }
            return .array(converted)
        case (.array(let element), .tensor(let t)):
            // A tensor stands for an array of numbers: `let xs: [Double] = linspace(0, 1, 5)`.
            return t.rank > 0 && isNumbers(element, depth: t.rank) ? value : nil
        case (.dictionary(let key, let valueType), .dictionary(let d)):
            if literal { return d.annotated(key: key, value: valueType).map(RuntimeValue.dictionary) }
            guard d.keyType == nil || d.keyType == key.description else { return nil }
            for v in d.values where conform(v, to: valueType, literal: false) == nil { return nil }
            return value
        case (.tuple(let types), .tuple(let items)) where types.count == items.count:
            var converted: [RuntimeValue] = []
            for (type, item) in zip(types, items) {
                guard let c = conform(item, to: type, literal: literal) else { return nil }
                converted.append(c)
            }
            return .tuple(converted)
        case (.tuple(let types), .void) where types.isEmpty:
            return value
        case (.function, .function):
            return value
        default:
            return nil
        }
    }

    private static func conformNamed(_ value: RuntimeValue, _ name: String, literal: Bool) -> RuntimeValue? {
        switch (name, value) {
        case ("Any", _): return value
        case ("Double", .double), ("Float", .double), ("Int", .int), ("String", .string), ("Bool", .bool),
             ("Tensor", .tensor), ("Value", .autodiff):
            return value
        case ("Double", .int(let i)) where literal, ("Float", .int(let i)) where literal:
            return .double(Double(i))
        case ("Double", .tensor(let t)) where t.rank == 0 && !t.requiresGrad:
            // An element of a tensor (`temps[i]`) is a 0-d tensor; it is a number, as numpy's scalars are.
            return .double(t.data[0])
        case ("Tensor", .array) where literal:
            return TensorConversion.tensor(value).map(RuntimeValue.tensor)
        case ("Double", _), ("Float", _), ("Int", _), ("String", _), ("Bool", _), ("Tensor", _), ("Value", _):
            return nil
        case (_, .object(let o)):
            return o.typeName == name || !knownNames.contains(name) ? value : nil
        case (_, .instance(let instance)):
            return instance.type.name == name || !knownNames.contains(name) ? value : nil
        default:
            return knownNames.contains(name) ? nil : value
        }
    }

    /// The names whose values swift-nn can tell apart; any other name is accepted unchecked.
    private static let knownNames: Set<String> = [
        "Double", "Float", "Int", "String", "Bool", "Tensor", "Value", "Any",
    ]

    private static func isNumbers(_ type: TypeAnnotation, depth: Int) -> Bool {
        switch type {
        case .named(let name): depth == 1 && ["Double", "Float", "Any"].contains(name)
        case .array(let element): depth > 1 && isNumbers(element, depth: depth - 1)
        default: false
        }
    }

    /// The type of a plain value, for a dictionary whose first entry fixes it; nil when swift-nn does not track it.
    static func of(_ value: RuntimeValue) -> TypeAnnotation? {
        switch value {
        case .int, .double, .string, .bool, .tensor, .autodiff: .named(value.typeName)
        default: nil
        }
    }

    /// The type the values share, with Ints among Doubles counted as Doubles; nil when they differ.
    static func common(_ values: [RuntimeValue]) -> TypeAnnotation? {
        let types = values.map(of)
        guard let first = types.first, let firstType = first else { return nil }
        if types.allSatisfy({ $0 == firstType }) { return firstType }
        let numbers: Set<TypeAnnotation?> = [.named("Int"), .named("Double")]
        return types.allSatisfy(numbers.contains) ? .named("Double") : nil
    }
}

extension TypeAnnotation: Hashable {}
