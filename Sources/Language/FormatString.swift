import Foundation

/// `String(format:)`'s printf-style formats: `%d` `%i` (Int), `%f` `%F` `%e` `%E` `%g` `%G` (numbers), `%s`
/// and `%@` (any value, as `print` writes it) and `%%`, each with flags `-+ 0#`, a width and a precision.
/// Length modifiers (`%ld`) are accepted and ignored, since every Int is 64-bit. Each specifier is checked
/// against its argument before anything is formatted; numbers go through Foundation one at a time with a
/// specifier rebuilt from the checked parts, so no C variadic call ever sees an argument of the wrong type.
enum FormatString {
    /// The widest field and the largest precision accepted; beyond them the text would be mostly padding.
    static let maximumWidth = 200

    struct Problem: Error {
        var message: String
        /// The argument it concerns (0-based), or nil for the format itself.
        var argument: Int?
    }

    /// One piece of a parsed format.
    enum Piece: Equatable {
        case text(String)
        case spec(Spec)
    }

    struct Spec: Equatable {
        var flags: String
        var width: Int?
        var precision: Int?
        var conversion: Character
    }

    static func format(_ format: String, _ arguments: [RuntimeValue]) throws(Problem) -> String {
        let pieces = try parse(format)
        let specs = pieces.compactMap { if case .spec(let s) = $0 { s } else { nil } }
        guard specs.count == arguments.count else {
            throw Problem(
                message: "the format has \(specs.count) specifier\(specs.count == 1 ? "" : "s") but \(arguments.count) "
                    + "argument\(arguments.count == 1 ? " was" : "s were") given",
                argument: nil)
        }
        var out = ""
        var next = 0
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .spec(let spec):
                out += try render(spec, arguments[next], argument: next)
                next += 1
            }
        }
        return out
    }

    static func parse(_ format: String) throws(Problem) -> [Piece] {
        var pieces: [Piece] = []
        var text = ""
        var chars = format[...]
        while let c = chars.popFirst() {
            guard c == "%" else {
                text.append(c)
                continue
            }
            if chars.first == "%" {
                chars.removeFirst()
                text.append("%")
                continue
            }
            var spec = Spec(flags: "", width: nil, precision: nil, conversion: " ")
            while let f = chars.first, "-+ 0#".contains(f) {
                if !spec.flags.contains(f) { spec.flags.append(f) }
                chars.removeFirst()
            }
            spec.width = try number(&chars, "width")
            if chars.first == "." {
                chars.removeFirst()
                spec.precision = try number(&chars, "precision") ?? 0
            }
            while let m = chars.first, "lhqzjtL".contains(m) { chars.removeFirst() }
            guard let conversion = chars.popFirst() else {
                throw Problem(message: "the format ends inside a `%` specifier; write `%%` for a percent sign", argument: nil)
            }
            guard "diufFeEgGs@".contains(conversion) else {
                throw Problem(
                    message: "`%\(conversion)` is not a format swift-nn knows; use %d %i %f %e %g %s (or %%)", argument: nil)
            }
            spec.conversion = conversion
            if !text.isEmpty { pieces.append(.text(text)) }
            text = ""
            pieces.append(.spec(spec))
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        return pieces
    }

    private static func number(_ chars: inout Substring, _ what: String) throws(Problem) -> Int? {
        if chars.first == "*" {
            throw Problem(message: "a `*` \(what) is not supported; write the number into the format", argument: nil)
        }
        let digits = chars.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        chars.removeFirst(digits.count)
        guard digits.count <= 3, let value = Int(digits), value <= maximumWidth else {
            throw Problem(message: "a format \(what) may be at most \(maximumWidth)", argument: nil)
        }
        return value
    }

    private static func render(_ spec: Spec, _ value: RuntimeValue, argument: Int) throws(Problem) -> String {
        switch spec.conversion {
        case "d", "i", "u":
            guard case .int(let i) = value else {
                throw Problem(
                    message: "`%\(spec.conversion)` needs an Int, not \(value.typeName); use `%f` or `%g` for a Double, "
                        + "or `Int(x)`", argument: argument)
            }
            // C leaves `#` undefined for integers.
            return String(format: "%" + spec.flags.filter { $0 != "#" } + widthAndPrecision(spec) + "ld", i)
        case "s", "@":
            return pad(text(Display.text(value), spec.precision), spec)
        default:
            guard value.isNumeric, let d = value.number else {
                throw Problem(message: "`%\(spec.conversion)` needs a number, not \(value.typeName)", argument: argument)
            }
            return String(format: "%" + spec.flags + widthAndPrecision(spec) + String(spec.conversion), d)
        }
    }

    private static func widthAndPrecision(_ spec: Spec) -> String {
        (spec.width.map(String.init) ?? "") + (spec.precision.map { "." + String($0) } ?? "")
    }

    /// `%.3s`: at most that many characters.
    private static func text(_ s: String, _ precision: Int?) -> String {
        guard let precision else { return s }
        return String(s.prefix(precision))
    }

    private static func pad(_ s: String, _ spec: Spec) -> String {
        guard let width = spec.width, s.count < width else { return s }
        let padding = String(repeating: " ", count: width - s.count)
        return spec.flags.contains("-") ? s + padding : padding + s
    }

    /// `x` rounded to `places` decimal places, correctly (from its exact binary value, halves to even), as
    /// Python's `round(x, places)` does: the decimal text printf makes, read back as the nearest Double.
    static func rounded(_ x: Double, places: Int) -> Double {
        guard x.isFinite else { return x }
        return Double(String(format: "%.\(places)f", x)) ?? x
    }
}
