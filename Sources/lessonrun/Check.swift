import ArgumentParser
import CommandSupport
import Foundation
import Notebook

/// `lessonrun check PATH…`: runs lessons and holds them to every number they state.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run lessons and check every //=> expectation, inline value, expected error and snapshot.",
        discussion: """
            PATH is a lesson or a folder, searched recursively for .md files. Math warnings and other \
            warnings fail the check as errors do. The report goes to standard output; the exit status is 0 \
            when everything held, 1 when anything failed or a lesson has an error, 2 for a usage error.
            """
    )

    @Argument(help: ArgumentHelp("Lessons, or folders of lessons.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("The report format: text, json, junit or github.", valueName: "format"))
    var format: FormatOption = .text

    @Flag(help: "Record every cell's outputs in NAME.snapshot.txt beside each lesson instead of comparing.")
    var updateSnapshots = false

    @Flag(help: "Rewrite failing //=> values and inline stated values in the lessons, and print the diff.")
    var accept = false

    @Option(help: ArgumentHelp("Lessons to run at once (default: the number of cores).", valueName: "n"))
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp(
        "Check only part K of N: lessons sorted by path, every N-th from the K-th (for a CI matrix).",
        valueName: "k/n"))
    var shard: Shard?

    @OptionGroup var limits: LessonLimitOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Missing expected argument '<path> ...'") }
        guard jobs > 0 else { throw ValidationError("--jobs must be a positive number") }
    }

    func run() throws {
        let lessons: [String]
        do {
            let found = try LessonFinder.lessons(in: paths)
            lessons = shard?.select(found) ?? found
        } catch {
            Console.err("lessonrun: \(error)\n")
            throw ExitCode(2)
        }
        let options = Checker.Options(
            limits: limits.cell.limits, lessonTimeout: limits.lessonTimeout, updateSnapshots: updateSnapshots,
            accept: accept)
        let progress = Progress(enabled: lessons.count > 1 && Console.isTerminal(STDOUT_FILENO) && format == .text)
        let total = lessons.count
        let checks = ParallelMap.map(lessons, jobs: jobs, finished: { done, _, check in
            progress.finished(done, of: total, name: check.path, milliseconds: check.milliseconds)
        }) { Checker.check(lessonAt: $0, options: options) }
        let report = CheckReport(lessons: checks)
        Console.out(format.format.format(report, color: format == .text && Console.isColorTerminal(STDOUT_FILENO)))
        if !report.passed { throw ExitCode(1) }
    }
}

/// `--format`'s values.
enum FormatOption: String, ExpressibleByArgument, CaseIterable {
    case text, json, junit, github

    var format: ReportFormat {
        ReportFormat(rawValue: rawValue)!
    }
}
