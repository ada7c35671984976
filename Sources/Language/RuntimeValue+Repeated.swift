extension Array where Element == RuntimeValue {
    /// `count` copies of `value`, as `Array(repeating:count:)` makes them. A number, a Bool or void holds no
    /// reference, so its copies are written as bytes, doubling the filled part each time, rather than one by one
    /// through the enum's copy: 100 000 Ints took 10 instructions each that way, as long as the copy itself.
    init(repeatingValue value: RuntimeValue, count: Int) {
        switch value {
        case .int, .double, .bool, .void:
            self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
                guard count > 0, let base = buffer.baseAddress else {
                    initialized = 0
                    return
                }
                base.initialize(to: value)
                let stride = MemoryLayout<RuntimeValue>.stride
                let raw = UnsafeMutableRawPointer(base)
                var filled = 1
                while filled < count {
                    let more = Swift.min(filled, count - filled)
                    (raw + filled * stride).copyMemory(from: raw, byteCount: more * stride)
                    filled += more
                }
                initialized = count
            }
        default:
            self.init(repeating: value, count: count)
        }
    }
}
