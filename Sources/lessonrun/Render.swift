import ArgumentParser
import CommandSupport
import Language
import Notebook

/// `lessonrun [render] FILE.md [-o DIR | -o PAGE.html]`: runs a lesson and writes DIR/FILE.html or PAGE.html.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Run a lesson's cells and write the lesson as one HTML page (the default command).",
        discussion: """
            Writes DIR/NAME.html (or the page -o names, when it ends in .html) and prints one summary line. Errors and failed expectations are printed \
            on standard error as file:line:column with the source line, and marked in the page.
            """
    )

    @Argument(help: ArgumentHelp("The lesson: a Markdown file whose swift-nn code blocks are run.",
                                 valueName: "file.md"))
    var lesson: String

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The folder to write the page into, created when missing; or the page itself, when it ends in .html.",
        valueName: "dir|page.html"))
    var output = Render.defaultOutput

    @OptionGroup var limits: LessonLimitOptions

    /// Where the page goes when `-o` is not given.
    static let defaultOutput = "output"

    func run() throws {
        try Self.render(lesson, output: output, limits: limits.cell.limits, lessonTimeout: limits.lessonTimeout)
    }

    static func render(_ lesson: String, output: String, limits: Limits, lessonTimeout: Double) throws {
        let outcome: Pipeline.Outcome
        do {
            let destination = Pipeline.destination(output)
            outcome = try Pipeline.render(
                lessonAt: lesson, into: destination.folder, pageName: destination.pageName, limits: limits,
                lessonTimeout: lessonTimeout)
        } catch {
            Console.err("lessonrun: \(error)\n")
            throw ExitCode(2)
        }
        Console.report(outcome.findings)
        Console.out(outcome.summary.line(lesson: lesson, output: outcome.outputPath) + "\n")
        if outcome.summary.failed { throw ExitCode(1) }
    }
}
