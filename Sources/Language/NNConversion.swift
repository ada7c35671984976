import Engine

/// Moves swift-nn values into the shapes the engine's networks, losses and optimizers take: lists of
/// autodiff `Value`s, rows of numbers, activations by name, parameter sets and random streams.
enum NNConversion {
    /// True when the value is an array holding at least one autodiff `Value` (a micrograd-style list).
    static func holdsValues(_ value: RuntimeValue) -> Bool {
        guard case .array(let items) = value else { return false }
        return items.contains { if case .autodiff = $0 { true } else { false } }
    }

    /// A 1-d list as `Value`s: autodiff values stay themselves, numbers become constant leaves.
    static func values(_ value: RuntimeValue) -> [Value]? {
        switch value {
        case .array(let items):
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items {
                guard item.isNumeric else { return nil }
                values.append(Operators.value(item))
            }
            return values
        case .tensor(let t) where t.rank == 1: return t.data.map(Value.init)
        default: return nil
        }
    }

    /// A matrix as rows of numbers: a 2-d tensor or an array of equally long numeric arrays.
    static func rows(_ value: RuntimeValue) -> [[Double]]? {
        guard let t = TensorConversion.tensor(value), t.rank == 2 else { return nil }
        let width = t.shape[1]
        return (0..<t.shape[0]).map { Array(t.data[($0 * width)..<(($0 + 1) * width)]) }
    }

    /// Class labels as Ints, from Ints or whole Doubles (a label tensor holds Doubles).
    static func labels(_ value: RuntimeValue) -> [Int]? {
        guard let numbers = TensorConversion.numbers(value) else { return nil }
        let labels = numbers.compactMap { $0.rounded() == $0 && abs($0) < 1e9 ? Int($0) : nil }
        return labels.count == numbers.count ? labels : nil
    }

    /// An activation named by a string (`"relu"`) or by its builtin function (`relu`).
    static func activation(_ value: RuntimeValue, at position: Position) throws -> Activation {
        let name: String
        switch value {
        case .string(let s): name = s
        case .function(let f): name = f.name
        default:
            throw LanguageError(message: "an activation is a name such as \"relu\", not \(value.typeName)", position: position)
        }
        guard let activation = Activation.all.first(where: { $0.name == name }) else {
            throw LanguageError(
                message: "unknown activation `\(name)`", position: position,
                suggestion: Suggestion.nearest(to: name, in: Activation.all.map(\.name)))
        }
        return activation
    }

    /// What an optimizer moves: a model, a list of `Value`s, a list of tensors or one tensor.
    static func parameters(_ value: RuntimeValue, at position: Position) throws -> Parameters {
        switch value {
        case .object(let o as ParameterOwner): return o.engineParameters
        case .tensor(let t): return .tensors([t])
        case .array(let items):
            if items.allSatisfy({ if case .autodiff = $0 { true } else { false } }) {
                return .values(items.compactMap { if case .autodiff(let v) = $0 { v } else { nil } })
            }
            let tensors = items.compactMap { if case .tensor(let t) = $0 { t } else { nil } }
            if tensors.count == items.count { return .tensors(tensors) }
        default: break
        }
        throw LanguageError(
            message: "an optimizer needs a model or its parameters (Values or tensors), not \(value.typeName)",
            position: position)
    }

    /// The random stream for `seed:`: a fresh numpy `RandomState(seed)` (scikit-learn's `random_state`),
    /// or the session's global stream when no seed is given.
    static func randomState(_ args: Arguments, _ interpreter: Interpreter) throws -> RandomState {
        guard args.has("seed") else { return interpreter.randomState }
        return RandomState(seed: try Builtins.seedValue(args))
    }

    /// Numbers as a swift-nn array of Doubles.
    static func array(_ numbers: [Double]) -> RuntimeValue { .array(numbers.map(RuntimeValue.double)) }
}

/// An object that owns trainable parameters, so `GD(model, lr: 0.1)` can take the model itself.
protocol ParameterOwner: NativeObject {
    var engineParameters: Parameters { get }
}
