/// A dictionary key: Swift's hashable scalars, and values of a struct declared `Hashable`. Int and Double keys are
/// different keys, as in Swift.
enum DictionaryKey: Hashable {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    case structure(StructKey)

    /// The key a value makes, or nil when the value cannot be a key (NaN has no identity, so it cannot either).
    init?(_ value: RuntimeValue) {
        switch value {
        case .int(let i): self = .int(i)
        case .double(let d) where !d.isNaN: self = .double(d)
        case .bool(let b): self = .bool(b)
        case .string(let s): self = .string(s)
        case .instance(let instance):
            guard let key = StructKey(instance) else { return nil }
            self = .structure(key)
        default: return nil
        }
    }

    var value: RuntimeValue {
        switch self {
        case .int(let i): .int(i)
        case .double(let d): .double(d)
        case .bool(let b): .bool(b)
        case .string(let s): .string(s)
        case .structure(let key): .instance(StructInstance(type: key.type, fields: key.fields.map(\.value)))
        }
    }

    /// A key's type, which a dictionary's keys share: one of the four scalar types, or a struct's name.
    struct Kind: Hashable {
        let rawValue: String

        static let int = Kind(rawValue: "Int")
        static let double = Kind(rawValue: "Double")
        static let bool = Kind(rawValue: "Bool")
        static let string = Kind(rawValue: "String")
    }

    var kind: Kind {
        switch self {
        case .int: .int
        case .double: .double
        case .bool: .bool
        case .string: .string
        case .structure(let key): Kind(rawValue: key.type.name)
        }
    }

    var typeName: String { kind.rawValue }
}

/// A value of a `Hashable` struct as a key: its type and its properties, each a key itself, so two values with
/// equal properties are one key, as Swift's synthesized `hash(into:)` and `==` make them.
struct StructKey: Hashable {
    let type: StructType
    let fields: [DictionaryKey]

    init?(_ instance: StructInstance) {
        guard instance.type.declaration.conformances.contains("Hashable") else { return nil }
        var fields: [DictionaryKey] = []
        fields.reserveCapacity(instance.fields.count)
        for field in instance.fields {
            guard let key = DictionaryKey(field) else { return nil }
            fields.append(key)
        }
        type = instance.type
        self.fields = fields
    }

    static func == (a: StructKey, b: StructKey) -> Bool { a.type === b.type && a.fields == b.fields }

    func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(type))
        hasher.combine(fields)
    }
}

/// A swift-nn dictionary: value semantics like Swift's, but its entries keep the order they were first inserted
/// in, so iterating, printing and `keys` give the same bytes on every run (Swift's own order is unspecified).
/// The key and value types are fixed by an annotation (`[String: Double]`) or by the first entries, and checked
/// on every store; an Int stored in a dictionary of Doubles becomes a Double, as an Int literal would in Swift.
struct DictionaryValue {
    /// The fields, shared by copies until one changes (copy on write): reading a dictionary out of a variable
    /// copies it, and a copy of six fields cost a retain and a release of each.
    /// Its fields skip the run-time exclusivity checks, an eighth of a dictionary count's instructions: a
    /// dictionary is reached by one cell's thread, and no access to a field overlaps another here.
    private final class Storage {
        @exclusivity(unchecked) var keyKind: DictionaryKey.Kind?
        @exclusivity(unchecked) var valueType: TypeAnnotation? {
            didSet { plainValues = valueType.flatMap(PlainValues.init) }
        }
        /// `valueType` when it is one of the four scalar types, whose values `set` stores as they are.
        @exclusivity(unchecked) var plainValues: PlainValues?
        @exclusivity(unchecked) var keys: [DictionaryKey] = []
        @exclusivity(unchecked) var values: [RuntimeValue] = []
        @exclusivity(unchecked) var index: [DictionaryKey: Int] = [:]
        @exclusivity(unchecked) var typesFixed = false
        /// The key the subscript found last and where: `d[k] = (d[k] ?? 0) + 1` stores under the key it just
        /// read, and comparing keys costs less than hashing one again.
        @exclusivity(unchecked) var lastKey: DictionaryKey?
        @exclusivity(unchecked) var lastIndex = 0

        init() {}

        init(copying other: Storage) {
            (keyKind, valueType, typesFixed) = (other.keyKind, other.valueType, other.typesFixed)
            (keys, values, index) = (other.keys, other.values, other.index)
            (lastKey, lastIndex) = (other.lastKey, other.lastIndex)
        }
    }

    private var storage = Storage()

    /// The storage, made this value's own first if another value shares it.
    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
            return storage
        }
    }

    /// The key type (`String`, `Int`, `Double`, `Bool` or a struct's name); nil for `[:]` before its first entry.
    var keyType: String? { storage.keyKind?.rawValue }
    private var keyKind: DictionaryKey.Kind? {
        get { storage.keyKind }
        set { unique.keyKind = newValue }
    }
    /// The value type, when the entries share one; nil when they are mixed or none were stored yet.
    private(set) var valueType: TypeAnnotation? {
        get { storage.valueType }
        set { unique.valueType = newValue }
    }
    var keys: [DictionaryKey] { storage.keys }
    /// The values, parallel to `keys`. Kept in an array so `Nesting` can recognise shared storage.
    var values: [RuntimeValue] { storage.values }
    /// True once the types were given by an annotation or a literal of one value type: values of another type
    /// are refused. An unannotated `[:]` takes its types from its first entry and accepts mixed values after.
    private var typesFixed: Bool {
        get { storage.typesFixed }
        set { unique.typesFixed = newValue }
    }

    init() {}

    var count: Int { keys.count }

    /// The dictionary with its key and value types set from an annotation; nil when an entry does not conform.
    func annotated(key: TypeAnnotation, value: TypeAnnotation) -> DictionaryValue? {
        // A name other than the scalars' is taken for a struct's: its values must then be `Hashable` ones of it.
        guard case .named(let keyName) = key, !DictionaryValue.unhashableTypes.contains(keyName) else { return nil }
        var result = DictionaryValue()
        result.keyKind = DictionaryKey.Kind(rawValue: keyName)
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
    /// Built-in types that cannot be keys.
    static let unhashableTypes: Set<String> = ["Float", "Tensor", "Value", "Any", "Function"]

    subscript(key: DictionaryKey) -> RuntimeValue? {
        guard let i = storage.index[key] else { return nil }
        (storage.lastKey, storage.lastIndex) = (key, i)
        return storage.values[i]
    }

    /// The key a subscript's value names in this dictionary, converting an Int to a Double key when the keys are
    /// Doubles; nil when it cannot be one of this dictionary's keys.
    func convertKey(_ value: RuntimeValue) -> DictionaryKey? {
        var value = value
        let keyKind = storage.keyKind
        if keyKind == .double, case .int(let i) = value { value = .double(Double(i)) }
        guard let key = DictionaryKey(value) else { return nil }
        if let keyKind, key.kind != keyKind { return nil }
        return key
    }

    /// Why a key cannot be used here, for the error at the subscript.
    func keyProblem(_ value: RuntimeValue) -> String {
        if case .double(let d) = value, d.isNaN { return "nan cannot be a dictionary key" }
        if let keyType { return "this dictionary's keys are \(keyType), not \(value.typeName)" }
        if case .instance(let instance) = value, !instance.type.declaration.conformances.contains("Hashable") {
            return "a struct's value is a dictionary key when the struct is Hashable: declare `struct "
                + "\(instance.type.name): Hashable`"
        }
        return "a dictionary key must be a String, Int, Double, Bool or a Hashable struct's value, not \(value.typeName)"
    }

    /// Stores `value` under `key` (a new key goes last); throws a message when the value has the wrong type.
    mutating func set(_ key: DictionaryKey, _ value: RuntimeValue) throws(DictionaryTypeError) {
        if let plain = storage.plainValues, plain.holds(value), storage.keyKind != nil {
            return insert(key, value)
        }
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
        if keyKind == nil { keyKind = key.kind }
        insert(key, stored)
    }

    private func mismatch(_ value: RuntimeValue, _ type: TypeAnnotation) -> String {
        "cannot store \(value.typeName) in a dictionary of \(type) values"
    }

    private mutating func insert(_ key: DictionaryKey, _ value: RuntimeValue) {
        let storage = unique
        if storage.lastKey == key {
            storage.values[storage.lastIndex] = value
        } else if let i = storage.index[key] {
            storage.values[i] = value
        } else {
            storage.index[key] = storage.keys.count
            storage.keys.append(key)
            storage.values.append(value)
        }
    }

    /// Removes the entry for `key`, if any; the later entries keep their order.
    mutating func remove(_ key: DictionaryKey) {
        guard storage.index[key] != nil else { return }
        let storage = unique
        storage.lastKey = nil
        guard let i = storage.index.removeValue(forKey: key) else { return }
        storage.keys.remove(at: i)
        storage.values.remove(at: i)
        for j in i..<storage.keys.count { storage.index[storage.keys[j]] = j }
    }

    /// A dictionary from a literal's entries: the key type is the first key's (an Int key joins Double keys as a
    /// Double), the value type the entries' common one (Ints among Doubles become Doubles, as in Swift). A key
    /// given twice is an error that `repeated` words.
    static func literal(
        _ entries: [(RuntimeValue, RuntimeValue)],
        repeated: (String) -> String = { "the dictionary literal has the key \($0) twice" }
    ) throws(DictionaryTypeError) -> DictionaryValue {
        var result = DictionaryValue()
        let keyValues = entries.map(\.0)
        if keyValues.contains(where: { if case .double = $0 { true } else { false } }),
           keyValues.allSatisfy({ if case .int = $0 { true } else if case .double = $0 { true } else { false } }) {
            result.keyKind = .double
        }
        let common = TypeAnnotation.common(entries.map(\.1))
        result.valueType = common
        // As in Swift, `["a": 1.0]` is a `[String: Double]` from then on; only a literal of mixed values is `Any`.
        result.typesFixed = common != nil
        for (k, v) in entries {
            guard let key = result.convertKey(k) else { throw DictionaryTypeError(message: result.keyProblem(k)) }
            if result.keyKind == nil { result.keyKind = key.kind }
            let stored = common.flatMap { TypeAnnotation.conform(v, to: $0, literal: true) } ?? v
            if result.storage.index[key] != nil {
                throw DictionaryTypeError(message: repeated(Display.repr(key.value)))
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

/// The scalar value types a dictionary's values may be fixed to, for which `TypeAnnotation.conform` gives a value of
/// the same type back as it is.
enum PlainValues {
    case int, double, bool, string

    init?(_ type: TypeAnnotation) {
        switch type {
        case .named("Int"): self = .int
        case .named("Double"), .named("Float"): self = .double
        case .named("Bool"): self = .bool
        case .named("String"): self = .string
        default: return nil
        }
    }

    @inline(__always)
    func holds(_ value: RuntimeValue) -> Bool {
        switch (self, value) {
        case (.int, .int), (.double, .double), (.bool, .bool), (.string, .string): true
        default: false
        }
    }
}

/// A store that does not fit a dictionary's types; the caller reports it at the subscript.
struct DictionaryTypeError: Error {
    var message: String
}
