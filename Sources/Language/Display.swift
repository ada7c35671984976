/// How values look in outputs and expectation reports: Python's repr for floats, Swift literals otherwise.
enum Display {
    static func repr(_ value: RuntimeValue) -> String {
        switch value {
        case .int(let i): return String(i)
        case .double(let d): return float(d)
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return quoted(s)
        case .array(let items): return "[" + items.map(repr).joined(separator: ", ") + "]"
        case .tuple(let items): return "(" + items.map(repr).joined(separator: ", ") + ")"
        case .range(let lo, let hi, let closed): return bound(lo) + (closed ? "..." : "..<") + bound(hi)
        case .function(let f): return "<func \(f.name)>"
        case .autodiff(let v): return "Value(data: \(float(v.data)), grad: \(float(v.grad)))"
        case .object(let o): return o.display
        case .tensor(let t): return tensor(t.data[...], shape: t.shape[...])
        case .void: return "()"
        }
    }

    /// A tensor as nested lists of Python floats, `[[1.0, 2.0], [3.0, 4.0]]`, so it reads like an array literal.
    private static func tensor(_ data: ArraySlice<Double>, shape: ArraySlice<Int>) -> String {
        guard let length = shape.first else { return float(data.first ?? .nan) }
        let width = length == 0 ? 0 : data.count / length
        let items = (0..<length).map { i in
            let start = data.startIndex + i * width
            return tensor(data[start..<(start + width)], shape: shape.dropFirst())
        }
        return "[" + items.joined(separator: ", ") + "]"
    }

    /// An open range end shows as nothing, as in `2...`.
    private static func bound(_ value: RuntimeValue) -> String {
        if case .void = value { return "" }
        return repr(value)
    }

    /// What `print` and string interpolation write: strings raw, everything else as `repr`.
    static func text(_ value: RuntimeValue) -> String {
        if case .string(let s) = value { return s }
        return repr(value)
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.append(c)
            }
        }
        return out + "\""
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
