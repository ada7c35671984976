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
    ]

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
