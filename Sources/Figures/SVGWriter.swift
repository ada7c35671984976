/// A tiny XML writer for SVG: escapes every text and attribute value, writes attributes
/// in the order given, and formats numbers short. One element per line, so diffs read well.
public struct SVGWriter: Sendable {
    /// The attributes of one element, in output order; a nil value leaves the attribute out.
    public typealias Attributes = [(name: String, value: String?)]

    public private(set) var output = ""
    private var open: [String] = []

    public init() {}

    /// Writes a start tag and keeps the element open until `close()`.
    public mutating func open(_ name: String, _ attributes: Attributes = []) {
        output += "<\(name)\(Self.render(attributes))>\n"
        open.append(name)
    }

    /// Closes the innermost open element.
    public mutating func close() {
        guard let name = open.popLast() else { preconditionFailure("SVGWriter.close() without an open element") }
        output += "</\(name)>\n"
    }

    /// Writes an empty element, `<name …/>`.
    public mutating func leaf(_ name: String, _ attributes: Attributes = []) {
        output += "<\(name)\(Self.render(attributes))/>\n"
    }

    /// Writes an element holding escaped text on one line.
    public mutating func element(_ name: String, _ attributes: Attributes = [], text: String) {
        output += "<\(name)\(Self.render(attributes))>\(Self.escape(text))</\(name)>\n"
    }

    /// Writes an element whose content `body` writes inline with `text(_:)` and `inline(_:_:text:)`.
    public mutating func element(_ name: String, _ attributes: Attributes, body: (inout SVGWriter) -> Void) {
        output += "<\(name)\(Self.render(attributes))>"
        body(&self)
        output += "</\(name)>\n"
    }

    /// Writes escaped text inside the current element.
    public mutating func text(_ text: String) {
        output += Self.escape(text)
    }

    /// Writes a child element with text and no line break, such as a `<tspan>`.
    public mutating func inline(_ name: String, _ attributes: Attributes, text: String) {
        output += "<\(name)\(Self.render(attributes))>\(Self.escape(text))</\(name)>"
    }

    static func render(_ attributes: Attributes) -> String {
        var result = ""
        for case let (name, value?) in attributes {
            result += " \(name)=\"\(escape(value))\""
        }
        return result
    }

    /// Escapes `& < > " '` and replaces characters XML 1.0 forbids with U+FFFD.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A number with at most two decimals, no trailing zeros and never `-0`: `3`, `2.5`, `-0.12`.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (min(max(value, -1e15), 1e15) * 100).rounded()
        if hundredths == 0 { return "0" }
        let magnitude = Int64(abs(hundredths))
        let whole = magnitude / 100, fraction = magnitude % 100
        var text = hundredths < 0 ? "-\(whole)" : "\(whole)"
        if fraction != 0 {
            text += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
        }
        return text
    }
}

extension Double {
    /// This number as an SVG coordinate or length.
    var svg: String { SVGWriter.number(self) }
}
