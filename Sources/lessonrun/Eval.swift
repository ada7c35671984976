import ArgumentParser
import CommandSupport
import Foundation
import Language
import Notebook

/// `lessonrun eval FILE` or `lessonrun eval -`: runs swift-nn source as one cell (`-` on a terminal: the REPL).
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Run swift-nn source as one cell; print its text output and final value.",
        discussion: """
            Diagnostics and failed expectations go to standard error; the exit status is 1 when there is \
            one. Figures are listed by title (render a lesson to see them).
            """
    )

    @Argument(help: ArgumentHelp("A swift-nn source file, or - to read standard input.", valueName: "file"))
    var file: String

    @OptionGroup var limits: LimitOptions

    func run() throws {
        try Self.evaluate(file, limits: limits.limits)
    }

    static func evaluate(_ file: String, limits: Limits) throws {
        if file == "-", Console.isTerminal(STDIN_FILENO) {
            Repl.loop(limits: limits)
            return
        }
        let name = file == "-" ? "<stdin>" : file
        let source = try readSource(file)
        let result = Session(limits: limits).run(source, origin: SourceOrigin(file: name))
        Self.printOutputs(result.outputs)
        let lines = TextLines(source).lines
        let failed = result.expectations.filter { !$0.passed }.map { expectation in
            let index = expectation.location.line - 1
            return expectation.diagnostic(sourceLine: lines.indices.contains(index) ? lines[index] : "")
        }
        Console.report(result.diagnostics + failed)
        if result.failed || !failed.isEmpty { throw ExitCode(1) }
    }

    /// Printed text as it is, values on their own line, figures by title.
    static func printOutputs(_ outputs: [CellOutput]) {
        for output in outputs {
            switch output {
            case .text(let text): Console.out(text)
            case .value(let value): Console.out(value + "\n")
            case .figure(let figure): Console.out("[figure: \(figure.title ?? "untitled")]\n")
            case .savedFigure(let name, _): Console.out("[savefig: \(name), written by render and build]\n")
            case .table(let table): Console.out(table.text)
            }
        }
    }

    private static func readSource(_ file: String) throws -> String {
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
        guard let data else {
            Console.err("lessonrun: read: cannot read \(file): no such file or not readable\n")
            throw ExitCode(2)
        }
        guard let source = String(data: data, encoding: .utf8) else {
            Console.err("lessonrun: read: cannot read \(file): not UTF-8 text\n")
            throw ExitCode(2)
        }
        // Windows or classic-Mac line endings and a byte-order mark read as plain `\n` lines.
        return TextLines(source).normalized
    }
}
