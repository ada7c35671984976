import Testing
@testable import Language

struct DiagnosticPrinterTests {
    @Test func compilerStyleWithCaret() {
        let diagnostic = Diagnostic(
            severity: .error, message: "unknown name `gradiant`",
            location: SourceLocation(file: "lessons/gd.md", line: 12, column: 9),
            sourceLine: "let g = gradiant(x)", length: 8, suggestion: "gradient")
        #expect(DiagnosticPrinter.format(diagnostic) == """
            lessons/gd.md:12:9: error: unknown name `gradiant`; did you mean `gradient`?
                let g = gradiant(x)
                        ^~~~~~~~
            """)
    }

    @Test func colourOnlyWhenAsked() {
        let diagnostic = Diagnostic(
            severity: .error, message: "m", location: SourceLocation(file: "f", line: 1, column: 1), sourceLine: "x")
        #expect(!DiagnosticPrinter.format(diagnostic).contains("\u{1B}"))
        #expect(DiagnosticPrinter.format(diagnostic, color: true).contains("\u{1B}[1;31m"))
    }

    @Test("a long source line is cut to a window around the column, with the caret still under it")
    func longLineWindow() {
        let line = String(repeating: "a", count: 5_000) + "$x$" + String(repeating: "b", count: 5_000)
        let diagnostic = Diagnostic(
            severity: .warning, message: "unexpected $", location: SourceLocation(file: "f.md", line: 1, column: 5_001),
            sourceLine: line, length: 3)
        let printed = DiagnosticPrinter.format(diagnostic).split(separator: "\n").map(String.init)
        #expect(printed.count == 3)
        #expect(printed[1].count <= DiagnosticPrinter.maximumLineLength + 6)
        #expect(printed[1].hasPrefix("    …") && printed[1].hasSuffix("…"))
        let caret = printed[2].firstIndex(of: "^").map { printed[2].distance(from: printed[2].startIndex, to: $0) }
        let formula = printed[1].range(of: "$x$").map { printed[1].distance(from: printed[1].startIndex, to: $0.lowerBound) }
        #expect(caret != nil && caret == formula)
        #expect(printed[2].hasSuffix("^~~"))
    }

    @Test("a short line is shown whole")
    func shortLineWhole() {
        let line = String(repeating: "x", count: DiagnosticPrinter.maximumLineLength)
        let diagnostic = Diagnostic(
            severity: .error, message: "m", location: SourceLocation(file: "f", line: 1, column: 3), sourceLine: line)
        #expect(DiagnosticPrinter.format(diagnostic).contains("    \(line)\n      ^"))
    }
}
