import Foundation
import Language

/// A lesson's displayed outputs, recorded as reviewable text: one section per cell (its text, values,
/// errors and figures' data, numbers at full precision), and one for the inline values. `check` compares a
/// run against the file beside the lesson; `--update-snapshots` writes it.
public struct Snapshot: Sendable, Hashable {
    /// One cell's outputs (or the inline values), named by the cell's label or number.
    public struct Section: Sendable, Hashable {
        public var key: String
        /// The lesson line the section's cell starts on, for readers of the file; not compared.
        public var line: Int?
        public var lines: [String]
    }

    public var sections: [Section]

    /// The key of the section that holds the inline values.
    static let inlineKey = "inline values"

    /// `lessons/gd.md` → `lessons/gd.snapshot.txt`.
    public static func path(for lesson: String) -> String {
        (lesson as NSString).deletingPathExtension + ".snapshot.txt"
    }

    /// What a run showed, cell by cell; cells with `check: false` are left out.
    public static func record(_ executed: ExecutedLesson) -> Snapshot {
        var sections = executed.runs.filter(\.cell.options.check).map { run in
            Section(key: key(run.cell), line: run.cell.range.start.line, lines: lines(run))
        }
        let inline = executed.inlineRuns.map { run in
            "\(run.cell.expression) => " + (run.display ?? run.errors.map(\.message).joined(separator: "; "))
        }
        if !inline.isEmpty { sections.append(Section(key: inlineKey, line: nil, lines: inline)) }
        return Snapshot(sections: sections)
    }

    static func key(_ cell: Cell) -> String {
        cell.options.label ?? "cell \(cell.index + 1)"
    }

    private static func lines(_ run: CellRun) -> [String] {
        var lines: [String] = []
        for output in run.result.outputs {
            switch output {
            case .text(let text): lines += block("text", text)
            case .value(let value): lines += block("value", value)
            case .figure(let figure): lines += ["figure:"] + FigureData.lines(figure).map { "  " + $0 }
            case .savedFigure(let name, _): lines.append("saved figure: \(name)")
            case .table(let table): lines += ["table:"] + tableLines(table)
            }
        }
        for diagnostic in run.result.diagnostics where diagnostic.severity == .error {
            lines.append("error: \(diagnostic.message)")
        }
        return lines
    }

    /// A table's headers, then each row, entries between ` | ` and numbers at full precision (with the
    /// digits shown in brackets where they differ), so the comparison holds numbers to the tolerance.
    private static func tableLines(_ table: TableOutput) -> [String] {
        let header = "  headers: " + table.headers.map(StringLiteral.quoted).joined(separator: " | ")
        return [header] + table.rows.map { "  | " + $0.map(\.recorded).joined(separator: " | ") }
    }

    /// `name: text` on one line, or `name:` and the text's lines each behind `  | `.
    private static func block(_ name: String, _ text: String) -> [String] {
        var pieces = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if pieces.count > 1, pieces.last == "" { pieces.removeLast() }
        if pieces.count == 1 { return ["\(name): \(pieces[0])"] }
        return ["\(name):"] + pieces.map { "  | " + $0 }
    }
}
