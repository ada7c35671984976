/// How values look in outputs and expectation reports: Python's repr for floats, Swift literals otherwise.
enum Display {
    /// The longest text a value is shown as (in UTF-8 bytes, give or take the last item); a longer one ends in
    /// `…`, so showing a huge tensor or an array that holds itself many times over stays quick.
    static let maximumLength = 1_000_000

    static func repr(_ value: RuntimeValue) -> String {
        // A number is one piece: interpolating `\(i)` in a loop need not set up a writer.
        switch value {
        case .int(let i): return String(i)
        case .double(let d): return float(d)
        default: break
        }
        var writer = Writer()
        writer.write(value)
        return writer.text
    }

    /// What `print` and string interpolation write: strings raw, everything else as `repr`.
    static func text(_ value: RuntimeValue) -> String {
        if case .string(let s) = value { return s }
        return repr(value)
    }

    /// Builds a value's text piece by piece, and stops at `maximumLength`.
    private struct Writer {
        var text = ""
        private var full = false

        mutating func write(_ value: RuntimeValue) {
            switch value {
            case .int(let i): append(String(i))
            case .double(let d): append(float(d))
            case .bool(let b): append(b ? "true" : "false")
            case .string(let s): append(StringLiteral.quoted(s))
            case .array(let items): list(items, "[", "]")
            case .tuple(let items): list(items, "(", ")")
            case .dictionary(let d): dictionary(d)
            case .optional(nil): append("nil")
            case .optional(let wrapped?):
                append("Optional(")
                write(wrapped)
                append(")")
            case .range(let lo, let hi, let closed):
                bound(lo)
                append(closed ? "..." : "..<")
                bound(hi)
            case .function(let f): append("<func \(f.name)>")
            case .autodiff(let v): append("Value(data: \(float(v.data)), grad: \(float(v.grad)))")
            case .object(let o): append(o.display)
            case .instance(let instance): structure(instance)
            case .tensor(let t): tensor(t.data[...], shape: t.shape[...])
            case .void: append("()")
            }
        }

        /// A tensor as nested lists of Python floats, `[[1.0, 2.0], [3.0, 4.0]]`, so it reads like an array literal.
        private mutating func tensor(_ data: ArraySlice<Double>, shape: ArraySlice<Int>) {
            guard let length = shape.first else { return append(float(data.first ?? .nan)) }
            let width = length == 0 ? 0 : data.count / length
            append("[")
            for i in 0..<length {
                if full { return }
                if i > 0 { append(", ") }
                let start = data.startIndex + i * width
                tensor(data[start..<(start + width)], shape: shape.dropFirst())
            }
            append("]")
        }

        /// Swift's spelling, `["a": 1.0, "b": 2.0]` and `[:]`, in the dictionary's insertion order.
        private mutating func dictionary(_ d: DictionaryValue) {
            guard d.count > 0 else { return append("[:]") }
            append("[")
            for (i, (key, value)) in zip(d.keys, d.values).enumerated() {
                if full { return }
                if i > 0 { append(", ") }
                write(key.value)
                append(": ")
                write(value)
            }
            append("]")
        }

        /// A struct's value as Swift prints it, `Point(x: 1.0, y: 2.0)`, or its `description` when it has one.
        private mutating func structure(_ instance: StructInstance) {
            if let describe = instance.type.describe { return append(describe(instance)) }
            append(instance.type.name)
            append("(")
            for (i, (name, value)) in zip(instance.type.fieldNames, instance.fields).enumerated() {
                if full { return }
                if i > 0 { append(", ") }
                append(name)
                append(": ")
                write(value)
            }
            append(")")
        }

        private mutating func list(_ items: [RuntimeValue], _ open: String, _ close: String) {
            append(open)
            for (i, item) in items.enumerated() {
                if full { return }
                if i > 0 { append(", ") }
                write(item)
            }
            append(close)
        }

        /// An open range end shows as nothing, as in `2...`.
        private mutating func bound(_ value: RuntimeValue) {
            if case .void = value { return }
            write(value)
        }

        private mutating func append(_ piece: String) {
            guard !full else { return }
            text += piece
            if text.utf8.count > Display.maximumLength {
                full = true
                text += "…"
            }
        }
    }

    /// Python's `repr(float)`: the shortest digits that round-trip, fixed notation for decimal
    /// exponents in -4..<16 and scientific (`1e-05`, `1.5e+16`) outside it.
    static func float(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let sign = d.sign == .minus ? "-" : ""
        if d == 0 { return sign + "0.0" }
        let (digits, exponent) = shortestDigits(abs(d))
        if exponent >= -4 && exponent < 16 {
            if exponent >= 0 {
                let whole = digits.count > exponent + 1
                    ? String(digits.prefix(exponent + 1))
                    : digits + String(repeating: "0", count: exponent + 1 - digits.count)
                let fraction = digits.count > exponent + 1 ? String(digits.dropFirst(exponent + 1)) : "0"
                return sign + whole + "." + fraction
            }
            return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
        }
        let mantissa = digits.count > 1 ? String(digits.prefix(1)) + "." + digits.dropFirst() : digits
        let expSign = exponent < 0 ? "-" : "+"
        let magnitude = abs(exponent)
        return sign + mantissa + "e" + expSign + (magnitude < 10 ? "0" : "") + String(magnitude)
    }

    /// The shortest round-trip significant digits of a positive finite double and its decimal exponent
    /// (the power of ten of the first digit). Swift's `description` already finds the shortest digits.
    static func shortestDigits(_ d: Double) -> (digits: String, exponent: Int) {
        let text = d.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        var exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let intPart = String(pieces[0])
        let fracPart = pieces.count > 1 ? String(pieces[1]) : ""
        var digits = intPart + fracPart
        exponent += intPart.count - 1
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (digits, exponent)
    }
}
