import ArgumentParser
import CommandSupport
import Dispatch
import Foundation
import Serve

/// The preview server behind `lessonrun serve`, which parses the same options and starts this program in its
/// place; a separate program so that its HTTP library's dependencies load only when a preview is served.
@main
struct LessonrunServe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessonrun-serve", abstract: "The preview server of `lessonrun serve`; run that instead.")

    @OptionGroup var options: ServeOptions

    /// The identity of the `lessonrun` binary that started this one, part of every cache key.
    @Option(help: .hidden) var tool: String

    static func main() {
        AllocatorTuning.apply()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Console.exit(code.rawValue)
        } catch {
            Console.err(fullMessage(for: error) + "\n")
            Console.exit(exitCode(for: error) == .success ? 0 : 2)
        }
    }

    func run() throws {
        let preview: Preview
        let port: UInt16
        let limits = options.limits
        do {
            preview = try Preview(PreviewOptions(
                source: options.source, port: options.port, jobs: options.jobs, limits: limits.cell.limits,
                lessonTimeout: limits.lessonTimeout, tool: tool))
            port = try Blocking.wait { try await preview.start(report: Self.report) }
        } catch {
            Console.err("lessonrun: serve: \(error)\n")
            throw ExitCode(2)
        }
        Console.out("serving \(options.source) at http://127.0.0.1:\(port)/ (Ctrl-C stops)\n")
        let signals = Self.stopOnSignals(preview)
        withExtendedLifetime(signals) { dispatchMain() }
    }

    /// Each build on the terminal: what changed, the findings, the summary line.
    @Sendable static func report(_ build: PreviewBuild) {
        if !build.changed.isEmpty { Console.out("changed: \(build.changed.joined(separator: ", "))\n") }
        Console.report(build.findings)
        if let problem = build.problem {
            Console.err(problem + "\n")
        } else {
            Console.out(build.line + "\n")
        }
    }

    /// Ctrl-C (or SIGTERM) stops the server, removes the temporary folder and exits 0.
    private static func stopOnSignals(_ preview: Preview) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler {
                Task {
                    await preview.stop()
                    Console.out("stopped\n")
                    Console.exit(0)
                }
            }
            source.resume()
            return source
        }
    }
}
