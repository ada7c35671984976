import Engine

/// Bounds on the shape of nested arrays and tuples. Printing, comparing, converting and freeing a value
/// recurse once per level, so a program that wraps an array in itself a million times (`x = [x]` in a loop)
/// would overflow the stack: storing a value inside a container checks the depth (no lesson needs more than a
/// few levels). And an array may hold another one many times over, so element-by-element work first counts
/// what it would visit.
enum Nesting {
    static let maximumDepth = 1_000

    /// Throws when storing `value` inside a container would nest more than `maximumDepth` levels.
    static func check(_ value: RuntimeValue, at position: Position) throws {
        guard isContainer(value) else { return }
        var memo: [UnsafeRawPointer: Int] = [:]
        guard depth(value, memo: &memo) < maximumDepth else { throw tooDeep(at: position) }
    }

    /// `check` for each of the items of a new container.
    static func check(_ values: [RuntimeValue], at position: Position) throws {
        guard values.contains(where: isContainer) else { return }
        var memo: [UnsafeRawPointer: Int] = [:]
        for value in values where depth(value, memo: &memo) >= maximumDepth { throw tooDeep(at: position) }
    }

    /// True for arrays, tuples, dictionaries, optionals and struct values, the values that hold other values.
    @inline(__always)
    static func isContainer(_ value: RuntimeValue) -> Bool {
        switch value {
        case .array, .tuple, .dictionary, .optional, .instance: true
        default: false
        }
    }

    /// Throws when an array or tuple holds more than `Tensor.maximumCount` values, counting each appearance of
    /// a shared inner array: what an element-by-element walk (`-x`, `x == y`, `sqrt(x)`) would visit. Doubling
    /// `x = [x, x]` forty times takes forty steps but makes a trillion elements.
    static func checkSize(_ values: RuntimeValue..., at position: Position) throws {
        var memo: [UnsafeRawPointer: Int] = [:]
        for value in values where count(value, memo: &memo) > Tensor.maximumCount {
            throw LanguageError(
                message: "an array of more than \(Tensor.maximumCount) values is too large to work on element by element",
                position: position)
        }
    }

    /// Whether an element-by-element walk of the value stays within `Tensor.maximumCount` values.
    static func fitsInTensor(_ value: RuntimeValue) -> Bool {
        var memo: [UnsafeRawPointer: Int] = [:]
        return count(value, memo: &memo) <= Tensor.maximumCount
    }

    /// The values an element-by-element walk visits, counted no further than just past `Tensor.maximumCount`.
    private static func count(_ value: RuntimeValue, memo: inout [UnsafeRawPointer: Int]) -> Int {
        let items: [RuntimeValue]
        switch value {
        case .array(let a), .tuple(let a): items = a
        case .instance(let instance): items = instance.fields
        case .dictionary(let d): items = d.values
        case .optional(let wrapped?): return min(1 + count(wrapped, memo: &memo), Tensor.maximumCount + 1)
        default: return 1
        }
        // A flat array, the common case, needs no memo.
        if !items.contains(where: isContainer) { return min(1 + items.count, Tensor.maximumCount + 1) }
        guard let key = items.withUnsafeBufferPointer({ $0.baseAddress.map(UnsafeRawPointer.init) }) else { return 1 }
        if let known = memo[key] { return known }
        var total = 1
        for item in items where total <= Tensor.maximumCount { total += count(item, memo: &memo) }
        let result = min(total, Tensor.maximumCount + 1)
        memo[key] = result
        return result
    }

    private static func tooDeep(at position: Position) -> LanguageError {
        LanguageError(message: "arrays and tuples may nest at most \(maximumDepth) levels deep", position: position)
    }

    /// 0 for a plain value, 1 for a flat array, and so on, counted no further than `maximumDepth`. Arrays that
    /// share storage are measured once, so a value built by doubling (`x = [x, x]`) costs only its levels.
    private static func depth(_ value: RuntimeValue, memo: inout [UnsafeRawPointer: Int]) -> Int {
        let items: [RuntimeValue]
        switch value {
        case .array(let a), .tuple(let a): items = a
        case .instance(let instance): items = instance.fields
        case .dictionary(let d): items = d.values
        case .optional(let wrapped?): return min(1 + depth(wrapped, memo: &memo), maximumDepth)
        default: return 0
        }
        guard let key = items.withUnsafeBufferPointer({ $0.baseAddress.map(UnsafeRawPointer.init) }) else { return 1 }
        if let known = memo[key] { return known }
        var deepest = 0
        for item in items {
            deepest = max(deepest, depth(item, memo: &memo))
            if deepest >= maximumDepth { break }
        }
        let result = min(deepest + 1, maximumDepth)
        memo[key] = result
        return result
    }
}
