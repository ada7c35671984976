import Engine

/// `table(...)`: a cell's numbers and strings shown as a table, each number printed with the digits the
/// lecture prints it with.
extension Builtins {
    /// The most cells one table may hold: a table is for reading, and a page of 100 000 cells is not.
    static let maximumTableCells = 100_000

    static let tables: [Builtin] = [
        Builtin(
            "table", [.positional("headers"), .labeled("rows", .void), .labeled("columns", .void), .labeled("digits", .void)],
            doc: "Shows a table: one header per column, and `rows:` (arrays or a 2-d tensor) or `columns:` of numbers and "
                + "strings; `digits:` (one Int, or one per column) fixes the decimals numbers are printed with."
        ) { args, interpreter, _ in
            let headers = try tableHeaders(args)
            let rows = try tableRows(args, width: headers.count)
            let digits = try tableDigits(args, width: headers.count)
            let entries = rows.map { row in
                row.enumerated().map { column, entry -> TableOutput.Entry in
                    guard case .number(let value, _) = entry else { return entry }
                    return .number(value, decimals: digits[column])
                }
            }
            interpreter.flushFigure()
            interpreter.outputs.append(.table(TableOutput(headers: headers, rows: entries)))
            return .void
        },
    ]

    private static func tableHeaders(_ args: Arguments) throws -> [String] {
        guard case .array(let items) = args["headers"], !items.isEmpty else {
            throw args.error("headers", "`table` needs an array of column headers, such as [\"x\", \"f(x)\"]")
        }
        return items.map(Display.text)
    }

    /// The rows, from `rows:` or from `columns:` (exactly one of them), each as wide as the headers.
    private static func tableRows(_ args: Arguments, width: Int) throws -> [[TableOutput.Entry]] {
        switch (args.has("rows"), args.has("columns")) {
        case (true, false):
            let rows = try tableLines(args, "rows")
            for (index, row) in rows.enumerated() where row.count != width {
                throw args.error("rows", "row \(index) of `table` has \(row.count) entries for \(width) headers")
            }
            return rows
        case (false, true):
            let columns = try tableLines(args, "columns")
            guard columns.count == width else {
                throw args.error("columns", "`table` has \(columns.count) columns for \(width) headers")
            }
            let height = columns[0].count
            for (index, column) in columns.enumerated() where column.count != height {
                throw args.error("columns", "column \(index) of `table` has \(column.count) entries, column 0 has \(height)")
            }
            return (0..<height).map { i in columns.map { $0[i] } }
        default:
            throw args.error("rows", "`table` needs either `rows:` or `columns:`")
        }
    }

    /// An array of lines (arrays, 1-d tensors or ranges), or the rows of a 2-d tensor, as table entries.
    private static func tableLines(_ args: Arguments, _ parameter: String) throws -> [[TableOutput.Entry]] {
        let lines: [[TableOutput.Entry]]
        switch args[parameter] {
        case .tensor(let t) where t.rank == 2:
            let width = t.shape[1]
            lines = (0..<t.shape[0]).map { i in t.data[(i * width)..<((i + 1) * width)].map { .number($0, decimals: nil) } }
        case .array(let items):
            lines = try items.map { item in try tableLine(item, args, parameter) }
        case let value:
            throw args.error(parameter, "`\(parameter):` needs an array of arrays or a 2-d tensor, not \(value.typeName)")
        }
        guard !lines.isEmpty else { throw args.error(parameter, "`table` needs at least one entry in `\(parameter):`") }
        guard lines.reduce(0, { $0 + $1.count }) <= maximumTableCells else {
            throw args.error(parameter, "a table holds at most \(maximumTableCells) entries")
        }
        return lines
    }

    private static func tableLine(_ value: RuntimeValue, _ args: Arguments, _ parameter: String) throws -> [TableOutput.Entry] {
        switch value {
        case .array(let items): return try items.map { try tableEntry($0, args, parameter) }
        case .tensor(let t) where t.rank == 1: return t.data.map { .number($0, decimals: nil) }
        case .range(.int, .int, _):
            guard let numbers = TensorConversion.numbers(value), numbers.count <= maximumTableCells else {
                throw args.error(parameter, "a table holds at most \(maximumTableCells) entries")
            }
            return numbers.map { .integer(Int($0)) }
        default:
            throw args.error(parameter, "each of `\(parameter):` must be an array, a 1-d tensor or a range, not \(value.typeName)")
        }
    }

    private static func tableEntry(_ value: RuntimeValue, _ args: Arguments, _ parameter: String) throws -> TableOutput.Entry {
        switch value {
        case .int(let i): return .integer(i)
        case .string(let s): return .text(s)
        case .bool(let b): return .text(b ? "true" : "false")
        case let value where value.isNumeric: return .number(value.number ?? .nan, decimals: nil)
        default:
            throw args.error(parameter, "a table entry must be a number or a String, not \(value.typeName)")
        }
    }

    /// The decimals of each column: nil (Python's repr) unless `digits:` gives one Int for all or one per column.
    private static func tableDigits(_ args: Arguments, width: Int) throws -> [Int?] {
        func checked(_ value: RuntimeValue) throws -> Int {
            guard case .int(let d) = value, (0...17).contains(d) else {
                throw args.error("digits", "`digits:` must be a whole number of decimals in 0...17")
            }
            return d
        }
        switch args["digits"] {
        case .void: return Array(repeating: nil, count: width)
        case .array(let items):
            guard items.count == width else {
                throw args.error("digits", "`digits:` gives \(items.count) columns' decimals for \(width) headers")
            }
            return try items.map(checked)
        case let value: return Array(repeating: try checked(value), count: width)
        }
    }
}
