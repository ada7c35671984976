/// The static constants of Swift's number types that lessons reach for (`Double.pi`, `Double.infinity`,
/// `Int.max`): read as `Type.name` where the type's name is the builtin conversion, and compiled to the constant.
enum TypeConstants {
    /// A number, kept apart from `RuntimeValue`, which is not `Sendable`.
    enum Number: Sendable {
        case int(Int)
        case double(Double)

        var value: RuntimeValue {
            switch self {
            case .int(let i): .int(i)
            case .double(let d): .double(d)
            }
        }
    }

    struct Constant: Sendable {
        let type: String
        let name: String
        let value: Number
        let doc: String
    }

    static let all: [Constant] = [
        Constant(type: "Double", name: "pi", value: .double(.pi), doc: "π, the Double nearest to it."),
        Constant(type: "Double", name: "infinity", value: .double(.infinity), doc: "Positive infinity."),
        Constant(type: "Double", name: "nan", value: .double(.nan), doc: "Not a number: unequal to everything, itself included."),
        Constant(
            type: "Double", name: "greatestFiniteMagnitude", value: .double(.greatestFiniteMagnitude),
            doc: "The largest finite Double, about 1.8e308."),
        Constant(
            type: "Double", name: "leastNonzeroMagnitude", value: .double(.leastNonzeroMagnitude),
            doc: "The smallest positive Double, a subnormal: about 4.9e-324."),
        Constant(
            type: "Double", name: "ulpOfOne", value: .double(.ulpOfOne),
            doc: "The gap between 1 and the next Double, 2⁻⁵² (numpy's `finfo(float).eps`)."),
        Constant(type: "Int", name: "max", value: .int(.max), doc: "The largest Int, 2⁶³ − 1."),
        Constant(type: "Int", name: "min", value: .int(.min), doc: "The smallest Int, −2⁶³."),
    ]

    /// The constants by type name, then member name.
    static let byType: [String: [String: Number]] = Dictionary(
        grouping: all, by: \.type
    ).mapValues { Dictionary(uniqueKeysWithValues: $0.map { ($0.name, $0.value) }) }
}
