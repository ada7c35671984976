import Language

/// Reads the `//| key: value` lines at the top of a cell (Quarto's convention, with Swift's comment).
struct CellOptionsParser {
    /// The lesson, and where the cell's code starts in it: findings carry lesson-file positions.
    let path: String
    let sourceLines: [String]
    let firstLine: Int
    let indent: Int
    /// Labels earlier cells took, with their cell numbers (from 1); a label names one cell.
    var takenLabels: [String: Int] = [:]

    /// The options, the code without its option lines, how many lines were options, and any problems.
    struct Result {
        var options = CellOptions()
        var code: String
        var optionLineCount = 0
        var diagnostics: [Diagnostic] = []
    }

    static let keys = ["echo", "fold", "output", "error", "label", "caption", "steps", "tolerance", "timeout", "check"]

    func parse(_ code: String) -> Result {
        var result = Result(code: code)
        // Most cells have no options: a look at the first line's bytes, without splitting the whole cell into
        // lines and joining them again.
        let firstText = code.utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard firstText.starts(with: "//|".utf8) else { return result }
        // The option lines are cut off the front on the bytes, and the rest of the cell kept as it is: splitting
        // a whole cell into Characters and joining it again was a tenth of parsing a lesson. A line feed always
        // ends a Character here, as the lesson's text has no carriage returns (`TextLines.normalized`).
        var seen: Set<String> = []
        var rest = code[...]
        while !rest.isEmpty {
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let line = rest[..<end]
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("//|") else { break }
            let lineNumber = firstLine + result.optionLineCount
            let offset = line.count - trimmed.count + 3
            apply(String(trimmed.dropFirst(3)), offset: offset, lineNumber: lineNumber, seen: &seen, to: &result)
            result.optionLineCount += 1
            rest = end == rest.endIndex ? rest[end...] : rest[rest.utf8.index(after: end)...]
        }
        result.code = String(rest)
        return result
    }

    /// Parses one option line's text after `//|`; `offset` is that text's column offset in the code line.
    private func apply(
        _ text: String, offset: Int, lineNumber: Int, seen: inout Set<String>, to result: inout Result
    ) {
        let keyStart = text.prefix { $0 == " " }.count
        guard let colon = text.firstIndex(of: ":") else {
            result.diagnostics.append(
                problem("expected `key: value` after `//|`", line: lineNumber, column: offset + keyStart + 1,
                        length: text.trimmingBlanks().count))
            return
        }
        let key = text[..<colon].trimmingBlanks()
        let rawValue = text[text.index(after: colon)...]
        let value = rawValue.trimmingBlanks()
        let keyColumn = offset + keyStart + 1
        let valueColumn = offset + text.distance(from: text.startIndex, to: colon) + 2
            + rawValue.prefix { $0 == " " || $0 == "\t" }.count
        guard Self.keys.contains(key) else {
            result.diagnostics.append(
                problem("unknown cell option `\(key)`", line: lineNumber, column: keyColumn, length: key.count,
                        suggestion: Suggestion.nearest(to: key, in: Self.keys)))
            return
        }
        guard seen.insert(key).inserted else {
            result.diagnostics.append(
                problem("cell option `\(key)` is set twice", line: lineNumber, column: keyColumn, length: key.count))
            return
        }
        if let message = set(key, to: value, in: &result.options) {
            result.diagnostics.append(
                problem(message, line: lineNumber, column: valueColumn, length: max(value.count, 1)))
        }
    }

    /// Sets one option, or returns why the value does not fit it.
    private func set(_ key: String, to value: String, in options: inout CellOptions) -> String? {
        switch key {
        case "echo", "fold", "output", "check":
            guard let flag = Self.bool(value) else { return "`\(key)` takes true or false, not `\(value)`" }
            switch key {
            case "echo": options.echo = flag
            case "fold": options.fold = flag
            case "check": options.check = flag
            default: options.output = flag
            }
        case "tolerance":
            guard let tolerance = DecimalNumber.parse(value), tolerance >= 0 else {
                return "`tolerance` takes a non-negative number, like 1e-6"
            }
            options.tolerance = tolerance
        case "timeout":
            let seconds = value.hasSuffix("s") ? String(value.dropLast()).trimmingBlanks() : value
            guard let timeout = DecimalNumber.parse(seconds), timeout > 0 else {
                return "`timeout` takes a positive number of seconds, like 5 or 0.5s"
            }
            options.timeout = timeout
        case "error":
            if let flag = Self.bool(value) {
                options.error = flag ? .any : .none
            } else if let fragment = Self.quoted(value), !fragment.isEmpty {
                options.error = .containing(fragment)
            } else {
                return "`error` takes true, false or a quoted part of the expected message, not `\(value)`"
            }
        case "label":
            let label = Self.quoted(value) ?? value
            guard Self.isValidLabel(label) else {
                return "`label` takes a name of letters, digits, `-` and `_` that starts with a letter"
            }
            if let cell = takenLabels[label] { return "the label `\(label)` is already used by cell \(cell)" }
            options.label = label
        case "steps":
            guard let steps = Int(value.filter { $0 != "_" }), steps > 0, value.first != "_" else {
                return "`steps` takes a positive whole number, like 100_000_000"
            }
            options.steps = steps
        default:
            options.caption = Self.quoted(value) ?? value
        }
        return nil
    }

    private func problem(
        _ message: String, line: Int, column: Int, length: Int, suggestion: String? = nil
    ) -> Diagnostic {
        let sourceLine = sourceLines.indices.contains(line - 1) ? sourceLines[line - 1] : ""
        return Diagnostic.notebook(
            message, at: SourceLocation(file: path, line: line, column: indent + column), sourceLine: sourceLine,
            length: length, suggestion: suggestion)
    }

    static func bool(_ value: String) -> Bool? {
        switch value {
        case "true": true
        case "false": false
        default: nil
        }
    }

    /// The text between matching single or double quotes, or nil when the value is not quoted.
    static func quoted(_ value: String) -> String? {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first
        else { return nil }
        return String(value.dropFirst().dropLast())
    }

    static func isValidLabel(_ label: String) -> Bool {
        guard let first = label.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else {
            return false
        }
        return label.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic
            || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }
}
