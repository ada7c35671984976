import Testing

@Suite("lessonrun repl, driven through standard input")
struct ReplCommandTests {
    @Test func stateCarriesOverAndEachValueIsPrinted() throws {
        let output = try BinaryRunner.run(["repl"], stdin: "let x = 20\nx + 1\nvar y = x * 2\ny\n")
        #expect(output.status == 0)
        #expect(output.stdout == "21\n40\n")
        #expect(output.stderr.isEmpty)
    }

    @Test func anErrorIsShownAndTheSessionCarriesOn() throws {
        let output = try BinaryRunner.run(["repl"], stdin: "let a = 2\nundefinedName + 1\na * 3\n")
        #expect(output.status == 0)
        #expect(output.stdout == "6\n")
        #expect(output.stderr.contains("<repl>:2:"))
        #expect(output.stderr.contains("undefinedName"))
    }

    @Test func anEntryContinuesWhileABracketIsOpen() throws {
        let source = "func twice(_ v: Double) -> Double {\n  // a { in a comment\n  v * 2\n}\ntwice(4)\nlet s = \"(\"\n[1,\n 2].count\n"
        let output = try BinaryRunner.run(["repl"], stdin: source)
        #expect(output.status == 0)
        #expect(output.stdout == "8\n2\n")
    }
}
