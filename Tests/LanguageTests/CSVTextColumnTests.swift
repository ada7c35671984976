import Foundation
import Testing
@testable import Language

@Suite("csv with text columns")
struct CSVTextColumnTests {
    private func run(_ csv: String, _ source: String) throws -> CellResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lessonrun-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try csv.write(to: folder.appendingPathComponent("heart.csv"), atomically: true, encoding: .utf8)
        return Session().run(source, origin: SourceOrigin(file: folder.appendingPathComponent("l.md").path, line: 10, column: 1))
    }

    @Test func textColumnsAreStringsAndNumericColumnsTensors() throws {
        let result = try run(
            "Age,ChestPain,AHD\n63,typical,No\n67,asymptomatic,Yes\n",
            """
            let h = csv("heart.csv")
            h.column(named: "ChestPain") //=> ["typical", "asymptomatic"]
            h.column(named: "Age") //=> [63.0, 67.0]
            h.column(2) //=> ["No", "Yes"]
            h.text(named: "Age") //=> ["63", "67"]
            h.rows.shape //=> (2, 1)
            h.numericHeader //=> ["Age"]
            h.columns.count //=> 3
            h.column(named: "AHD").map { $0 == "Yes" ? 1 : 0 } //=> [0, 1]
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.expectations.count == 8 && result.expectations.allSatisfy(\.passed))
    }

    @Test("ragged rows and stray quotes name the file and line", arguments: [
        ("a,b\n1,2\n3\n", "heart.csv:3: expected 2 fields, found 1"),
        ("a,b\n1,\"2\n", "heart.csv:2: field 2 opens a quote that does not close on its line"),
        ("a,b\n1,2\"x\n", "heart.csv:2: field 2 has a quote inside it; quote the whole field and double the quote"),
    ])
    func badInput(csv: String, message: String) throws {
        let result = try run(csv, "let h = 1\ncsv(\"heart.csv\")")
        #expect(result.diagnostics.first?.message == message)
        #expect(result.diagnostics.first?.location.line == 11)
    }
}
