import ArgumentParser
import Dispatch
import Foundation
import Serve

/// `lessonrun serve DIR|FILE [--port N]`: a live preview in the browser while lessons are written.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview a course or a lesson in the browser, rebuilt and reloaded on every save.",
        discussion: """
            Builds the site into a temporary folder and serves it on http://127.0.0.1:PORT/ only. The lessons \
            are watched: a save rebuilds what changed (unchanged lessons come from the cache) and every open \
            page reloads. Errors show in the page and on standard error. Pages get a small reload script in \
            this mode only. Ctrl-C stops the server and removes the temporary folder.
            """
    )

    @Argument(help: ArgumentHelp("A course folder, or one lesson.", valueName: "dir|file"))
    var source: String

    @Option(help: ArgumentHelp("The port on 127.0.0.1 (0: any free port).", valueName: "n"))
    var port: UInt16 = 8000

    @Option(help: ArgumentHelp("Lessons to build at once (default: the number of cores).", valueName: "n"))
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var limits: LessonLimitOptions

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be a positive number") }
    }

    func run() throws {
        let options = PreviewOptions(
            source: source, port: port, jobs: jobs, limits: limits.cell.limits, lessonTimeout: limits.lessonTimeout,
            tool: Version.buildIdentity)
        let preview: Preview
        let port: UInt16
        do {
            preview = try Preview(options)
            port = try Blocking.wait { try await preview.start(report: Self.report) }
        } catch {
            Console.err("lessonrun: serve: \(error)\n")
            throw ExitCode(2)
        }
        Console.out("serving \(source) at http://127.0.0.1:\(port)/ (Ctrl-C stops)\n")
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
