/// A dictionary key: Swift's hashable scalars. Int and Double keys are different keys, as in Swift.
enum DictionaryKey: Hashable {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)

    /// The key a value makes, or nil when the value cannot be a key (NaN has no identity, so it cannot either).
    init?(_ value: RuntimeValue) {
        switch value {
        case .int(let i): self = .int(i)
        case .double(let d) where !d.isNaN: self = .double(d)
        case .bool(let b): self = .bool(b)
        case .string(let s): self = .string(s)
        default: return nil
        }
    }

    var value: RuntimeValue {
        switch self {
        case .int(let i): .int(i)
        case .double(let d): .double(d)
        case .bool(let b): .bool(b)
        case .string(let s): .string(s)
        }
    }

    var typeName: String { value.typeName }
}

/// A swift-nn dictionary: value semantics like Swift's, but its entries keep the order they were first inserted
/// in, so iterating, printing and `keys` give the same bytes on every run (Swift's own order is unspecified).
/// The key and value types are fixed by an annotation (`[String: Double]`) or by the first entries, and checked
/// on every store; an Int stored in a dictionary of Doubles becomes a Double, as an Int literal would in Swift.
struct DictionaryValue {
    /// The key type (`String`, `Int`, `Double` or `Bool`); nil for `[:]` before its first entry.
    private(set) var keyType: String?
    /// The value type, when the entries share one; nil when they are mixed or none were stored yet.
    private(set) var valueType: TypeAnnotation?
    private(set) var keys: [DictionaryKey] = []
    /// The values, parallel to `keys`. Kept in an array so `Nesting` can recognise shared storage.
    private(set) var values: [RuntimeValue] = []
    private var index: [DictionaryKey: Int] = [:]
    /// True once the types were given by an annotation or a literal of one value type: values of another type
    /// are refused. An unannotated `[:]` takes its types from its first entry and accepts mixed values after.
    private var typesFixed = false

    init() {}

    var count: Int { keys.count }

    /// The dictionary with its key and value types set from an annotation; nil when an entry does not conform.
    func annotated(key: TypeAnnotation, value: TypeAnnotation) -> DictionaryValue? {
        guard case .named(let keyName) = key, DictionaryValue.keyTypes.contains(keyName) else { return nil }
        var result = DictionaryValue()
        result.keyType = keyName
        result.valueType = value
        result.typesFixed = true
        for (k, v) in zip(keys, values) {
            guard let key = result.convertKey(k.value), let stored = TypeAnnotation.conform(v, to: value, literal: true)
            else { return nil }
            result.insert(key, stored)
        }
        return result
    }

    static let keyTypes: Set<String> = ["String", "Int", "Double", "Bool"]

    subscript(key: DictionaryKey) -> RuntimeValue? {
        index[key].map { values[$0] }
    }

    /// The key a subscript's value names in this dictionary, converting an Int to a Double key when the keys are
    /// Doubles; nil when it cannot be one of this dictionary's keys.
    func convertKey(_ value: RuntimeValue) -> DictionaryKey? {
        var value = value
        if keyType == "Double", case .int(let i) = value { value = .double(Double(i)) }
        guard let key = DictionaryKey(value) else { return nil }
        if let keyType, key.typeName != keyType { return nil }
        return key
    }

    /// Why a key cannot be used here, for the error at the subscript.
    func keyProblem(_ value: RuntimeValue) -> String {
        if case .double(let d) = value, d.isNaN { return "nan cannot be a dictionary key" }
        if let keyType { return "this dictionary's keys are \(keyType), not \(value.typeName)" }
        return "a dictionary key must be a String, Int, Double or Bool, not \(value.typeName)"
    }

    /// Stores `value` under `key` (a new key goes last); throws a message when the value has the wrong type.
    mutating func set(_ key: DictionaryKey, _ value: RuntimeValue) throws(DictionaryTypeError) {
        var stored = value
        if let valueType {
            guard let converted = TypeAnnotation.conform(value, to: valueType, literal: true) else {
                if typesFixed { throw DictionaryTypeError(message: mismatch(value, valueType)) }
                self.valueType = nil
                return insert(key, value)
            }
            stored = converted
        } else if keys.isEmpty, !typesFixed {
            valueType = TypeAnnotation.of(value)
        }
        if keyType == nil { keyType = key.typeName }
        insert(key, stored)
    }

    private func mismatch(_ value: RuntimeValue, _ type: TypeAnnotation) -> String {
        "cannot store \(value.typeName) in a dictionary of \(type) values"
    }

    private mutating func insert(_ key: DictionaryKey, _ value: RuntimeValue) {
        if let i = index[key] {
            values[i] = value
        } else {
            index[key] = keys.count
            keys.append(key)
            values.append(value)
        }
    }

    /// Removes the entry for `key`, if any; the later entries keep their order.
    mutating func remove(_ key: DictionaryKey) {
        guard let i = index.removeValue(forKey: key) else { return }
        keys.remove(at: i)
        values.remove(at: i)
        for j in i..<keys.count { index[keys[j]] = j }
    }

    /// A dictionary from a literal's entries: the key type is the first key's (an Int key joins Double keys as a
    /// Double), the value type the entries' common one (Ints among Doubles become Doubles, as in Swift).
    static func literal(_ entries: [(RuntimeValue, RuntimeValue)]) throws(DictionaryTypeError) -> DictionaryValue {
        var result = DictionaryValue()
        let keyValues = entries.map(\.0)
        if keyValues.contains(where: { if case .double = $0 { true } else { false } }),
           keyValues.allSatisfy({ if case .int = $0 { true } else if case .double = $0 { true } else { false } }) {
            result.keyType = "Double"
        }
        let common = TypeAnnotation.common(entries.map(\.1))
        result.valueType = common
        // As in Swift, `["a": 1.0]` is a `[String: Double]` from then on; only a literal of mixed values is `Any`.
        result.typesFixed = common != nil
        for (k, v) in entries {
            guard let key = result.convertKey(k) else { throw DictionaryTypeError(message: result.keyProblem(k)) }
            if result.keyType == nil { result.keyType = key.typeName }
            let stored = common.flatMap { TypeAnnotation.conform(v, to: $0, literal: true) } ?? v
            if result.index[key] != nil {
                throw DictionaryTypeError(message: "the dictionary literal has the key \(Display.repr(key.value)) twice")
            }
            result.insert(key, stored)
        }
        return result
    }

    /// The entries as `(key, value)` tuples, in order.
    var entries: [RuntimeValue] {
        zip(keys, values).map { .tuple([$0.value, $1]) }
    }

    /// Swift's spelling of the type, `[String: Double]`, with `Any` for what is not known.
    var typeDescription: String {
        "[\(keyType ?? "AnyHashable"): \(valueType.map { "\($0)" } ?? "Any")]"
    }
}

/// A store that does not fit a dictionary's types; the caller reports it at the subscript.
struct DictionaryTypeError: Error {
    var message: String
}
