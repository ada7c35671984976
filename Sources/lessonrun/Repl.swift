import ArgumentParser
import Foundation
import Language

/// `lessonrun repl`: swift-nn one entry at a time, with the state kept between entries.
struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run swift-nn interactively: each entry sees what earlier ones defined.",
        discussion: """
            Each entry's value is printed; an error is shown and the session carries on. An entry continues \
            on the next line while a (, [ or { is open. Lines are read plainly (no line editing or history). \
            End with Ctrl-D.
            """
    )

    @OptionGroup var limits: LimitOptions

    func run() throws {
        Self.loop(limits: limits.limits)
    }

    /// Reads entries from standard input until it ends; prompts only on a terminal.
    static func loop(limits: Limits) {
        let session = Session(limits: limits)
        let prompting = Console.isTerminal(STDIN_FILENO)
        var entry = "", lineNumber = 0, entryLine = 1
        while true {
            if prompting { Console.out(entry.isEmpty ? "nn> " : "... ") }
            guard let line = readLine(strippingNewline: true) else { break }
            lineNumber += 1
            if entry.isEmpty { entryLine = lineNumber }
            entry += entry.isEmpty ? line : "\n" + line
            if InputBalance.isOpen(entry) { continue }
            run(entry, line: entryLine, in: session)
            entry = ""
        }
        if !entry.trimmingCharacters(in: .whitespaces).isEmpty { run(entry, line: entryLine, in: session) }
        if prompting { Console.out("\n") }
    }

    private static func run(_ entry: String, line: Int, in session: Session) {
        guard !entry.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        let result = session.run(entry, origin: SourceOrigin(file: "<repl>", line: line))
        Eval.printOutputs(result.outputs)
        Console.report(result.diagnostics)
    }
}
