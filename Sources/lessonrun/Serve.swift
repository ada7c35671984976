import ArgumentParser
import CommandSupport
import Foundation

/// `lessonrun serve DIR|FILE [--port N]`: a live preview in the browser while lessons are written.
///
/// The server runs in `lessonrun-serve`, installed beside this binary, which this command replaces itself
/// with (same process, so Ctrl-C and the exit status are the server's). Its HTTP library links
/// FoundationNetworking, libcurl and some thirty libraries behind them; kept out of `lessonrun`, they no
/// longer load on every render and check (docs/ARCHITECTURE.md, Process start).
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

    @OptionGroup var options: ServeOptions

    func run() throws {
        let program = Self.serverPath
        let arguments = [program, "--tool", Version.buildIdentity] + options.arguments
        let argv = arguments.map { strdup($0) } + [nil]
        execv(program, argv)
        let reason = String(cString: strerror(errno))
        Console.err(
            "lessonrun: serve: cannot start \(program): \(reason) (scripts/install puts it beside lessonrun; "
                + "`swift build --product lessonrun-serve` builds it)\n")
        throw ExitCode(2)
    }

    /// `lessonrun-serve` in this binary's folder.
    static var serverPath: String {
        let own = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0]).resolvingSymlinksInPath()
        return own.deletingLastPathComponent().appendingPathComponent("lessonrun-serve").path
    }
}
