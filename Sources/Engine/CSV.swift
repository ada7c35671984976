/// A table of numbers read from CSV text: an optional header row, then one row of numbers per
/// line. Reading the file is the caller's business (the language allows only the lesson's folder).
public struct CSVTable: Sendable, Equatable {
    /// The column names, when the first row was not all numbers.
    public var header: [String]?
    /// The data rows, each with one number per column.
    public var rows: [[Double]]

    /// The data column by column.
    public var columns: [[Double]] {
        guard let width = rows.first?.count else { return header.map { $0.map { _ in [] } } ?? [] }
        return (0..<width).map { j in rows.map { $0[j] } }
    }

    /// The column with this header name, if there is one.
    public func column(named name: String) -> [Double]? {
        guard let j = header?.firstIndex(of: name) else { return nil }
        return rows.map { $0[j] }
    }

    /// Parses comma-separated text. Blank lines are skipped, fields are trimmed and may be
    /// double-quoted; the first row is a header when any of its fields is not a number. Every
    /// row must have as many fields as the first, and every data field must be a number.
    public static func parse(_ text: String) throws -> CSVTable {
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .enumerated()
            .map { (number: $0 + 1, fields: fields(of: String($1))) }
            .filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
        guard let first = lines.first else { return CSVTable(header: nil, rows: []) }
        let hasHeader = first.fields.contains { Double($0) == nil }
        var rows: [[Double]] = []
        for line in lines.dropFirst(hasHeader ? 1 : 0) {
            guard line.fields.count == first.fields.count else {
                throw EngineError("line \(line.number): expected \(first.fields.count) fields, found \(line.fields.count)")
            }
            rows.append(try line.fields.enumerated().map { column, field in
                guard let number = Double(field) else {
                    throw EngineError("line \(line.number), column \(column + 1): \"\(field)\" is not a number")
                }
                return number
            })
        }
        return CSVTable(header: hasHeader ? first.fields : nil, rows: rows)
    }

    /// One line's fields, trimmed and unquoted; a byte-order mark at the start of the text is dropped.
    private static func fields(of line: String) -> [String] {
        line.split(separator: ",", omittingEmptySubsequences: false).map { raw in
            var field = raw.trimmingCharacters(in: " \t\u{FEFF}")
            if field.count >= 2, field.hasPrefix("\""), field.hasSuffix("\"") {
                field = String(field.dropFirst().dropLast())
            }
            return field
        }
    }
}

extension StringProtocol {
    /// The string without the given characters at either end.
    fileprivate func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        return String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
