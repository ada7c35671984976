import ArgumentParser
import Language

/// The limits that stop runaway lesson code, shared by every command that runs code.
public struct LimitOptions: ParsableArguments {
    public init() {}

    @Option(help: ArgumentHelp("Steps (loop iterations and calls) one cell may take before it is stopped with an error.",
                               valueName: "n"))
    public var stepBudget = Limits().stepBudget

    @Option(help: ArgumentHelp("How deeply calls may nest before the cell is stopped with an error.",
                               valueName: "n"))
    public var maxDepth = Limits().maxRecursionDepth

    @Option(help: ArgumentHelp(
        "Seconds one cell may run before it is stopped with an error (a cell's `timeout` option overrides it).",
        valueName: "seconds"))
    public var timeout: Double?

    @Option(help: ArgumentHelp(
        "Memory lessonrun may hold while a cell runs, such as 2G or 512M (default: three quarters of what the "
            + "machine, the control group and ulimit allow, at most 8G).",
        valueName: "size"))
    public var memoryLimit: String?

    public func validate() throws {
        if let memoryLimit, MemoryBudget.parse(memoryLimit) == nil {
            throw ValidationError("--memory-limit takes a size such as 2G, 512M or a number of bytes, not `\(memoryLimit)`")
        }
        guard stepBudget > 0 else { throw ValidationError("--step-budget must be a positive number") }
        guard maxDepth > 0 else { throw ValidationError("--max-depth must be a positive number") }
        if let timeout, !(timeout > 0 && timeout.isFinite) {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
    }

    public var limits: Limits {
        Self.limits(stepBudget: stepBudget, maxDepth: maxDepth, timeout: timeout, memoryLimit: memoryLimit)
    }

    /// The limits the options give; with no arguments, those of a command line without limit options.
    public static func limits(
        stepBudget: Int = Limits().stepBudget, maxDepth: Int = Limits().maxRecursionDepth, timeout: Double? = nil,
        memoryLimit: String? = nil
    ) -> Limits {
        Limits(
            stepBudget: stepBudget, maxRecursionDepth: maxDepth, timeout: timeout,
            memory: memoryLimit.flatMap(MemoryBudget.parse) ?? Limits.defaultMemory)
    }
}

/// The time limit of a whole lesson, for the commands that run lessons.
public struct LessonLimitOptions: ParsableArguments {
    public init() {}

    @OptionGroup public var cell: LimitOptions

    @Option(help: ArgumentHelp(
        "Seconds a whole lesson may run; the cell running then is stopped and later ones are not run.",
        valueName: "seconds"))
    public var lessonTimeout = LessonLimitOptions.defaultLessonTimeout

    /// Seconds a whole lesson may run when `--lesson-timeout` is not given.
    public static let defaultLessonTimeout: Double = 300

    public func validate() throws {
        guard lessonTimeout > 0, lessonTimeout.isFinite else {
            throw ValidationError("--lesson-timeout must be a positive number of seconds")
        }
    }
}
