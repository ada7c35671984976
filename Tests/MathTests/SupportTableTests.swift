import Foundation
import Testing
@testable import Math

/// KaTeX's support table (../shared/conformance/katex-support-table.md): every row that shows a rendered
/// example goes through the converter, in page order, with the page's own `\gdef`s in force.
@Suite("KaTeX's support table")
struct SupportTableTests {
    /// One row of the table: its line, the command it documents, and the TeX of its rendered example.
    struct Row {
        var line: Int
        var command: String
        var tex: String
    }

    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/conformance/katex-support-table.md").standardizedFileURL.path

    /// The formulas standing alone on a line (the page's macros), then the rows with a `$…$` example.
    static func read() -> (preamble: [String], rows: [Row])? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        var preamble: [String] = [], rows: [Row] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("$"), line.hasSuffix("$"), line.count > 2 {
                preamble.append(String(line.dropFirst().dropLast()))
            } else if line.hasPrefix("|"), let row = row(line, at: index + 1) {
                rows.append(row)
            }
        }
        return (preamble, rows)
    }

    /// `|command|$example$|source|`: the example is the second cell when it is wrapped in dollars.
    private static func row(_ line: Substring, at number: Int) -> Row? {
        let cells = line.dropFirst()
        guard let end = cells.range(of: "|$") else { return nil }
        let rest = cells[end.upperBound...]
        guard let close = rest.range(of: #"\$\s*\|"#, options: .regularExpression) else { return nil }
        return Row(line: number, command: String(cells[..<end.lowerBound]), tex: String(rest[..<close.lowerBound]))
    }

    /// Each row's warnings, converted in page order with one macro table, as a page would be.
    static func failures() -> (rows: Int, failed: [(Row, [MathWarning])])? {
        guard let (preamble, rows) = read() else { return nil }
        var macros = Macros()
        for tex in preamble { _ = TeX.mathML(tex, display: false, macros: &macros) }
        var failed: [(Row, [MathWarning])] = []
        for row in rows {
            let display = row.tex.hasPrefix("$") && row.tex.hasSuffix("$") && row.tex.count > 1
            let tex = display ? String(row.tex.dropFirst().dropLast()) : row.tex
            let result = TeX.mathML(tex, display: display, macros: &macros)
            if !result.warnings.isEmpty { failed.append((row, result.warnings)) }
        }
        return (rows.count, failed)
    }

    @Test func atLeast95PercentOfTheExamplesConvertWithoutAWarning() throws {
        guard let (count, failed) = Self.failures() else {
            print("skipped: \(Self.path) is absent (it ships with the conformance suites)")
            return
        }
        #expect(count > 990, "the table has \(count) rows with an example")
        let converted = Double(count - failed.count) / Double(count)
        let list = failed.map { row, warnings in
            "line \(row.line) \(row.tex): \(warnings.map(\.message).joined(separator: "; "))"
        }
        print(String(format: "support table: %d of %d examples (%.1f %%) convert without a warning",
                     count - failed.count, count, converted * 100))
        print(list.joined(separator: "\n"))
        #expect(converted >= 0.95, "\(failed.count) rows warn:\n\(list.joined(separator: "\n"))")
        let unexplained = failed.filter { _, warnings in !warnings.allSatisfy { $0.message.contains("left out on purpose") } }
        #expect(unexplained.isEmpty, "rows that warn for no listed reason: \(unexplained.map(\.0.tex))")
    }
}
