import ArgumentParser
import Foundation

/// The arguments of `lessonrun serve`, parsed by `lessonrun` for its help and errors and again by the
/// `lessonrun-serve` program it starts, which gets them back from `arguments`.
public struct ServeOptions: ParsableArguments {
    public init() {}

    @Argument(help: ArgumentHelp("A course folder, or one lesson.", valueName: "dir|file"))
    public var source: String

    @Option(help: ArgumentHelp("The port on 127.0.0.1 (0: any free port).", valueName: "n"))
    public var port: UInt16 = 8000

    @Option(help: ArgumentHelp("Lessons to build at once (default: the number of cores).", valueName: "n"))
    public var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup public var limits: LessonLimitOptions

    public func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be a positive number") }
    }

    /// The command line that parses back to these options, every value spelled out.
    public var arguments: [String] {
        var arguments = [
            "--port", String(port), "--jobs", String(jobs), "--step-budget", String(limits.cell.stepBudget),
            "--max-depth", String(limits.cell.maxDepth), "--lesson-timeout", "\(limits.lessonTimeout)",
        ]
        if let timeout = limits.cell.timeout { arguments += ["--timeout", "\(timeout)"] }
        if let memory = limits.cell.memoryLimit { arguments += ["--memory-limit", memory] }
        // After `--`, a source that begins with a dash is still the source.
        return arguments + ["--", source]
    }
}
