import Foundation

/// Bounds that stop runaway lesson code with a clear error instead of a hang or a crash.
public struct Limits: Hashable, Sendable {
    /// Steps one cell may take: each loop iteration and each call is one. The default, a hundred million, is
    /// about ten seconds of loop iterations that each do a few statements of scalar work (a gradient-descent
    /// step), while `while true {}` stops within a second.
    public var stepBudget: Int
    /// Nested calls a cell may make.
    public var maxRecursionDepth: Int
    /// Wall-clock seconds one cell may run; nil for no limit.
    public var timeout: Double?
    /// Bytes the process may hold while a cell runs (checked every few hundredths of a second); nil for no limit.
    public var memory: Int?

    public init(
        stepBudget: Int = 100_000_000, maxRecursionDepth: Int = 2_000, timeout: Double? = nil,
        memory: Int? = Limits.defaultMemory
    ) {
        self.stepBudget = stepBudget
        self.maxRecursionDepth = maxRecursionDepth
        self.timeout = timeout
        self.memory = memory
    }

    /// The default memory limit: three quarters of the memory the process may use (the machine's, its control
    /// group's, its `ulimit`'s), and no more than 8 GiB.
    public static let defaultMemory = min(8 << 30, MemoryBudget.available / 4 * 3)

    /// The deepest nesting of calls any setting allows: each level takes native stack, and a cell's stack
    /// holds this many levels with room to spare, even through builtins that call back (`map`, `grad`).
    public static let recursionCeiling = 20_000

    /// The levels of recursion the cell thread's native stack holds; fewer than `recursionCeiling` when the
    /// process's address space limit left room only for a smaller stack.
    var stackLevels = Limits.recursionCeiling

    /// The recursion limit in force: `maxRecursionDepth`, but no more than `recursionCeiling` or `stackLevels`.
    var effectiveRecursionDepth: Int { min(maxRecursionDepth, Limits.recursionCeiling, stackLevels) }

    /// Why the recursion limit is lower than asked, for its error message: only a small stack can make it so,
    /// and an author raising `--max-recursion` should know that raising it will not help.
    var recursionLimitReason: String {
        guard stackLevels < min(maxRecursionDepth, Limits.recursionCeiling) else { return "" }
        return " (the limit is \(stackLevels), not \(min(maxRecursionDepth, Limits.recursionCeiling)), because the "
            + "process's address-space limit (ulimit -v) left room for a smaller stack)"
    }
}
