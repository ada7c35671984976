import Engine

/// The arithmetic operators, which also form the compound assignments (`+=`, …).
enum ArithmeticOperator: String, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case remainder = "%"
    case power = "**"
    case matrixProduct = "@"

    /// The Engine's elementwise operation for `+ − · /`; nil for the others.
    var elementwise: ElementwiseOperation? {
        switch self {
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .divide: .divide
        case .remainder, .power, .matrixProduct: nil
        }
    }
}

/// The ordering comparisons; equality is separate because every pair of values can be compared for it.
enum ComparisonOperator: String, CaseIterable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    func holds<T: Comparable>(_ a: T, _ b: T) -> Bool {
        switch self {
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        }
    }
}

/// An infix operator as the parser found it; spelling and meaning are fixed here, so the interpreter never
/// matches operator text.
enum BinaryOperator: Equatable {
    case arithmetic(ArithmeticOperator)
    case comparison(ComparisonOperator)
    case equal
    case notEqual
    case and
    case or

    init?(_ text: String) {
        if let op = ArithmeticOperator(rawValue: text) {
            self = .arithmetic(op)
        } else if let op = ComparisonOperator(rawValue: text) {
            self = .comparison(op)
        } else {
            switch text {
            case "==": self = .equal
            case "!=": self = .notEqual
            case "&&": self = .and
            case "||": self = .or
            default: return nil
            }
        }
    }

    var text: String {
        switch self {
        case .arithmetic(let op): op.rawValue
        case .comparison(let op): op.rawValue
        case .equal: "=="
        case .notEqual: "!="
        case .and: "&&"
        case .or: "||"
        }
    }
}

/// The prefix operators.
enum UnaryOperator: String {
    case negate = "-"
    case plus = "+"
    case not = "!"
}
