/// A table read from CSV text: an optional header row, then one row of fields per line. A column whose
/// every data field is a number is numeric; any other column is text, kept as written. Reading the file is
/// the caller's business (the language allows only the lesson's folder).
public struct CSVTable: Sendable, Equatable {
    /// The column names, when the first row was not all numbers.
    public var header: [String]?
    /// The data fields as written (trimmed, unquoted), row by row.
    public var fields: [[String]]
    /// For each column, true when all its data fields are numbers.
    public var isNumeric: [Bool]

    public var width: Int { isNumeric.count }

    /// The numeric columns' data, row by row; text columns are left out.
    public var rows: [[Double]] {
        let numeric = isNumeric.indices.filter { isNumeric[$0] }
        return fields.map { row in numeric.map { Double(row[$0]) ?? .nan } }
    }

    /// The names of the numeric columns, in order, when there is a header.
    public var numericHeader: [String]? {
        header.map { names in names.indices.filter { isNumeric[$0] }.map { names[$0] } }
    }

    /// Column `j` as numbers, or nil when it is a text column.
    public func numbers(column j: Int) -> [Double]? {
        guard isNumeric[j] else { return nil }
        return fields.map { Double($0[j]) ?? .nan }
    }

    /// Column `j` as written.
    public func text(column j: Int) -> [String] {
        fields.map { $0[j] }
    }

    /// The index of the column with this header name, if there is one.
    public func index(named name: String) -> Int? {
        header?.firstIndex(of: name)
    }

    /// The numeric column with this header name, if there is one.
    public func column(named name: String) -> [Double]? {
        index(named: name).flatMap(numbers(column:))
    }

    /// Parses comma-separated text. Blank lines are skipped, fields are trimmed and may be double-quoted
    /// (a quoted field may hold commas, and `""` for a quote, but must end on its line); the first row is a
    /// header when any of its fields is not a number, so a table with text columns needs a header. Every row
    /// must have as many fields as the first.
    /// `shouldStop` is asked every few thousand lines, so a caller's time limit holds on a large file; when it
    /// answers true, reading ends with an error at the line reached.
    public static func parse(_ text: String, shouldStop: () -> Bool = { false }) throws(CSVError) -> CSVTable {
        var lines: [(number: Int, fields: [String])] = []
        for (offset, line) in Self.lines(of: text).enumerated() {
            if offset & 0xFFF == 0xFFF, shouldStop() {
                throw CSVError(line: offset + 1, message: "reading stopped here: the cell's limits ran out")
            }
            let fields = try fields(of: line, line: offset + 1)
            if !(fields.count == 1 && fields[0].isEmpty) { lines.append((offset + 1, fields)) }
        }
        guard let first = lines.first else { return CSVTable(header: nil, fields: [], isNumeric: []) }
        let hasHeader = first.fields.contains { Double($0) == nil }
        let data = lines.dropFirst(hasHeader ? 1 : 0)
        for line in data where line.fields.count != first.fields.count {
            throw CSVError(line: line.number, message: "expected \(first.fields.count) fields, found \(line.fields.count)")
        }
        let isNumeric = first.fields.indices.map { j in data.allSatisfy { Double($0.fields[j]) != nil } }
        return CSVTable(header: hasHeader ? first.fields : nil, fields: data.map(\.fields), isNumeric: isNumeric)
    }

    /// The lines of `text`, split at "\n", "\r\n" or "\r", found on its UTF-8 bytes: splitting by Character
    /// is several times slower on a file of a million lines.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex, index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = utf8.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            var next = utf8.index(after: index)
            if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            start = next
            index = next
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// The fields of a line without quotes or byte-order marks (nearly every line of a data file), split and
    /// trimmed on its UTF-8 bytes; nil for any other line, which the general reader takes.
    private static func plainFields(of line: Substring) -> [String]? {
        let bytes = line.utf8
        guard !bytes.contains(where: { $0 == 0x22 || $0 == 0xEF }) else { return nil }
        var fields: [String] = []
        var start = bytes.startIndex
        while true {
            let end = bytes[start...].firstIndex(of: 0x2C) ?? bytes.endIndex
            var low = start, high = end
            while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 { low = bytes.index(after: low) }
            while low < high {
                let last = bytes.index(before: high)
                guard bytes[last] == 0x20 || bytes[last] == 0x09 else { break }
                high = last
            }
            fields.append(String(line[low..<high]))
            guard end != bytes.endIndex else { return fields }
            start = bytes.index(after: end)
        }
    }

    /// One line's fields, trimmed and unquoted; a byte-order mark at the start of the text is dropped.
    private static func fields(of line: Substring, line number: Int) throws(CSVError) -> [String] {
        if let plain = plainFields(of: line) { return plain }
        var fields: [String] = []
        var rest = line
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            var field = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                var closed = false
                while let c = rest.first {
                    rest = rest.dropFirst()
                    if c != "\"" {
                        field.append(c)
                    } else if rest.first == "\"" {
                        field.append("\"")
                        rest = rest.dropFirst()
                    } else {
                        closed = true
                        break
                    }
                }
                guard closed else {
                    throw CSVError(line: number, message: "field \(fields.count + 1) opens a quote that does not close on its line")
                }
                rest = rest.drop { $0 == " " || $0 == "\t" }
                guard rest.isEmpty || rest.first == "," else {
                    throw CSVError(line: number, message: "field \(fields.count + 1) has text after its closing quote")
                }
            } else {
                let raw = rest.prefix { $0 != "," }
                rest = rest.dropFirst(raw.count)
                guard !raw.contains("\"") else {
                    throw CSVError(line: number, message: "field \(fields.count + 1) has a quote inside it; quote the whole field and double the quote")
                }
                field = String(raw.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
            }
            fields.append(field)
            guard rest.first == "," else { return fields }
            rest = rest.dropFirst()
        }
    }
}

/// A CSV text that cannot be read as a table, with the line (from 1) where reading stopped.
public struct CSVError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}
