import ArgumentParser
import CommandSupport
import Foundation
import Notebook
import Site

/// `lessonrun build DIR [-o OUT]`: the course website.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a course website: an index, a page per lesson, search, and a 404 page.",
        discussion: """
            The order of the lessons comes from DIR/course.yml (title, description, and a `lessons` list of \
            files), or without one from each lesson's front matter `order`, then its file name. Unchanged \
            lessons are taken from the cache (.lessonrun-cache beside OUT). The site is built in a fresh \
            folder and swapped in at the end. Exit status: 0 when every lesson built cleanly, 1 when a lesson \
            has an error or a failed expectation (its page shows them), 2 for a usage error or a site that \
            cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("The course folder.", valueName: "dir"))
    var folder: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the site to.", valueName: "out"))
    var output = "output"

    @Option(help: ArgumentHelp("Lessons to build at once (default: the number of cores).", valueName: "n"))
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Run every lesson, ignoring and not updating the cache.")
    var noCache = false

    @Flag(help: "Say for each lesson whether it came from the cache, and if not, why it ran.")
    var explain = false

    @Option(help: ArgumentHelp("Where to keep the cache (default: .lessonrun-cache beside OUT).", valueName: "dir"))
    var cacheDir: String?

    @OptionGroup var limits: LessonLimitOptions

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be a positive number") }
    }

    func run() throws {
        let options = BuildOptions(
            source: folder, output: output, jobs: jobs, useCache: !noCache, cacheFolder: cacheDir,
            limits: limits.cell.limits, lessonTimeout: limits.lessonTimeout, tool: Version.buildIdentity)
        let progress = Progress(enabled: Console.isTerminal(STDOUT_FILENO))
        let result: BuildResult
        do {
            result = try SiteBuilder.build(options) { done, total, lesson in
                progress.finished(done, of: total, name: lesson.path, milliseconds: lesson.summary.milliseconds,
                                  note: lesson.reason == nil ? "  (cached)" : "")
            }
        } catch {
            Console.err("lessonrun: \(error)\n")
            throw ExitCode(2)
        }
        Console.report(result.course.diagnostics + result.lessons.flatMap(\.findings))
        for file in result.unpublished { Console.err("lessonrun: warning: \(file.line)\n") }
        if explain {
            for lesson in result.lessons { Console.out(Self.explanation(lesson) + "\n") }
        }
        Console.out(result.line + "\n")
        if result.failed { throw ExitCode(1) }
    }

    /// "gd.md: from the cache, no code ran", or "gd.md: ran 9 cells and inline values: cell 3 (line 41) changed".
    static func explanation(_ lesson: LessonBuild) -> String {
        guard let reason = lesson.reason else { return "\(lesson.path): from the cache, no code ran" }
        let units = lesson.executedUnits == 1 ? "1 cell" : "\(lesson.executedUnits) cells and inline values"
        return "\(lesson.path): ran \(units): \(reason)"
    }
}
