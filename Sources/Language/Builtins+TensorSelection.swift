import Engine

// Choosing elements by a condition, numpy's way. A comparison of tensors (`t > 0`, `t <= u`) is elementwise and
// makes a mask of 1s and 0s; `==` and `!=` compare whole values and give one Bool, as Swift's `==` does, so the
// elementwise equality is the function `equal(a, b)`.

extension Builtins {
    static let tensorSelection: [Builtin] = [
        Builtin(
            "where", [.positional("condition"), .positional("a"), .positional("b")],
            doc: "Elements of `a` where `condition` holds and of `b` elsewhere, broadcasting all three (numpy's "
                + "where): where(x > 0, x, 0). The condition is a mask such as `x > 0` makes, or Bools."
        ) { args, _, _ in
            let condition = try mask(args, "condition")
            return .tensor(try Tensor.select(condition, try args.tensor("a"), try args.tensor("b")))
        },
        Builtin(
            "equal", [.positional("a"), .positional("b")],
            doc: "Elementwise equality as a mask of 1s and 0s, with broadcasting (numpy's `a == b`); swift-nn's "
                + "`a == b` is one Bool for whole tensors, while `<`, `<=`, `>`, `>=` are elementwise."
        ) { args, _, _ in
            .tensor(try args.tensor("a").compare(.eq, try args.tensor("b")))
        },
        pairwise("maximum", "numpy's `maximum`: the larger of each pair of elements, with broadcasting (NaN where either is "
                 + "NaN): maximum(x, 0) is relu.") { try Tensor.maximum($0, $1) },
        pairwise("minimum", "numpy's `minimum`: the smaller of each pair of elements, with broadcasting.") {
            try Tensor.minimum($0, $1)
        },
        Builtin(
            "clip", [.positional("x"), .positional("low"), .positional("high")],
            doc: "numpy's `clip`: each element held between `low` and `high`, which broadcast: clip(x, 0, 1)."
        ) { args, _, position in
            let clipped = try TensorOperators.engine(position) {
                try Tensor.minimum(try Tensor.maximum(try args.tensor("x"), try args.tensor("low")), try args.tensor("high"))
            }
            return number(clipped, args["x"], args["low"], args["high"])
        },
    ]

    /// An elementwise function of two operands with broadcasting; of two numbers, a number.
    private static func pairwise(_ name: String, _ doc: String, _ body: @escaping (Tensor, Tensor) throws -> Tensor)
        -> Builtin
    {
        Builtin(name, [.positional("a"), .positional("b")], doc: doc) { args, _, position in
            let result = try TensorOperators.engine(position) { try body(try args.tensor("a"), try args.tensor("b")) }
            return number(result, args["a"], args["b"])
        }
    }

    /// The result as a Double when every operand was a number, as numpy's gives a scalar; else the tensor.
    private static func number(_ result: Tensor, _ operands: RuntimeValue...) -> RuntimeValue {
        let numbers = operands.allSatisfy {
            switch $0 {
            case .int, .double: true
            default: false
            }
        }
        return numbers && result.rank == 0 ? .double(result.data[0]) : .tensor(result)
    }

    /// A condition as a tensor of 1s and 0s: a tensor, a Bool, or a (nested) array of Bools.
    static func mask(_ args: Arguments, _ parameter: String) throws -> Tensor {
        if let tensor = TensorConversion.mask(args[parameter]) { return tensor }
        throw args.error(parameter, "`\(args.name)` needs a condition such as `x > 0`, Bools or a tensor of 0s and 1s, "
                         + "not \(args[parameter].typeName)")
    }
}

extension TensorConversion {
    /// A mask from a tensor, a Bool or a nested array of Bools (true is 1); nil for anything else.
    static func mask(_ value: RuntimeValue) -> Tensor? {
        switch value {
        case .tensor(let t): return t
        case .bool(let b): return Tensor(scalar: b ? 1 : 0)
        case .array:
            guard Nesting.fitsInTensor(value), let numbers = bitsOfBools(value) else { return nil }
            return tensor(numbers)
        default: return nil
        }
    }

    /// The array with each Bool made 1 or 0; nil when anything in it is not a Bool.
    private static func bitsOfBools(_ value: RuntimeValue) -> RuntimeValue? {
        switch value {
        case .bool(let b): return .int(b ? 1 : 0)
        case .array(let items):
            var bits: [RuntimeValue] = []
            bits.reserveCapacity(items.count)
            for item in items {
                guard let bit = bitsOfBools(item) else { return nil }
                bits.append(bit)
            }
            return .array(bits)
        default: return nil
        }
    }
}
