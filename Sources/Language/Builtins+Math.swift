import Engine
import Foundation

extension Builtins {
    static let math: [Builtin] = [
        elementwise("sqrt", "The square root.", Foundation.sqrt, { $0.sqrt() }, { $0.sqrt() }),
        elementwise("exp", "e raised to the power.", Foundation.exp, { $0.exp() }, { $0.exp() }),
        elementwise("log", "The natural logarithm.", Foundation.log, { $0.log() }, { $0.log() }),
        elementwise("sin", "The sine (radians).", Foundation.sin, { $0.sin() }, { $0.sin() }),
        elementwise("cos", "The cosine (radians).", Foundation.cos, { $0.cos() }, { $0.cos() }),
        elementwise("tan", "The tangent (radians).", Foundation.tan, { $0.sin() / $0.cos() }, { try $0.sin() / $0.cos() }),
        elementwise("tanh", "The hyperbolic tangent.", Tanh.value, { $0.tanh() }, { $0.tanh() }),
        elementwise(
            "sigmoid", "The logistic function 1 / (1 + e^−x).", { 1 / (1 + Foundation.exp(-$0)) }, { $0.sigmoid() },
            { $0.sigmoid() }),
        elementwise("relu", "max(0, x), the rectified linear unit.", { Swift.max(0, $0) }, { $0.relu() }, { $0.relu() }),
        elementwise("floor", "Rounds down.", Foundation.floor),
        elementwise("ceil", "Rounds up.", Foundation.ceil),
        elementwise("round", "Rounds half away from zero.", Foundation.round),
        Builtin(
            "abs", [.positional("x")], doc: "The absolute value.", scalar: ScalarForm(function: Swift.abs, takesInts: false)
        ) { args, _, position in
            if Nesting.isContainer(args["x"]) { try Nesting.checkSize(args["x"], at: position) }
            return try absolute(args["x"], at: position)
        },
        Builtin("pow", [.positional("base"), .positional("exponent")], doc: "base raised to exponent, like `**`.") {
            args, _, position in
            try Operators.binary(.arithmetic(.power), args["base"], args["exponent"], at: position)
        },
        extremum("min", "The smallest of its arguments, or of one array.", keeping: .lessOrEqual),
        extremum("max", "The largest of its arguments, or of one array.", keeping: .greaterOrEqual),
        Builtin(
            "Double", [.positional("value")], doc: "The value as a Double; of a string, an optional, nil when it is not a number.", scalar: ScalarForm(function: { $0 }, takesInts: true)
        ) { args, _, position in
            switch args["value"] {
            // As Swift's: an optional, nil when the text is not a number.
            case .string(let s): return .optional(Double(s).map(RuntimeValue.double))
            default: return .double(try args.double("value"))
            }
        },
        Builtin(
            "Int", [.positional("value"), .labeled("radix", .int(10))],
            doc: "The value as an Int, truncated toward zero; of a string, an optional, nil when it is not an integer "
                + "(in base `radix:`, 2 to 36, as in `Int(\"ff\", radix: 16)`)."
        ) { args, _, position in
            let radix = try args.int("radix")
            guard (2...36).contains(radix) else { throw args.error("radix", "the radix must be from 2 to 36, not \(radix)") }
            if case .string(let s) = args["value"] { return .optional(Int(s, radix: radix).map(RuntimeValue.int)) }
            guard radix == 10 else { throw args.error("radix", "`radix:` is for reading a string, not \(args["value"].typeName)") }
            let d = try args.double("value")
            guard d.isFinite, abs(d) < 9.2e18 else {
                throw LanguageError(message: "\(Display.float(d)) cannot be converted to an Int", position: position)
            }
            return .int(Int(d))
        },
    ]

    /// A math function over numbers, autodiff Values, tensors and numeric arrays (as tensors). Functions without
    /// a derivative (floor, round) still work on tensors' numbers, outside the gradient graph.
    private static func elementwise(
        _ name: String, _ doc: String, _ plain: @escaping (Double) -> Double,
        _ scalar: ((Value) -> Value)? = nil, _ tensor: ((Tensor) throws -> Tensor)? = nil
    ) -> Builtin {
        Builtin(name, [.positional("x")], doc: doc, scalar: ScalarForm(function: plain, takesInts: true)) { args, _, position in
            if Nesting.isContainer(args["x"]) { try Nesting.checkSize(args["x"], at: position) }
            return try apply(args["x"], name: name, plain: plain, scalar: scalar, tensor: tensor, at: position)
        }
    }

    private static func apply(
        _ value: RuntimeValue, name: String, plain: @escaping (Double) -> Double, scalar: ((Value) -> Value)?,
        tensor: ((Tensor) throws -> Tensor)?, at position: Position
    ) throws -> RuntimeValue {
        switch value {
        case .tensor, .array, .range:
            if let t = TensorConversion.tensor(value) {
                guard let tensor else { return .tensor(Tensor(t.data.map(plain), shape: t.shape)) }
                return .tensor(try TensorOperators.engine(position) { try tensor(t) })
            }
        default:
            break
        }
        switch value {
        case .int(let i): return .double(plain(Double(i)))
        case .double(let d): return .double(plain(d))
        case .autodiff(let v):
            guard let scalar else {
                throw LanguageError(message: "`\(name)` is not differentiable", position: position)
            }
            return .autodiff(scalar(v))
        case .array(let items):
            return .array(try items.map {
                try apply($0, name: name, plain: plain, scalar: scalar, tensor: tensor, at: position)
            })
        default:
            throw LanguageError(message: "`\(name)` needs a number or an array of numbers, not \(value.typeName)",
                                position: position)
        }
    }

    private static func absolute(_ value: RuntimeValue, at position: Position) throws -> RuntimeValue {
        switch value {
        case .int(let i): return i == Int.min ? .double(-Double(i)) : .int(Swift.abs(i))
        case .double(let d): return .double(Swift.abs(d))
        case .autodiff(let v): return .autodiff(v.data < 0 ? -v : v)
        case .tensor(let t): return .tensor(t.abs())
        case .array(let items):
            if let t = TensorConversion.tensor(value) { return .tensor(t.abs()) }
            return .array(try items.map { try absolute($0, at: position) })
        default: throw LanguageError(message: "`abs` needs a number, not \(value.typeName)", position: position)
        }
    }

    /// `min`/`max` of several numbers or of one array; the chosen operand keeps its type (and its gradient). The
    /// best so far stays while `best keep item` holds, compared exactly (`ExactComparison`; NaN never holds).
    private static func extremum(_ name: String, _ doc: String, keeping keep: ComparisonOperator) -> Builtin {
        Builtin(name, variadic: true, doc: doc) { args, _, position in
            var items = args.rest
            if items.count == 1, case .array(let array) = items[0] { items = array }
            guard var best = items.first else {
                throw LanguageError(message: "`\(name)` needs at least one value", position: position)
            }
            for item in items {
                guard item.isNumeric, item.number != nil, best.number != nil else {
                    throw LanguageError(message: "`\(name)` compares numbers, not \(item.typeName)", position: position)
                }
                if !keep.holds(order: ExactComparison.order(best, item)) { best = item }
            }
            guard best.isNumeric else {
                throw LanguageError(message: "`\(name)` compares numbers, not \(best.typeName)", position: position)
            }
            return best
        }
    }
}
