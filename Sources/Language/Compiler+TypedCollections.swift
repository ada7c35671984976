/// Swift's spellings of an empty or repeated collection of a type: `[Double]()`, `[String: Int]()`,
/// `[Int](repeating: 0, count: n)`, `[[Double]](repeating: row, count: m)`. The brackets hold a type, not
/// values, so they are recognised before the callee would be compiled as an array literal.
extension Compiler {
    /// The type a callee such as `[Double]`, `[[Int]]` or `[String: Int]` names, or nil when it names none.
    static func collectionType(_ callee: Expr, structs: [String: StructType]) -> TypeAnnotation? {
        switch callee {
        case .array(let items, _) where items.count == 1:
            return typeAnnotation(items[0], structs).map { .array($0) }
        case .dictionary(let entries, _) where entries.count == 1:
            guard let key = typeAnnotation(entries[0].key, structs), let value = typeAnnotation(entries[0].value, structs)
            else { return nil }
            return .dictionary(key, value)
        default:
            return nil
        }
    }

    /// The types a name in brackets may be: swift-nn's values' types, and the lesson's structs (`structs`).
    private static let typeNames: Set<String> = ["Int", "Double", "Float", "Bool", "String", "Tensor", "Value", "Any"]

    private static func typeAnnotation(_ expr: Expr, _ structs: [String: StructType]) -> TypeAnnotation? {
        switch expr {
        case .name(let name, _) where typeNames.contains(name) || structs[name] != nil:
            return .named(name)
        default:
            return collectionType(expr, structs: structs)
        }
    }

    /// `[T]()`, `[K: V]()` or `[T](repeating: x, count: n)`: made by `Array(repeating:count:)` and checked
    /// against the type as `let xs: [T] = …` checks (a literal `0` repeated into `[Double]` becomes `0.0`).
    mutating func compileTypedCollection(_ type: TypeAnnotation, _ args: [Argument], at position: Position) throws
        -> CompiledExpr
    {
        if args.isEmpty {
            let empty: RuntimeValue = if case .dictionary = type { .dictionary(DictionaryValue()) } else { .array([]) }
            guard let typed = TypeAnnotation.conform(empty, to: type, literal: true) else {
                throw Compiler.annotationMismatch(empty, type, at: position)
            }
            return constant(typed)
        }
        guard case .array = type, args.count == 2, args[0].label == "repeating", args[1].label == "count" else {
            throw LanguageError(
                message: "`\(type)(…)` takes nothing, or for an array `repeating:` and `count:`; usage: "
                    + "\(type)(), [Double](repeating: 0, count: 3)",
                position: position)
        }
        // The builtin itself, whatever a lesson named `Array`.
        guard let array = Builtins.table["Array"] else { preconditionFailure("Array(repeating:count:) is a builtin") }
        let make = try compileBuiltinCall(array, args, at: position)
        let literal = Compiler.isLiteral(args[0].value)
        return { frame in
            // Every element is the same value: it is checked and converted once. The array the builtin made is
            // kept when its element conforms unchanged; otherwise it is made again from the converted element
            // only after the first one is gone, so at most one is held at a time.
            switch try Compiler.conformRepetition(try make(frame), to: type, literal: literal, at: position) {
            case .kept(let array): return array
            case .converted(let element, let count): return .array(Array(repeatingValue: element, count: count))
            }
        }
    }

    /// What `[T](repeating:count:)` returns: the builtin's array, or its converted element and count.
    private enum Repetition {
        case kept(RuntimeValue)
        case converted(RuntimeValue, count: Int)
    }

    private static func conformRepetition(
        _ made: consuming RuntimeValue, to type: TypeAnnotation, literal: Bool, at position: Position
    ) throws -> Repetition {
        guard case .array(let items) = made else { preconditionFailure("Array makes an array") }
        let sample = RuntimeValue.array(Array(items.prefix(1)))
        guard case .array(let converted)? = TypeAnnotation.conform(sample, to: type, literal: literal) else {
            throw Compiler.annotationMismatch(sample, type, at: position)
        }
        guard let element = converted.first, let first = items.first, !sameScalar(first, element) else {
            return .kept(made)
        }
        return .converted(element, count: items.count)
    }

    /// Whether two values are the same Int, Double (to the bit) or Bool; false for anything else.
    private static func sameScalar(_ a: RuntimeValue, _ b: RuntimeValue) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): x == y
        case (.double(let x), .double(let y)): x.bitPattern == y.bitPattern
        case (.bool(let x), .bool(let y)): x == y
        default: false
        }
    }
}
