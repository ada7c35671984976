/// The 32-bit Mersenne Twister (MT19937) exactly as numpy's legacy `RandomState` runs it:
/// the same seeding, the same tempering, and the same 53-bit doubles, so that a seed gives
/// numpy's numbers bit for bit.
public struct MersenneTwister: Sendable {
    private static let stateLength = 624
    private static let shift = 397

    private var state: [UInt32]
    private var position: Int

    /// Knuth's linear seeding (`init_genrand`), which numpy's `seed(n)` uses for an integer n.
    public init(seed: UInt32) {
        state = Array(repeating: 0, count: Self.stateLength)
        state[0] = seed
        for i in 1..<Self.stateLength {
            let previous = state[i - 1]
            state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        position = Self.stateLength
    }

    /// Seeding from an array of words (`init_by_array`), which numpy uses for `seed([a, b, …])`.
    public init(key: [UInt32]) {
        precondition(!key.isEmpty, "init_by_array needs at least one word")
        self.init(seed: 19_650_218)
        let n = Self.stateLength
        var (i, j) = (1, 0)
        for _ in 0..<max(n, key.count) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
        }
        state[0] = 0x8000_0000
    }

    /// The next 32 random bits.
    public mutating func next32() -> UInt32 {
        if position == Self.stateLength { regenerate() }
        var y = state[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// 64 bits from two draws, the first one high, as numpy's `next_uint64` for MT19937.
    public mutating func next64() -> UInt64 {
        let high = UInt64(next32())
        return high << 32 | UInt64(next32())
    }

    /// A double in [0, 1) from 27 + 26 random bits: numpy's `random_sample`.
    public mutating func nextDouble() -> Double {
        let a = Double(next32() >> 5)
        let b = Double(next32() >> 6)
        return (a * 67_108_864 + b) / 9_007_199_254_740_992
    }

    /// Refills the whole state at once (the "twist").
    private mutating func regenerate() {
        let n = Self.stateLength
        for i in 0..<n {
            let y = (state[i] & 0x8000_0000) | (state[(i + 1) % n] & 0x7FFF_FFFF)
            var next = state[(i + Self.shift) % n] ^ (y >> 1)
            if y & 1 == 1 { next ^= 0x9908_B0DF }
            state[i] = next
        }
        position = 0
    }
}
