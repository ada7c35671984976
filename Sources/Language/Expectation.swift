import Foundation

/// What `//=> …` states, parsed: numbers carry the tolerance their written precision implies.
indirect enum Expected: Equatable {
    case number(Double, tolerance: Double, written: String)
    case string(String)
    case bool(Bool)
    case sequence([Expected])
    /// Anything else is compared with the actual value's display, character for character.
    case text(String)

    /// Parses the text after `//=>`. `± tol` (or `+- tol`) at the end overrides every number's tolerance;
    /// without one, `defaultTolerance` (a lesson's `tolerance`) does.
    static func parse(_ written: String, defaultTolerance: Double? = nil) -> Expected {
        var body = written.trimmingCharacters(in: .whitespaces)
        var override = defaultTolerance
        for marker in ["±", "+-"] {
            if let range = body.range(of: marker, options: .backwards),
               let tol = Double(body[range.upperBound...].trimmingCharacters(in: .whitespaces)), tol >= 0 {
                override = tol
                body = body[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                break
            }
        }
        var reader = ExpectedReader(Array(body))
        guard let value = reader.value(), reader.atEnd() else { return .text(body) }
        return override.map { value.withTolerance($0) } ?? value
    }

    private func withTolerance(_ tolerance: Double) -> Expected {
        switch self {
        case .number(let x, _, let written): .number(x, tolerance: tolerance, written: written)
        case .sequence(let items): .sequence(items.map { $0.withTolerance(tolerance) })
        default: self
        }
    }

    /// Whether `actual` meets this expectation, and the largest numeric error seen.
    func matches(_ actual: RuntimeValue) -> (passed: Bool, error: Double?) {
        switch (self, actual) {
        case (.number(let expected, let tolerance, let written), _) where actual.isNumeric:
            // Ints past 2^53 have no exact Double, so an Int meets a written whole number exactly, as Ints.
            if case .int(let value) = actual, let whole = Int(written) {
                let (difference, overflow) = value.subtractingReportingOverflow(whole)
                let error = overflow ? Double.infinity : Double(difference.magnitude)
                return (error <= tolerance, error)
            }
            let value = actual.number ?? .nan
            if expected.isNaN || value.isNaN { return (expected.isNaN && value.isNaN, nil) }
            if expected.isInfinite || value.isInfinite { return (expected == value, nil) }
            let error = abs(value - expected)
            return (Expected.within(tolerance, actual: value, expected: expected, written: written), error)
        case (.string(let expected), .string(let value)):
            return (expected == value, nil)
        case (.bool(let expected), .bool(let value)):
            return (expected == value, nil)
        case (.sequence, .tensor(let t)) where t.rank > 0:
            return matches(.array((try? TensorConversion.elements(t)) ?? []))
        case (.sequence(let expected), .array(let items)), (.sequence(let expected), .tuple(let items)):
            guard expected.count == items.count else { return (false, nil) }
            var passed = true
            var worst: Double?
            for (e, item) in zip(expected, items) {
                let (ok, error) = e.matches(item)
                passed = passed && ok
                if let error { worst = max(worst ?? 0, error) }
            }
            return (passed, worst)
        case (.text(let expected), _):
            return (expected == Display.repr(actual), nil)
        default:
            return (false, nil)
        }
    }

    /// Compares in decimal: the written digits against the shortest digits of the actual double (the number a
    /// lecture prints), so binary rounding neither passes a wrong 16th digit nor fails a right one.
    static func within(_ tolerance: Double, actual: Double, expected: Double, written: String) -> Bool {
        if let a = Decimal(string: Display.float(actual)), let e = Decimal(string: written),
           let t = Decimal(string: Display.float(tolerance)), !a.isNaN, !e.isNaN, !t.isNaN {
            let difference = a - e
            return (difference < 0 ? -difference : difference) <= t
        }
        return abs(actual - expected) <= tolerance
    }

    /// The largest tolerance among the numbers, for reports.
    var tolerance: Double? {
        switch self {
        case .number(_, let tolerance, _): tolerance
        case .sequence(let items): items.compactMap(\.tolerance).max()
        default: nil
        }
    }
}

/// A small reader for expected literals: numbers, strings, `true`/`false`, `[…]` and `(…)`.
private struct ExpectedReader {
    let chars: [Character]
    var i = 0

    init(_ chars: [Character]) {
        self.chars = chars
    }

    mutating func atEnd() -> Bool {
        while i < chars.count, chars[i] == " " { i += 1 }
        return i == chars.count
    }

    mutating func value() -> Expected? {
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i < chars.count else { return nil }
        switch chars[i] {
        case "[", "(":
            let close: Character = chars[i] == "[" ? "]" : ")"
            i += 1
            var items: [Expected] = []
            while true {
                while i < chars.count, chars[i] == " " { i += 1 }
                if i < chars.count, chars[i] == close { i += 1; break }
                guard let item = value() else { return nil }
                items.append(item)
                while i < chars.count, chars[i] == " " { i += 1 }
                if i < chars.count, chars[i] == "," { i += 1; continue }
                guard i < chars.count, chars[i] == close else { return nil }
                i += 1
                break
            }
            return .sequence(items)
        case "\"":
            return string()
        default:
            return word()
        }
    }

    private mutating func string() -> Expected? {
        i += 1
        var text = ""
        while i < chars.count {
            let c = chars[i]
            i += 1
            if c == "\"" { return .string(text) }
            if c == "\\", i < chars.count {
                let e = chars[i]
                i += 1
                switch e {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                default: text.append(e)
                }
            } else {
                text.append(c)
            }
        }
        return nil
    }

    private mutating func word() -> Expected? {
        let start = i
        while i < chars.count, !",)] ".contains(chars[i]) { i += 1 }
        let word = String(chars[start..<i])
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "nan": return .number(.nan, tolerance: 0, written: word)
        case "inf": return .number(.infinity, tolerance: 0, written: word)
        case "-inf": return .number(-.infinity, tolerance: 0, written: word)
        default: return ExpectedReader.number(word)
        }
    }

    /// A number and the tolerance its written precision implies: half a unit of the last written digit,
    /// exact without a decimal point or exponent.
    static func number(_ word: String) -> Expected? {
        let cleaned = word.replacingOccurrences(of: "_", with: "")
        guard let value = Double(cleaned), cleaned.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) ?? false
        else { return nil }
        let lower = cleaned.lowercased()
        guard lower.contains(".") || lower.contains("e") else { return .number(value, tolerance: 0, written: cleaned) }
        let parts = lower.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let decimals = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            .dropFirst().first.map(\.count) ?? 0
        return .number(value, tolerance: 0.5 * Foundation.pow(10, Double(exponent - decimals)), written: cleaned)
    }
}

extension Interpreter {
    /// Records the outcome of an `expr //=> expected` line.
    func check(_ comment: ExpectationComment, value: RuntimeValue) {
        let written = comment.text.trimmingCharacters(in: .whitespaces)
        let expected = Expected.parse(written, defaultTolerance: tolerance)
        let (passed, error) = expected.matches(value)
        let leading = comment.text.prefix { $0 == " " }.count
        let position = Position(line: comment.position.line, column: comment.position.column + 4 + leading)
        expectations.append(ExpectationResult(
            location: location(position), expected: written, actual: Display.repr(value), passed: passed,
            tolerance: expected.tolerance, error: error))
    }
}
