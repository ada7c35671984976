/// What an assignment's target evaluated before the value on the right, in order, one value a slot: a
/// subscript's index (its indices as an array when it has several), a `default:` subscript's key and default,
/// the Value whose `.data` or `.grad` changes. The first three are kept inline, since a target is rarely deeper
/// than `grid[i][j]`: an array per assignment cost a quarter of a `counts[k, default: 0] += 1`.
struct AccessKeys {
    private var first = RuntimeValue.void
    private var second = RuntimeValue.void
    private var third = RuntimeValue.void
    private var rest: [RuntimeValue] = []
    private var count = 0


    mutating func append(_ key: RuntimeValue) {
        switch count {
        case 0: first = key
        case 1: second = key
        case 2: third = key
        default: rest.append(key)
        }
        count += 1
    }

    subscript(slot: Int) -> RuntimeValue {
        switch slot {
        case 0: first
        case 1: second
        case 2: third
        default: rest[slot - 3]
        }
    }
}

/// The storage an assignment or a mutating method changes. Swift evaluates a target's subscripts left to right
/// before the value on the right and before a method's arguments (`xs[f()] = g()` calls `f` first), so the two
/// are apart: `locate` evaluates the subscripts, keys and Values, outermost level first, and `change` then runs
/// the change on the storage in place, where no lesson code runs.
struct CompiledAccess {
    /// How many slots of `AccessKeys` `locate` fills.
    let keyCount: Int
    let locate: (Frame, inout AccessKeys) throws -> Void
    let change: (Frame, AccessKeys, (inout RuntimeValue) throws -> Void) throws -> Void

    /// The target's keys, evaluated in order.
    @inline(__always)
    func keys(_ frame: Frame) throws -> AccessKeys {
        var keys = AccessKeys()
        if keyCount > 0 { try locate(frame, &keys) }
        return keys
    }
}
