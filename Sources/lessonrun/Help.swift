import ArgumentParser
import CommandSupport
import Language

/// `lessonrun help [NAME]`: the swift-nn reference on the terminal. Without a name it lists every builtin and
/// method, grouped; with one it shows its usage, doc and example with the example's checked output. A command's
/// name shows that command's options, as `lessonrun CMD --help` does.
struct Help: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "help",
        abstract: "Look up swift-nn builtins: `help` lists them all, `help NAME` shows one with a checked example.",
        discussion: "NAME is a function (`sum`), a method (`Tensor.sum`) or a command (`check`)."
    )

    @Argument(help: ArgumentHelp("A builtin, method or command.", valueName: "name"))
    var name: String?

    func run() throws {
        guard let name else {
            Console.out(Self.listing())
            return
        }
        if let command = Lessonrun.configuration.subcommands.first(where: { $0._commandName == name }) {
            Console.out(Lessonrun.helpMessage(for: command) + "\n")
            return
        }
        let entries = Reference.lookup(name)
        guard !entries.isEmpty else {
            let hint = Reference.suggestion(for: name).map { "; did you mean `\($0)`?" } ?? ""
            Console.err("lessonrun: no builtin or method named `\(name)`\(hint) (`lessonrun help` lists them all)\n")
            throw ExitCode(2)
        }
        // Several entries answer a bare method name; they are all shown, so none points to the others.
        Console.out(entries.map { Self.page($0, seeAlso: entries.count == 1) }.joined(separator: "\n"))
    }

    /// Every entry's usage, under its group's title.
    static func listing() -> String {
        var text = "swift-nn builtins, properties and methods; `lessonrun help NAME` shows one with an example "
            + "(`lessonrun --help` lists the commands).\n"
        for group in Reference.groups {
            text += "\n\(group.title)\n"
            for entry in group.entries { text += "  \(entry.usage)\n" }
        }
        return text
    }

    /// One entry: usage, doc, the example, what running it showed, and the entries of the same name.
    static func page(_ entry: ReferenceEntry, seeAlso: Bool) -> String {
        var text = "\(entry.usage)\n\n\(entry.doc)\n"
        if let example = entry.example {
            text += "\nExample:\n" + indented(example.source)
            let result = Reference.run(example)
            let held = result.expectations.filter(\.passed).count
            let outputs = result.outputs.map { output -> String in
                switch output {
                case .text(let printed): printed
                case .value(let value): value
                case .figure(let figure): "[figure: \(figure.title ?? "untitled")]"
                case .savedFigure(let name, _): "[saved \(name) beside the page]"
                case .table(let table): table.text
                }
            }
            if !outputs.isEmpty { text += "\nOutput:\n" + indented(outputs.joined(separator: "\n")) }
            let checks = result.expectations.count
            if result.failed {
                text += "\nThe example failed: \(result.diagnostics.map(\.message).joined(separator: "; "))\n"
            } else if checks > 0 {
                text += "\nChecked: \(held) of \(checks) \(checks == 1 ? "expectation" : "expectations") held.\n"
                for failed in result.expectations where !failed.passed {
                    text += "  line \(failed.location.line): expected \(failed.expected), got \(failed.actual)\n"
                }
            }
        }
        let related = seeAlso ? Reference.related(to: entry) : []
        if !related.isEmpty { text += "\nSee also: \(related.map(\.key).joined(separator: ", "))\n" }
        return text
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    \($0)" }
            .joined(separator: "\n").trimmingTrailingNewlines + "\n"
    }
}

private extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
