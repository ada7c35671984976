import Testing
@testable import Language

@Suite("table(...) output")
struct TableTests {
    private func run(_ source: String) -> CellResult {
        Session().run(source, origin: SourceOrigin(file: "lesson.md", line: 1, column: 1))
    }

    private func table(_ source: String) throws -> TableOutput {
        let result = run(source)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        guard case .table(let table)? = result.outputs.last else { throw TableTestFailure.noTable(result.outputs) }
        return table
    }

    enum TableTestFailure: Error { case noTable([CellOutput]) }

    @Test func columnsOfTensorsAndStringsPrintWithTheirDigits() throws {
        let shown = try table("""
            let yHat = tensor([0.9, 0.2, 0.1, 0.51])
            let y = tensor([1.0, 0.0, 1.0, 0.0])
            table(["sample", "ŷ", "y", "error"], columns: [["x_1", "x_2", "x_3", "x_4"], yHat, y, yHat - y], digits: [0, 2, 0, 2])
            """)
        #expect(shown.headers == ["sample", "ŷ", "y", "error"])
        #expect(shown.rows.map { $0.map(\.shown) } == [
            ["x_1", "0.90", "1", "-0.10"], ["x_2", "0.20", "0", "0.20"], ["x_3", "0.10", "1", "-0.90"],
            ["x_4", "0.51", "0", "0.51"],
        ])
        #expect(shown.rows[0][3].recorded == "-0.09999999999999998 [-0.10]")
        #expect(shown.rows[0][0].recorded == "\"x_1\"")
        #expect(!shown.isNumeric(column: 0) && shown.isNumeric(column: 1))
    }

    @Test func rowsFromArraysOrATensorKeepIntsAndRepr() throws {
        let arrays = try table("table([\"n\", \"value\"], rows: [[1, 0.1 + 0.2], [2, -0.0001]])")
        #expect(arrays.rows.map { $0.map(\.shown) } == [["1", "0.30000000000000004"], ["2", "-0.0001"]])
        let matrix = try table("table([\"a\", \"b\"], rows: tensor([[1, 2], [3, 4.5]]), digits: 1)")
        #expect(matrix.rows.map { $0.map(\.shown) } == [["1.0", "2.0"], ["3.0", "4.5"]])
        #expect(matrix.text == "  a    b\n---  ---\n1.0  2.0\n3.0  4.5\n")
    }

    @Test func aRoundedNegativeZeroLosesItsSign() {
        #expect(TableOutput.Entry.number(-0.001, decimals: 2).shown == "0.00")
        #expect(TableOutput.Entry.number(.infinity, decimals: 2).shown == "inf")
    }

    @Test("misuse is an error at the argument that is wrong", arguments: [
        ("table([\"a\"], rows: [[1, 2]])", "row 0 of `table` has 2 entries for 1 headers", 14),
        ("table([\"a\", \"b\"], columns: [[1], [2, 3]])", "column 1 of `table` has 2 entries, column 0 has 1", 19),
        ("table([\"a\"])", "`table` needs either `rows:` or `columns:`", 6),
        ("table([\"a\"], rows: [[1]], digits: 40)", "`digits:` must be a whole number of decimals in 0...17", 27),
        ("table([\"a\"], rows: [[[1]]])", "a table entry must be a number or a String, not Array", 14),
        ("table([], rows: [[1]])", "`table` needs an array of column headers, such as [\"x\", \"f(x)\"]", 7),
        ("table([\"a\"], rows: tensor([[1]]), columns: [[1]])", "`table` needs either `rows:` or `columns:`", 14),
    ])
    func misuse(source: String, message: String, column: Int) {
        let result = run(source)
        #expect(result.diagnostics.first?.message == message)
        #expect(result.diagnostics.first?.location.column == column)
    }

    @Test func aHugeTableIsRefused() {
        let result = run("table([\"a\"], rows: (0..<200_000).map { [$0] })")
        #expect(result.diagnostics.first?.message == "a table holds at most 100000 entries")
    }

    @Test func theBuiltinIsRegisteredWithItsDoc() throws {
        let builtin = try #require(Builtins.table["table"])
        #expect(builtin.doc.contains("digits:"))
    }
}
