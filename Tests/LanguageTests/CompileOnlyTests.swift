import Testing
@testable import Language

/// `Session.compile`, the fuzzer's way into the front end: everything up to running, nothing after.
@Suite("Compiling a cell without running it")
struct CompileOnlyTests {
    private let origin = SourceOrigin(file: "lesson.md", line: 5, column: 1)

    @Test func nothingRunsAndNothingIsDefined() {
        let session = Session(limits: Limits(stepBudget: 10, timeout: 1))
        let compiled = session.compile("var seen = 1\nprint(\"ran\")\nwhile true { seen += 1 }\nseen", origin: origin)
        #expect(compiled.diagnostics.isEmpty)
        #expect(compiled.outputs.isEmpty, "printing and the final value are left to a run")
        let later = session.run("seen", origin: origin)
        #expect(later.diagnostics.map(\.message) == ["unknown name `seen`"], "a compiled cell defines nothing")
    }

    @Test func parseAndNameErrorsAreReportedAtTheLessonLine() {
        let session = Session()
        let unknown = session.compile("let a = 1\nlet b = gradiant(a)", origin: origin)
        #expect(unknown.diagnostics.map(\.message) == ["unknown name `gradiant`"])
        #expect(unknown.diagnostics.first?.location == SourceLocation(file: "lesson.md", line: 6, column: 9))
        let unclosed = session.compile("func f() {\n", origin: origin)
        #expect(unclosed.failed)
    }

    @Test func namesEarlierCellsDefinedAreKnown() {
        let session = Session()
        _ = session.run("func gradient(_ x: Double) -> Double { 2 * x }", origin: origin)
        #expect(session.compile("gradient(3)", origin: origin).diagnostics.isEmpty)
    }
}
