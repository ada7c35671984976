import Engine

/// Properties and methods of tensors, with numpy's names where users know them.
extension Interpreter {
    static let tensorMembers = [
        "T", "shape", "count", "rank", "grad", "sum", "mean", "max", "min", "argmax", "argmin", "norm", "reshape",
        "flattened", "item", "backward", "zeroGrad", "detached", "map", "filter", "reduce", "enumerated", "contains",
        "toArray", "first", "last", "isEmpty",
    ]

    func tensorProperty(_ t: Tensor, _ name: String, at position: Position) throws -> RuntimeValue? {
        switch name {
        case "T": return .tensor(t.T)
        case "shape": return .tuple(t.shape.map(RuntimeValue.int))
        case "count": return .int(t.shape.first ?? 1)
        case "rank": return .int(t.rank)
        case "grad": return .tensor(t.gradient)
        default: return nil
        }
    }

    /// nil when the name is not a tensor method; the caller then tries the array methods on the rows.
    func tensorMethod(_ t: Tensor, _ name: String, _ args: [CallArgument], at position: Position) throws -> RuntimeValue? {
        let labels = args.map(\.label)
        func axis() throws -> Int? {
            guard let arg = args.first(where: { $0.label == "axis" }) else { return nil }
            guard case .int(let a) = arg.value else {
                throw LanguageError(message: "`axis:` must be an Int", position: arg.position)
            }
            return a
        }
        return try TensorOperators.engine(position) { () -> RuntimeValue? in
            switch (name, labels) {
            case ("sum", []), ("sum", ["axis"]): return .tensor(try t.sum(axis: try axis()))
            case ("mean", []), ("mean", ["axis"]): return .tensor(try t.mean(axis: try axis()))
            case ("max", []), ("max", ["axis"]): return .tensor(try t.max(axis: try axis()))
            case ("min", []), ("min", ["axis"]): return .tensor(try t.min(axis: try axis()))
            case ("argmax", []), ("argmax", ["axis"]): return integers(try t.argmax(axis: try axis()))
            case ("argmin", []), ("argmin", ["axis"]): return integers(try t.argmin(axis: try axis()))
            case ("norm", []): return .tensor(t.norm())
            case ("reshape", _) where labels.allSatisfy({ $0 == nil }) && !args.isEmpty:
                return .tensor(try t.reshape(try shape(args.map(\.value), at: position)))
            case ("flattened", []): return .tensor(t.flattened())
            case ("item", []): return .double(try t.item())
            case ("backward", []):
                t.backward()
                return .void
            case ("zeroGrad", []):
                t.zeroGrad()
                return .void
            case ("detached", []): return .tensor(t.detached())
            case ("toArray", []): return .array(try TensorConversion.elements(t))
            default: return nil
            }
        }
    }

    /// Index results (argmax) as Ints, so they can subscript arrays.
    private func integers(_ t: Tensor) -> RuntimeValue {
        t.rank == 0 ? .int(Int(t.data[0])) : .array(t.data.map { .int(Int($0)) })
    }

    /// A shape from `reshape(2, 3)` or `reshape((2, 3))`.
    func shape(_ values: [RuntimeValue], at position: Position) throws -> [Int] {
        let items: [RuntimeValue]
        if values.count == 1, case .tuple(let t) = values[0] { items = t } else { items = values }
        return try items.map { item in
            guard case .int(let n) = item else {
                throw LanguageError(message: "a shape is made of Ints, not \(item.typeName)", position: position)
            }
            return n
        }
    }
}
