import Foundation
import Language

/// Standard output and error, unbuffered so the two streams interleave in the order things happened.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Diagnostics go to standard error, coloured only when it is a terminal and `NO_COLOR` is unset.
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            err(DiagnosticPrinter.format(diagnostic, color: useColor) + "\n")
        }
    }

    static let useColor: Bool = {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDERR_FILENO) != 0 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }()

    static func exit(_ status: Int32) -> Never {
        Foundation.exit(status)
    }
}
