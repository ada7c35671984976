import Engine
import Foundation

/// swift-nn's operators. Int stays Int under `+ - * %` (Python's model, so counts print as `3`);
/// `/` always gives a Double; numeric arrays combine element-wise with numpy's scalar broadcasting;
/// an autodiff `Value` on either side records the operation for `grad`.
enum Operators {
    static func unary(_ op: UnaryOperator, _ value: RuntimeValue, at position: Position) throws -> RuntimeValue {
        if Nesting.isContainer(value) { try Nesting.checkSize(value, at: position) }
        return try elementwiseUnary(op, value, at: position)
    }

    private static func elementwiseUnary(_ op: UnaryOperator, _ value: RuntimeValue, at position: Position) throws
        -> RuntimeValue
    {
        switch (op, value) {
        case (.negate, .int(let i)):
            let (negated, overflow) = (0).subtractingReportingOverflow(i)
            return overflow ? .double(-Double(i)) : .int(negated)
        case (.negate, .double(let d)): return .double(-d)
        case (.negate, .autodiff(let v)): return .autodiff(-v)
        case (.negate, .tensor(let t)): return .tensor(-t)
        case (.negate, .array(let items)): return .array(try items.map { try elementwiseUnary(.negate, $0, at: position) })
        case (.plus, _) where value.isNumeric: return value
        case (.not, .bool(let b)): return .bool(!b)
        default:
            throw LanguageError(message: "operator `\(op.rawValue)` cannot be applied to \(value.typeName)", position: position)
        }
    }

    /// Every binary operator but the short-circuiting `&&` and `||`, which the interpreter evaluates itself
    /// (given here evaluated operands, they combine Bools as usual).
    static func binary(_ op: BinaryOperator, _ lhs: RuntimeValue, _ rhs: RuntimeValue, at position: Position) throws
        -> RuntimeValue
    {
        if Nesting.isContainer(lhs) || Nesting.isContainer(rhs) { try Nesting.checkSize(lhs, rhs, at: position) }
        switch op {
        case .equal, .notEqual:
            if let type = unequatable(lhs) ?? unequatable(rhs) {
                throw LanguageError(
                    message: "`\(type)` is not Equatable: declare `struct \(type): Equatable` to compare its values "
                        + "with `\(op.text)`", position: position, length: op.text.count)
            }
            return .bool(equal(lhs, rhs) == (op == .equal))
        case .comparison(let comparison): return try compare(comparison, lhs, rhs, at: position)
        case .arithmetic(let arithmetic): return try self.arithmetic(arithmetic, lhs, rhs, at: position)
        case .and, .or:
            guard case .bool(let a) = lhs, case .bool(let b) = rhs else { throw mismatch(op.text, lhs, rhs, at: position) }
            return .bool(op == .and ? a && b : a || b)
        }
    }

    static func compare(_ op: ComparisonOperator, _ lhs: RuntimeValue, _ rhs: RuntimeValue, at position: Position) throws
        -> RuntimeValue
    {
        if case .tensor = lhs { return try TensorOperators.compare(op, lhs, rhs, at: position) }
        if case .tensor = rhs { return try TensorOperators.compare(op, lhs, rhs, at: position) }
        if case .string(let a) = lhs, case .string(let b) = rhs { return .bool(op.holds(a, b)) }
        if case .int(let a) = lhs, case .int(let b) = rhs { return .bool(op.holds(a, b)) }
        if let holds = ExactComparison.mixed(op, lhs, rhs) { return .bool(holds) }
        guard lhs.isNumeric, rhs.isNumeric, let a = lhs.number, let b = rhs.number else {
            throw mismatch(op.rawValue, lhs, rhs, at: position)
        }
        return .bool(op.holds(a, b))
    }

    /// The name of a struct that does not declare `Equatable`, when `value` is one of its values, or an array or
    /// optional of them, which Swift's `==` refuses.
    private static func unequatable(_ value: RuntimeValue) -> String? {
        switch value {
        case .instance(let instance): instance.type.declaration.isEquatable ? nil : instance.type.name
        case .array(let items): items.first.flatMap(unequatable)
        case .optional(let wrapped?): unequatable(wrapped)
        default: nil
        }
    }

    static func equal(_ lhs: RuntimeValue, _ rhs: RuntimeValue) -> Bool {
        switch (lhs, rhs) {
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)), (.tuple(let a), .tuple(let b)):
            return a.count == b.count && zip(a, b).allSatisfy(equal)
        case (.void, .void): return true
        case (.dictionary(let a), .dictionary(let b)):
            // Swift's dictionaries are equal when they hold the same entries, whatever their order.
            return a.count == b.count && zip(a.keys, a.values).allSatisfy { key, value in
                b[key].map { equal(value, $0) } ?? false
            }
        case (.optional(nil), .optional(nil)): return true
        case (.optional(let a?), .optional(let b?)): return equal(a, b)
        case (.optional(let a?), _) where !isOptional(rhs): return equal(a, rhs)
        case (_, .optional(let b?)) where !isOptional(lhs): return equal(lhs, b)
        case (.optional, _), (_, .optional): return false
        case (.tensor, _), (_, .tensor):
            guard let a = TensorConversion.tensor(lhs), let b = TensorConversion.tensor(rhs) else { return false }
            return a.shape == b.shape && a.data == b.data
        case (.function(let a), .function(let b)): return a === b
        case (.object(let a), .object(let b)): return a === b
        case (.instance(let a), .instance(let b)):
            // Swift's synthesized `==`: the same type, and equal stored properties (so a NaN property is unequal even
            // in a value compared with itself).
            return a.type === b.type && zip(a.fields, b.fields).allSatisfy(equal)
        case (.int(let a), .int(let b)): return a == b
        case (.int(let a), .double(let b)), (.double(let b), .int(let a)): return ExactComparison.equal(a, b)
        default:
            guard lhs.isNumeric, rhs.isNumeric, let a = lhs.number, let b = rhs.number else { return false }
            return a == b
        }
    }

    static func arithmetic(_ op: ArithmeticOperator, _ lhs: RuntimeValue, _ rhs: RuntimeValue, at position: Position) throws -> RuntimeValue {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            return try integer(op, a, b, at: position)
        // `t[i]` of a 1-d tensor is a 0-d tensor; next to an autodiff Value it is just its number, as numpy's
        // scalar is, so a function of Doubles that reads data from a tensor can still be differentiated.
        case (.autodiff, .tensor(let t)) where t.rank == 0 && !t.requiresGrad:
            return try arithmetic(op, lhs, .double(t.data[0]), at: position)
        case (.tensor(let t), .autodiff) where t.rank == 0 && !t.requiresGrad:
            return try arithmetic(op, .double(t.data[0]), rhs, at: position)
        // A data tensor next to an autodiff Value, or a list of them, combines element by element into a list of
        // Values, so a function of Doubles that works on whole data (`mean((w * x + b - y) ** 2)`) can be
        // differentiated. A tensor that records its own gradients keeps to its own graph.
        case (.tensor(let t), _) where !t.requiresGrad && holdsAutodiff(rhs):
            return try arithmetic(op, try TensorConversion.nestedArray(t, at: position), rhs, at: position)
        case (_, .tensor(let t)) where !t.requiresGrad && holdsAutodiff(lhs):
            return try arithmetic(op, lhs, try TensorConversion.nestedArray(t, at: position), at: position)
        case (.tensor, _), (_, .tensor):
            return try TensorOperators.arithmetic(op, lhs, rhs, at: position)
        case (.autodiff(let base), _) where op == .power && rhs.isNumeric && !isAutodiff(rhs):
            // A constant exponent keeps the simple power rule, which also holds for negative bases.
            return .autodiff(pow(base, rhs.number ?? .nan))
        case (.autodiff, _) where rhs.isNumeric, (_, .autodiff) where lhs.isNumeric:
            return .autodiff(try differentiable(op, value(lhs), value(rhs), at: position))
        case (.string(let a), .string(let b)) where op == .add:
            try Capacity.checkLength(a.utf8.count + b.utf8.count, at: position)
            return .string(a + b)
        // Arrays of strings (or of anything that is not a number) have no element-wise sum: `+` joins them, as
        // Swift's does. Numeric arrays add element by element, numpy's way, where Swift would join them; lengths
        // that differ would then broadcast a one-element or empty array silently (`xs += [4]` gave `xs + 4`), so
        // they are an error that says how to join.
        case (.array(let a), .array(let b)) where op == .add && (!a.isEmpty || !b.isEmpty)
            && a.allSatisfy(isJoinable) && b.allSatisfy(isJoinable):
            guard a.count + b.count <= Capacity.arrayCount else {
                throw LanguageError(message: "an array may hold at most \(Capacity.arrayCount) elements", position: position)
            }
            return .array(a + b)
        case (.array(let a), .array(let b)) where op == .add && a.count != b.count:
            throw LanguageError(
                message: "`+` adds arrays element by element, as numpy does, and these have \(a.count) and \(b.count) "
                    + "elements; to join them as Swift does, use `append(contentsOf:)`",
                position: position)
        case (.array, _) where TensorConversion.tensor(lhs) != nil && TensorConversion.tensor(rhs) != nil,
             (_, .array) where TensorConversion.tensor(lhs) != nil && TensorConversion.tensor(rhs) != nil:
            return try TensorOperators.arithmetic(op, lhs, rhs, at: position)
        // Arrays of autodiff Values (micrograd-style lists) combine element by element.
        case (.array(let a), .array(let b)):
            guard a.count == b.count else {
                throw LanguageError(
                    message: "operands could not be broadcast together: \(a.count) and \(b.count) elements", position: position)
            }
            return .array(try zip(a, b).map { try arithmetic(op, $0, $1, at: position) })
        case (.array(let a), _) where rhs.isNumeric:
            return .array(try a.map { try arithmetic(op, $0, rhs, at: position) })
        case (_, .array(let b)) where lhs.isNumeric:
            return .array(try b.map { try arithmetic(op, lhs, $0, at: position) })
        default:
            guard lhs.isNumeric, rhs.isNumeric, let a = lhs.number, let b = rhs.number else {
                throw mismatch(op.rawValue, lhs, rhs, at: position)
            }
            return .double(try double(op, a, b, at: position))
        }
    }

    private static func integer(_ op: ArithmeticOperator, _ a: Int, _ b: Int, at position: Position) throws -> RuntimeValue {
        let result: (partialValue: Int, overflow: Bool)
        switch op {
        case .add: result = a.addingReportingOverflow(b)
        case .subtract: result = a.subtractingReportingOverflow(b)
        case .multiply: result = a.multipliedReportingOverflow(by: b)
        case .remainder:
            guard b != 0 else { throw LanguageError(message: "integer remainder by zero", position: position) }
            // Int.min % -1 overflows in the machine's division, though the remainder is 0.
            let r = b == -1 ? 0 : a % b
            return .int(r != 0 && (r < 0) != (b < 0) ? r + b : r)
        case .power where b >= 0:
            return integerPower(a, b)
        case .power, .divide, .matrixProduct:
            return .double(try double(op, Double(a), Double(b), at: position))
        }
        return result.overflow ? .double(try double(op, Double(a), Double(b), at: position)) : .int(result.partialValue)
    }

    /// base^exponent by repeated squaring, so a huge exponent takes a few dozen steps; a Double when it overflows.
    private static func integerPower(_ base: Int, _ exponent: Int) -> RuntimeValue {
        var (result, square, remaining) = (1, base, exponent)
        while remaining > 0 {
            if remaining & 1 == 1 {
                let (product, overflow) = result.multipliedReportingOverflow(by: square)
                if overflow { return .double(Foundation.pow(Double(base), Double(exponent))) }
                result = product
            }
            remaining >>= 1
            guard remaining > 0 else { break }
            let (squared, overflow) = square.multipliedReportingOverflow(by: square)
            if overflow { return .double(Foundation.pow(Double(base), Double(exponent))) }
            square = squared
        }
        return .int(result)
    }

    private static func double(_ op: ArithmeticOperator, _ a: Double, _ b: Double, at position: Position) throws -> Double {
        switch op {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return a / b
        case .power: return Foundation.pow(a, b)
        case .remainder:
            return floatRemainder(a, b)
        case .matrixProduct:
            throw LanguageError(message: "operator `@` needs arrays or tensors, not two numbers", position: position)
        }
    }

    /// Python's and numpy's float remainder: the result takes the divisor's sign, a zero result included. Whole
    /// numbers below 2⁵³, as `n % 2` of a Double counter is, divide as Ints, which give fmod's value exactly in a
    /// few instructions where glibc's fmod loops.
    static func floatRemainder(_ a: Double, _ b: Double) -> Double {
        let r: Double
        if abs(a) < 0x1p53, abs(b) < 0x1p53, b != 0, a.rounded(.towardZero) == a, b.rounded(.towardZero) == b {
            r = Double(Int(a) % Int(b))
        } else {
            r = fmod(a, b)
        }
        if r == 0 { return b.sign == .minus ? -0.0 : 0.0 }
        return (r < 0) != (b < 0) ? r + b : r
    }

    private static func differentiable(_ op: ArithmeticOperator, _ a: Value, _ b: Value, at position: Position) throws -> Value {
        switch op {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return a / b
        case .power: return pow(a, b)
        case .remainder, .matrixProduct:
            throw LanguageError(message: "operator `\(op.rawValue)` is not differentiable", position: position)
        }
    }

    /// An element `+` joins arrays of rather than adding them: a string, a Bool, or a tuple, dictionary or
    /// optional, none of which adds element by element.
    private static func isJoinable(_ v: RuntimeValue) -> Bool {
        switch v {
        case .string, .bool, .tuple, .dictionary, .optional: true
        default: false
        }
    }

    private static func isOptional(_ v: RuntimeValue) -> Bool {
        if case .optional = v { return true }
        return false
    }

    /// An autodiff Value, or an array with one among its first-level elements.
    static func holdsAutodiff(_ v: RuntimeValue) -> Bool {
        switch v {
        case .autodiff: true
        case .array(let items): items.contains(where: isAutodiff)
        default: false
        }
    }

    private static func isAutodiff(_ v: RuntimeValue) -> Bool {
        if case .autodiff = v { return true }
        return false
    }

    /// Lifts a number into the autodiff graph as a constant leaf.
    static func value(_ v: RuntimeValue) -> Value {
        if case .autodiff(let value) = v { return value }
        return Value(v.number ?? .nan)
    }

    static func mismatch(_ op: String, _ lhs: RuntimeValue, _ rhs: RuntimeValue, at position: Position) -> LanguageError {
        LanguageError(
            message: "operator `\(op)` cannot be applied to \(lhs.typeName) and \(rhs.typeName)", position: position)
    }
}
