import Engine

/// Moves values between swift-nn's arrays and the engine's tensors. Numeric arrays stay Swift arrays (they
/// `append`, `map`, …) until arithmetic or a tensor builtin needs them as a tensor, as numpy would.
enum TensorConversion {
    /// The value as a tensor: numbers become 0-d tensors, rectangular nested numeric arrays n-d tensors;
    /// nil for anything else (strings, ragged arrays, arrays holding autodiff Values).
    static func tensor(_ value: RuntimeValue) -> Tensor? {
        switch value {
        case .tensor(let t): return t
        case .int(let i): return Tensor(scalar: Double(i))
        case .double(let d): return Tensor(scalar: d)
        case .range(.int(let lo), .int(let hi), let closed):
            guard let count = count(lo, hi, closed: closed), count <= Tensor.maximumCount else { return nil }
            return Tensor((closed ? Array(lo...hi) : Array(lo..<hi)).map(Double.init))
        case .array(let items):
            if let flat = flatNumbers(items) { return Tensor(flat) }
            guard Nesting.fitsInTensor(value) else { return nil }
            var data: [Double] = []
            guard let shape = flatten(value, into: &data) else { return nil }
            return try? Tensor.make(data, shape: shape)
        default: return nil
        }
    }

    /// The numbers of an array that holds only Ints and Doubles (`[b0, b1]`), read in one pass; nil otherwise.
    private static func flatNumbers(_ items: [RuntimeValue]) -> [Double]? {
        guard items.count <= Tensor.maximumCount else { return nil }
        var numbers: [Double] = []
        numbers.reserveCapacity(items.count)
        for item in items {
            switch item {
            case .double(let d): numbers.append(d)
            case .int(let i): numbers.append(Double(i))
            default: return nil
            }
        }
        return numbers
    }

    /// How many Ints `lo..<hi` (or `lo...hi`) holds; nil when the count does not fit in an Int or the bounds are reversed.
    static func count(_ lo: Int, _ hi: Int, closed: Bool) -> Int? {
        let (span, overflow) = hi.subtractingReportingOverflow(lo)
        guard !overflow, span >= 0 else { return nil }
        let (count, tooMany) = span.addingReportingOverflow(closed ? 1 : 0)
        return tooMany ? nil : count
    }

    /// Appends the numbers of a nested array and returns its shape; nil when ragged, not numeric, or more than
    /// a tensor may hold.
    private static func flatten(_ value: RuntimeValue, into data: inout [Double]) -> [Int]? {
        switch value {
        case .int(let i): data.append(Double(i)); return []
        case .double(let d): data.append(d); return []
        case .tensor(let t):
            guard data.count + t.count <= Tensor.maximumCount else { return nil }
            data += t.data
            return t.shape
        case .array(let items):
            var inner: [Int]?
            for item in items {
                guard let shape = flatten(item, into: &data), inner == nil || inner == shape else { return nil }
                inner = shape
            }
            return [items.count] + (inner ?? [])
        default: return nil
        }
    }

    /// A flat list of numbers from a 1-d array, tensor or Int range; nil for anything else.
    static func numbers(_ value: RuntimeValue) -> [Double]? {
        switch value {
        case .array(let items):
            var numbers: [Double] = []
            numbers.reserveCapacity(items.count)
            for item in items {
                guard item.isNumeric, let d = item.number else { return nil }
                numbers.append(d)
            }
            return numbers
        case .tensor(let t) where t.rank == 1: return t.data
        case .range(.int, .int, _): return tensor(value)?.data
        default: return nil
        }
    }

    /// True when the value is, or can act as, a tensor of at least one dimension.
    static func isArrayLike(_ value: RuntimeValue) -> Bool {
        switch value {
        case .tensor(let t): return t.rank > 0
        case .array: return tensor(value) != nil
        default: return false
        }
    }

    /// The elements along the first axis: numbers for a 1-d tensor, sub-tensors otherwise.
    static func elements(_ tensor: Tensor) throws -> [RuntimeValue] {
        guard let length = tensor.shape.first else { return [.double(tensor.data[0])] }
        guard length <= Capacity.arrayCount else {
            throw EngineError("a tensor of \(length) rows is too long to walk as an array (at most \(Capacity.arrayCount))")
        }
        if tensor.rank == 1 { return tensor.data.map(RuntimeValue.double) }
        return try (0..<length).map { .tensor(try tensor.index([.single($0)])) }
    }

    /// The tensor as nested arrays of Doubles, one level per axis (a 0-d tensor is its number).
    static func nestedArray(_ tensor: Tensor, at position: Position) throws -> RuntimeValue {
        guard tensor.count <= Capacity.arrayCount else {
            throw LanguageError(
                message: "a tensor of \(tensor.count) elements is too large to combine with autodiff Values element by "
                    + "element (at most \(Capacity.arrayCount))",
                position: position)
        }
        func level(_ axis: Int, _ offset: Int) -> RuntimeValue {
            guard axis < tensor.rank else { return .double(tensor.data[offset]) }
            let stride = tensor.shape[(axis + 1)...].reduce(1, *)
            return .array((0..<tensor.shape[axis]).map { level(axis + 1, offset + $0 * stride) })
        }
        return level(0, 0)
    }

    /// A tensor result as a runtime value. 0-d results stay tensors so gradients can flow through them.
    static func value(_ tensor: Tensor) -> RuntimeValue { .tensor(tensor) }
}
