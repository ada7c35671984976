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
}
