import Engine
import Foundation

/// Operators on tensors (and on numeric arrays, which act as tensors in arithmetic), with numpy broadcasting.
enum TensorOperators {
    static func arithmetic(_ op: ArithmeticOperator, _ lhs: RuntimeValue, _ rhs: RuntimeValue, at position: Position) throws
        -> RuntimeValue
    {
        if let result = numberAndTensor(op, lhs, rhs) { return .tensor(result) }
        guard let a = TensorConversion.tensor(lhs), let b = TensorConversion.tensor(rhs) else {
            throw Operators.mismatch(op.rawValue, lhs, rhs, at: position)
        }
        return try engine(position) {
            switch op {
            case .add: return .tensor(try a + b)
            case .subtract: return .tensor(try a - b)
            case .multiply: return .tensor(try a * b)
            case .divide: return .tensor(try a / b)
            case .matrixProduct: return .tensor(try matmul(a, b))
            case .power:
                // A constant exponent keeps the simple power rule, which also holds for negative bases.
                if b.rank == 0, !b.requiresGrad { return .tensor(pow(a, b.data[0])) }
                return .tensor(try pow(a, b))
            case .remainder:
                let (x, y) = (try a.broadcast(to: try broadcastShape(a, b)), try b.broadcast(to: try broadcastShape(a, b)))
                return .tensor(Tensor(zip(x.data, y.data).map(Operators.floatRemainder), shape: x.shape))
            }
        }
    }

    /// `t op x` and `x op t` for a tensor and an Int or a Double under +, −, ·, /, without making the number a
    /// 0-d tensor first; nil for anything else.
    private static func numberAndTensor(_ op: ArithmeticOperator, _ lhs: RuntimeValue, _ rhs: RuntimeValue) -> Tensor? {
        switch (lhs, rhs) {
        case (.tensor(let t), .double(let x)): return numberAndTensor(op, t, x, tensorFirst: true)
        case (.tensor(let t), .int(let i)): return numberAndTensor(op, t, Double(i), tensorFirst: true)
        case (.double(let x), .tensor(let t)): return numberAndTensor(op, t, x, tensorFirst: false)
        case (.int(let i), .tensor(let t)): return numberAndTensor(op, t, Double(i), tensorFirst: false)
        default: return nil
        }
    }

    private static func numberAndTensor(_ op: ArithmeticOperator, _ t: Tensor, _ x: Double, tensorFirst: Bool) -> Tensor? {
        switch op {
        case .add: tensorFirst ? t + x : x + t
        case .subtract: tensorFirst ? t - x : x - t
        case .multiply: tensorFirst ? t * x : x * t
        case .divide: tensorFirst ? t / x : x / t
        case .power, .remainder, .matrixProduct: nil
        }
    }

    /// Element-wise comparison giving a mask of 0s and 1s, as numpy's does. Two scalars (a 0-d tensor such as
    /// `t.std()` against a number) give one Bool, as numpy's `np.bool_` that an `if` can test.
    static func compare(_ op: ComparisonOperator, _ lhs: RuntimeValue, _ rhs: RuntimeValue, at position: Position) throws
        -> RuntimeValue
    {
        guard let a = TensorConversion.tensor(lhs), let b = TensorConversion.tensor(rhs) else {
            throw Operators.mismatch(op.rawValue, lhs, rhs, at: position)
        }
        let comparison: ComparisonOp = switch op {
        case .less: .lt
        case .lessOrEqual: .le
        case .greater: .gt
        case .greaterOrEqual: .ge
        }
        let mask = try engine(position) { try a.compare(comparison, b) }
        return mask.shape.isEmpty ? .bool(mask.data[0] != 0) : .tensor(mask)
    }

    /// The shape two operands broadcast to (no graph is recorded for tensors that need no gradient).
    private static func broadcastShape(_ a: Tensor, _ b: Tensor) throws -> [Int] {
        try (a.detached() + b.detached()).shape
    }

    /// Runs engine code, turning its shape errors into errors at the operator.
    static func engine<T>(_ position: Position, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as EngineError {
            throw LanguageError(message: error.message, position: position)
        }
    }
}
