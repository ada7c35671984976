import ArgumentParser
import CommandSupport

/// The `lessonrun` command: `lessonrun FILE.md [-o DIR]` renders a lesson (the default `render`
/// subcommand); `lessonrun eval FILE` runs swift-nn source.
@main
struct Lessonrun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessonrun",
        abstract: "Run Markdown lessons with swift-nn cells, check their numbers and write them as HTML pages.",
        discussion: """
            Exit status: 0 when everything ran and every expectation held; 1 when a lesson (or evaluated \
            source) has an error or a failed expectation; 2 for a usage error or a file that cannot be read \
            or written.
            """,
        version: Version.number,
        subcommands: [Render.self, Check.self, Build.self, Eval.self, ServeCommand.self, Repl.self, Help.self],
        defaultSubcommand: Render.self
    )

    /// Parses and runs, mapping outcomes to the documented exit statuses: argument errors exit 2 (not
    /// ArgumentParser's 64), help exits 0, and a command's own `ExitCode` passes through.
    static func main() {
        AllocatorTuning.apply()
        if let first = CommandLine.arguments.dropFirst().first, let message = CommandSuggestion.message(for: first) {
            Console.err(message + "\n")
            Console.exit(2)
        }
        do {
            if try QuickInvocation.run(Array(CommandLine.arguments.dropFirst())) { Console.exit(0) }
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Console.exit(code.rawValue)
        } catch {
            let message = fullMessage(for: error)
            if exitCode(for: error) == .success {
                Console.out(message + "\n")
                Console.exit(0)
            }
            Console.err(message + "\n")
            Console.exit(2)
        }
    }
}
