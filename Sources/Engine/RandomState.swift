import Foundation

/// numpy's legacy `RandomState`, bit for bit: after `RandomState(seed: 1)`, `random(3)` and
/// `randn(2)` are the numbers `np.random.seed(1)` gives. Every method draws from the stream in
/// the order numpy does, so mixing calls (`random`, then `randn`, then `shuffle`) stays in step.
///
/// A reference type, as numpy's is: two parts of a program that share a state share its stream.
public final class RandomState {
    private var twister: MersenneTwister
    /// The polar method makes normals in pairs; numpy keeps the second for the next call.
    private var cachedGaussian: Double?

    /// A stream seeded as `np.random.seed(seed)` seeds it (any seed in 0 ... 2³² − 1).
    public init(seed: UInt32) {
        twister = MersenneTwister(seed: seed)
    }

    /// A stream seeded as `np.random.seed([k₀, k₁, …])` seeds it.
    public init(key: [UInt32]) {
        twister = MersenneTwister(key: key)
    }

    /// Restarts the stream, as `np.random.seed(seed)` does (forgetting a cached normal too).
    public func seed(_ seed: UInt32) {
        twister = MersenneTwister(seed: seed)
        cachedGaussian = nil
    }

    // MARK: Uniform

    /// A double in [0, 1): `random_sample()`.
    public func random() -> Double {
        twister.nextDouble()
    }

    /// `count` doubles in [0, 1): `random_sample(count)`.
    public func random(_ count: Int) -> [Double] {
        (0..<count).map { _ in random() }
    }

    /// `count` doubles in [low, high): `uniform(low, high, count)`, i.e. low + (high − low)·u.
    public func uniform(_ low: Double, _ high: Double, count: Int) -> [Double] {
        let range = high - low
        return (0..<count).map { _ in low + range * random() }
    }

    // MARK: Normal

    /// A standard normal draw by numpy's legacy polar method: two uniforms in the unit disc give
    /// two normals; the second is returned by the next call.
    public func randn() -> Double {
        if let cached = cachedGaussian {
            cachedGaussian = nil
            return cached
        }
        var x1, x2, r2: Double
        repeat {
            x1 = 2 * random() - 1
            x2 = 2 * random() - 1
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1 || r2 == 0
        let f = (-2 * Foundation.log(r2) / r2).squareRoot()
        cachedGaussian = f * x1
        return f * x2
    }

    /// `count` standard normal draws: `randn(count)`.
    public func randn(_ count: Int) -> [Double] {
        (0..<count).map { _ in randn() }
    }

    /// `count` draws from N(mean, std²): `normal(mean, std, count)`, i.e. mean + std·z.
    public func normal(_ mean: Double, _ std: Double, count: Int) -> [Double] {
        (0..<count).map { _ in mean + std * randn() }
    }

    // MARK: Integers

    /// An integer in low..<high, as `randint(low, high)`: numpy draws an offset in 0...(high − low − 1)
    /// by masked rejection — keep the low bits under the smallest all-ones mask, retry when too big.
    /// The offset is computed in unsigned arithmetic, so the whole range of `Int` is allowed.
    public func randint(_ low: Int, _ high: Int) throws -> Int {
        guard low < high else { throw EngineError("randint: low >= high (got \(low) and \(high))") }
        let maximum = UInt64(bitPattern: Int64(high &- low)) &- 1
        return low &+ Int(truncatingIfNeeded: boundedDraw(maximum))
    }

    /// `count` integers in low..<high: `randint(low, high, size: count)`.
    public func randint(_ low: Int, _ high: Int, count: Int) throws -> [Int] {
        guard count >= 0 else { throw EngineError("randint: negative dimensions are not allowed") }
        return try (0..<count).map { _ in try randint(low, high) }
    }

    /// Shuffles in place as numpy's `shuffle` does: Fisher–Yates from the last element down,
    /// each partner drawn by masked rejection in 0...i.
    public func shuffle<T>(_ elements: inout [T]) {
        for i in stride(from: elements.count - 1, through: 1, by: -1) {
            let j = Int(boundedDraw(UInt64(i)))
            elements.swapAt(i, j)
        }
    }

    /// 0..<n in random order: `permutation(n)`; empty for n ≤ 0.
    public func permutation(_ n: Int) -> [Int] {
        var indices = Array(0..<Swift.max(n, 0))
        shuffle(&indices)
        return indices
    }

    /// `size` indices from 0..<n: `choice(n, size, replace)`. With replacement numpy draws
    /// `randint(0, n, size)`; without, it takes the first `size` of `permutation(n)`.
    public func choice(_ n: Int, size: Int, replace: Bool = true) throws -> [Int] {
        guard n > 0 || (n == 0 && size == 0) else {
            throw EngineError("choice: a must be greater than 0 unless no samples are taken")
        }
        guard size >= 0 else { throw EngineError("choice: negative dimensions are not allowed") }
        if replace { return try randint(0, n, count: size) }
        guard size <= n else {
            throw EngineError("choice: cannot take a larger sample than population when replace is false")
        }
        return Array(permutation(n).prefix(size))
    }

    /// A uniform integer in 0...maximum by masked rejection (numpy's `random_interval` and its
    /// masked bounded draws): 32-bit draws while the maximum fits in 32 bits, 64-bit beyond.
    private func boundedDraw(_ maximum: UInt64) -> UInt64 {
        if maximum == 0 { return 0 }
        let mask = UInt64.max >> maximum.leadingZeroBitCount
        if maximum == UInt64(UInt32.max) { return UInt64(twister.next32()) }
        if maximum < UInt64(UInt32.max) {
            while true {
                let value = UInt64(twister.next32()) & mask
                if value <= maximum { return value }
            }
        }
        while true {
            let value = twister.next64() & mask
            if value <= maximum { return value }
        }
    }
}
