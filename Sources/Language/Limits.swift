import Foundation

/// Bounds that stop runaway lesson code with a clear error instead of a hang or a crash.
public struct Limits: Hashable, Sendable {
    /// Evaluation steps (statements and expressions) one cell may take.
    public var stepBudget: Int
    /// Nested calls a cell may make.
    public var maxRecursionDepth: Int
    /// Wall-clock seconds one cell may run; nil for no limit.
    public var timeout: Double?

    public init(stepBudget: Int = 10_000_000, maxRecursionDepth: Int = 2_000, timeout: Double? = nil) {
        self.stepBudget = stepBudget
        self.maxRecursionDepth = maxRecursionDepth
        self.timeout = timeout
    }
}
