import Foundation

/// A table a cell showed with `table(...)`: column headers and rows of numbers and strings, each number
/// kept at full precision beside the digits it is shown with, so a page prints it as the lecture does and a
/// snapshot still compares the number itself.
public struct TableOutput: Hashable, Sendable, Codable {
    /// One cell of the table.
    public enum Entry: Hashable, Sendable, Codable {
        /// A Double, shown with `decimals` digits after the point, or as Python's `repr` when nil.
        case number(Double, decimals: Int?)
        case integer(Int)
        case text(String)

        /// The entry as the table prints it: `0.10` for 0.09999999999999998 at two decimals.
        public var shown: String {
            switch self {
            case .number(let value, let decimals?) where value.isFinite: TableOutput.fixed(value, decimals: decimals)
            case .number(let value, _): Display.float(value)
            case .integer(let value): String(value)
            case .text(let text): text
            }
        }

        /// The entry for a snapshot: numbers at full precision, followed by what is shown when that differs.
        public var recorded: String {
            switch self {
            case .number(let value, _):
                let full = Display.float(value)
                return full == shown ? full : "\(full) [\(shown)]"
            case .integer(let value): return String(value)
            case .text(let text): return StringLiteral.quoted(text)
            }
        }

        public var isText: Bool {
            if case .text = self { true } else { false }
        }
    }

    public var headers: [String]
    public var rows: [[Entry]]

    public init(headers: [String], rows: [[Entry]]) {
        self.headers = headers
        self.rows = rows
    }

    /// True when a column holds numbers only; such a column is right-aligned, so decimal points line up.
    public func isNumeric(column: Int) -> Bool {
        rows.allSatisfy { row in row.indices.contains(column) && !row[column].isText }
    }

    /// The table as aligned plain text, for the terminal: a header line, a rule, and one line per row.
    public var text: String {
        let lines = [headers] + rows.map { $0.map(\.shown) }
        let widths = headers.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return isNumeric(column: column) ? padding + cell : cell + padding
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map { line($0.map(\.shown)) }).map(trailingBlanksRemoved)
            .joined(separator: "\n") + "\n"
    }

    private func trailingBlanksRemoved(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }

    /// `value` with exactly `decimals` digits after the point, as Python's `f"{value:.2f}"`; a negative zero
    /// that rounding makes (`-0.001` → `-0.00`) loses its sign, since the lecture's tables never show one.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }
}
