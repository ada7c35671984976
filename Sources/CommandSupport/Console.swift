import Foundation
import Language

/// Standard output and error, unbuffered so the two streams interleave in the order things happened. Lesson
/// text reaches both (printed output, file names, messages), so control characters other than line feeds,
/// tabs and the diagnostic printer's colours are written as visible escapes.
public enum Console {
    public static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalText.visible(text, keepingColors: true).utf8))
    }

    public static func err(_ text: String) {
        FileHandle.standardError.write(Data(TerminalText.visible(text, keepingColors: true).utf8))
    }

    /// Diagnostics go to standard error, coloured only when it is a terminal and `NO_COLOR` is unset.
    public static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            err(DiagnosticPrinter.format(diagnostic, color: useColor) + "\n")
        }
    }

    public static let useColor = isColorTerminal(STDERR_FILENO)

    public static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// A terminal that may be coloured: not `TERM=dumb`, and `NO_COLOR` unset.
    public static func isColorTerminal(_ descriptor: Int32) -> Bool {
        isTerminal(descriptor) && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    public static func exit(_ status: Int32) -> Never {
        Foundation.exit(status)
    }
}
