import Testing
@testable import Language

/// Printed text: consecutive prints merge into one output, grown in place, so a loop of prints is linear.
@Suite struct PrintedTextTests {
    @Test func consecutivePrintsMergeBeforeTheLastValue() {
        let result = runCell("print(1)\nprint(\"a\", 2)\nlet x = 3\nprint(x + 1)\nx")
        #expect(result.outputs == [.text("1\na 2\n4\n"), .value("3")])
        let loop = runCell("for i in 0..<1000 { print(i % 10, terminator: \"\") }")
        #expect(loop.outputs == [.text(String(repeating: "0123456789", count: 100))])
    }

    @Test("a million short prints reach the 10 MB limit, not the time limit: copying the text on each made it quadratic")
    func manyPrintsReachTheSizeLimit() {
        let session = Session(limits: Limits(timeout: 60))
        let result = runCell("for _ in 0..<3_000_000 { print(\"0123456789\") }", in: session)
        #expect(result.diagnostics.first?.message == "a cell may print at most 10000000 bytes")
    }
}
