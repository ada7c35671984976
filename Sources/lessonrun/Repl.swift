import ArgumentParser
import CommandSupport
import Foundation
import Language

/// `lessonrun repl`: swift-nn one entry at a time, with the state kept between entries.
struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Run swift-nn interactively: each entry sees what earlier ones defined.",
        discussion: """
            Each entry's value is printed; an error is shown and the session carries on. An entry continues \
            on the next line while a (, [ or { is open. On a terminal, lines are edited as in a shell (arrows, \
            Home/End, Ctrl-A/E/K/U/W) and Up/Down walk the history, kept in ~/.lessonrun_history \
            (LESSONRUN_HISTORY names another file; empty keeps none). Ctrl-C drops the entry being typed. \
            End with Ctrl-D.
            """
    )

    @OptionGroup var limits: LimitOptions

    func run() throws {
        Self.loop(limits: limits.limits)
    }

    /// Reads entries from standard input until it ends; prompts only on a terminal, and edits lines when
    /// output goes to the terminal too.
    static func loop(limits: Limits) {
        let session = Session(limits: limits)
        let prompting = Console.isTerminal(STDIN_FILENO)
        let reader = prompting && Console.isTerminal(STDOUT_FILENO)
            ? TerminalLineReader(input: STDIN_FILENO, history: LineHistory(file: LineHistory.defaultFile)) : nil
        var entry = "", lineNumber = 0, entryLine = 1
        while true {
            let prompt = entry.isEmpty ? "nn> " : "... "
            let next: TerminalLineReader.Line
            if let reader {
                next = reader.read(prompt: prompt)
            } else {
                if prompting { Console.out(prompt) }
                next = readLine(strippingNewline: true).map(TerminalLineReader.Line.line) ?? .end
            }
            guard case .line(let line) = next else {
                if next == .end { break }
                entry = ""
                continue
            }
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
