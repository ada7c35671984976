import Engine

/// Properties of tensors, with numpy's names where users know them; their methods are in `Builtins+TensorMethods`.
extension Interpreter {
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
