import Engine

/// What one level of an assignment's target evaluated before the value on the right.
enum AccessKey {
    /// The indices of `xs[i]` or `t[i, j]`.
    case indices([RuntimeValue])
    /// The key of `d[k, default: v]`, and the default (`.void` when the entry was there and it was not evaluated).
    case entry(RuntimeValue, fallback: RuntimeValue)
    /// The Value whose `.data` or `.grad` changes.
    case node(Value)
}

/// The storage an assignment or a mutating method changes. Swift evaluates a target's subscripts left to right
/// before the value on the right and before a method's arguments (`xs[f()] = g()` calls `f` first), so the two
/// are apart: `locate` evaluates the subscripts, keys and Values into an array, outermost level first, and
/// `change` then runs the change on the storage in place, where no lesson code runs.
struct CompiledAccess {
    /// How many keys `locate` appends: one per subscript, `default:` subscript and `.data`/`.grad` on the path.
    let keyCount: Int
    let locate: (Frame, inout [AccessKey]) throws -> Void
    let change: (Frame, [AccessKey], (inout RuntimeValue) throws -> Void) throws -> Void

    /// The target's keys, evaluated in order; a variable's own name needs none, and allocates nothing.
    @inline(__always)
    func keys(_ frame: Frame) throws -> [AccessKey] {
        guard keyCount > 0 else { return [] }
        var keys: [AccessKey] = []
        keys.reserveCapacity(keyCount)
        try locate(frame, &keys)
        return keys
    }
}
