/// matplotlib's format strings: `"r--"`, `"o-"`, `".-"`, `"ro"`, `"b-"`, `"C1:"`.
///
/// A format string is a colour, a line style and a marker in any order, each at most once.
/// A marker without a line style means markers only (`"o"` draws no line), as in matplotlib.
public enum PlotFormat {
    /// Colour letters and the colours matplotlib gives them.
    static let colorLetters: [Character: String] = [
        "b": "#0000ff", "g": "#008000", "r": "#ff0000", "c": "#00bfbf",
        "m": "#bf00bf", "y": "#bfbf00", "k": "#000000", "w": "#ffffff",
    ]

    static let markerLetters: [Character: Marker] = [
        "o": .circle, ".": .point, "s": .square, "^": .triangle, "v": .triangleDown,
        "+": .plus, "x": .cross, "*": .star, "d": .diamond,
    ]

    /// The marker a format-string letter names (`o`, `.`, `s`, `^`, `v`, `+`, `x`, `*`, `d`).
    public static func marker(_ letter: Character) -> Marker? { markerLetters[letter] }

    /// Splits a format string into its parts; the colour comes back as `#rrggbb`.
    public static func parse(_ fmt: String) throws -> (color: String?, lineStyle: LineStyle?, marker: Marker?) {
        var color: String?
        var lineStyle: LineStyle?
        var marker: Marker?
        var rest = Substring(fmt)
        while let first = rest.first {
            if let (style, length) = leadingLineStyle(rest) {
                try setOnce(&lineStyle, style, what: "line style", in: fmt)
                rest = rest.dropFirst(length)
            } else if let hex = colorLetters[first] {
                try setOnce(&color, hex, what: "colour", in: fmt)
                rest = rest.dropFirst()
            } else if first == "C", let digit = rest.dropFirst().first, let index = digit.wholeNumberValue {
                try setOnce(&color, Colors.tab10[index], what: "colour", in: fmt)
                rest = rest.dropFirst(2)
            } else if let shape = markerLetters[first] {
                try setOnce(&marker, shape, what: "marker", in: fmt)
                rest = rest.dropFirst()
            } else {
                throw PlotFormatError(message: "unrecognized character '\(first)' in format string \"\(fmt)\"; "
                    + "expected a colour (b g r c m y k w), a line style (- -- -. :) or a marker (o . s ^ v + x * d)")
            }
        }
        if marker != nil && lineStyle == nil { lineStyle = LineStyle.none }
        return (color, lineStyle, marker)
    }

    /// The line style starting `text`, longest match first so `--` is not read as two `-`.
    private static func leadingLineStyle(_ text: Substring) -> (LineStyle, Int)? {
        if text.hasPrefix("--") { return (.dashed, 2) }
        if text.hasPrefix("-.") { return (.dashDot, 2) }
        if text.hasPrefix("-") { return (.solid, 1) }
        if text.hasPrefix(":") { return (.dotted, 1) }
        return nil
    }

    private static func setOnce<T>(_ slot: inout T?, _ value: T, what: String, in fmt: String) throws {
        guard slot == nil else {
            throw PlotFormatError(message: "format string \"\(fmt)\" gives more than one \(what)")
        }
        slot = value
    }
}

/// A format string that matplotlib would also reject, with a message saying why.
public struct PlotFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
