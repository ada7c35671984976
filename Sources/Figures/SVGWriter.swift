import Escaping
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny XML writer for SVG: escapes every text and attribute value, writes attributes
/// in the order given, and formats numbers short. One element per line, so diffs read well.
///
/// Ids come from the content: attribute values name the figure's id as `SVGWriter.id`, a character text
/// can never hold, and `resolveIDs()` replaces it with a hash of everything written.
public struct SVGWriter: Sendable {
    /// The attributes of one element, in output order; a nil value leaves the attribute out.
    public typealias Attributes = [(name: String, value: String?)]

    /// Stands for the figure's id in attribute values until `resolveIDs()`. Escaping replaces this
    /// character in text, so no label can forge it.
    public static let id = "\u{FFFE}"

    /// The markup written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }
    /// The markup as UTF-8: appending a string's bytes to an array is a copy, where appending it to a String
    /// also checks the seam between the two for a grapheme break (a tenth of rendering a lesson's figures).
    private var bytes: [UInt8] = []
    private var open: [String] = []
    /// Elements started, to ask the drawing budget every few hundred.
    private var elements = 0
    /// Set once the figure's drawing time is up: nothing more is written, and the figure is not shown.
    private var stopped = false

    public init() {}

    /// Writes a start tag and keeps the element open until `close()`.
    public mutating func open(_ name: String, _ attributes: Attributes = []) {
        open.append(name)
        guard startTag(name, attributes) else { return }
        write(static: ">\n")
    }

    /// Closes the innermost open element.
    public mutating func close() {
        guard let name = open.popLast() else { preconditionFailure("SVGWriter.close() without an open element") }
        guard !stopped else { return }
        endTag(name)
    }

    /// Writes an empty element, `<name …/>`.
    public mutating func leaf(_ name: String, _ attributes: Attributes = []) {
        guard startTag(name, attributes) else { return }
        write(static: "/>\n")
    }

    /// Writes an element holding escaped text on one line.
    public mutating func element(_ name: String, _ attributes: Attributes = [], text: String) {
        guard startTag(name, attributes) else { return }
        write(static: ">")
        write(Self.escape(text))
        endTag(name)
    }

    /// Writes an element whose content `body` writes inline with `text(_:)` and `inline(_:_:text:)`.
    public mutating func element(_ name: String, _ attributes: Attributes, body: (inout SVGWriter) -> Void) {
        guard startTag(name, attributes) else { return }
        write(static: ">")
        body(&self)
        if !stopped { endTag(name) }
    }

    /// Writes an element whose children `body` writes, each on its own line.
    mutating func group(_ name: String, _ attributes: Attributes, body: (inout SVGWriter) -> Void) {
        open(name, attributes)
        body(&self)
        close()
    }

    /// Writes escaped text inside the current element.
    public mutating func text(_ text: String) {
        guard !stopped else { return }
        write(Self.escape(text))
    }

    /// Writes a child element with text and no line break, such as a `<tspan>`.
    public mutating func inline(_ name: String, _ attributes: Attributes, text: String) {
        guard startTag(name, attributes) else { return }
        write(static: ">")
        write(Self.escape(text))
        endTag(name, lineBreak: false)
    }

    /// `<name` and the attributes, appended in place; false, writing nothing, once drawing time is up.
    private mutating func startTag(_ name: String, _ attributes: Attributes) -> Bool {
        elements += 1
        if elements & 0xFF == 0, DrawingBudget.isOver() { stopped = true }
        guard !stopped else { return false }
        write(static: "<")
        write(name)
        for case let (attribute, value?) in attributes {
            write(static: " ")
            write(attribute)
            write(static: "=\"")
            write(Self.escape(value, keepingIDs: true))
            write(static: "\"")
        }
        return true
    }

    /// `</name>`, and a line break unless the element is inline.
    private mutating func endTag(_ name: String, lineBreak: Bool = true) {
        write(static: "</")
        write(name)
        if lineBreak { write(static: ">\n") } else { write(static: ">") }
    }

    @inline(__always)
    private mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// The markup's own punctuation, straight from the binary's bytes: appending a String's UTF-8 view costs
    /// about seventy instructions however short the string, and a figure writes hundreds of thousands of these.
    @inline(__always)
    private mutating func write(static text: StaticString) {
        // Byte by byte: these are one to three bytes, where appending a buffer costs more than its copy.
        let start = text.utf8Start
        for offset in 0..<text.utf8CodeUnitCount { bytes.append(start[offset]) }
    }

    /// Appends markup that is already well-formed, such as a part rendered by another writer.
    mutating func raw(_ markup: String) {
        guard !stopped else { return }
        write(markup)
    }

    /// Replaces every `SVGWriter.id` with `prefix` and a hash of the whole output, so the same
    /// figure gets the same ids and different figures on one page different ones.
    public mutating func resolveIDs(prefix: String = "lr") {
        // On the UTF-8 bytes in place, copying the runs between markers whole: Foundation's string search is
        // far slower on a figure's hundred kilobytes, and a byte-by-byte copy was most of this function.
        let marker = Array(Self.id.utf8)
        let resolved = bytes.withUnsafeBufferPointer { bytes -> [UInt8]? in
            var hash = FNV1a()
            hash.combine(bytes: bytes)
            hash.combine(bytes: [0xFF])
            let id = Array((prefix + hash.hex.prefix(10)).utf8)
            var result: [UInt8] = []
            var copied = 0, index = 0
            // The marker's first byte found by `memchr`, which looks at many bytes at a time: a byte-by-byte look
            // was half of this function.
            while index + 2 < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + index, Int32(marker[0]), bytes.count - 2 - index) {
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if bytes[index + 1] == marker[1], bytes[index + 2] == marker[2] {
                    if result.isEmpty { result.reserveCapacity(bytes.count + bytes.count / 8) }
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    result += id
                    index += 3
                    copied = index
                } else {
                    index += 1
                }
            }
            guard copied > 0 else { return nil }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return result
        }
        if let resolved { bytes = resolved }
    }

    /// Text and attribute values, quotes included, by the one markup escaper; only attribute values the
    /// renderer writes keep `SVGWriter.id`'s placeholder.
    public static func escape(_ text: String, keepingIDs: Bool = false) -> String {
        Markup.escaped(text, keepingIDs ? [.attribute, .keepIDMarker] : .attribute)
    }

    /// A number with at most `decimals` (2 or fewer) decimals, no trailing zeros and never `-0`:
    /// `3`, `2.5`, `-0.12`.
    public static func number(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        let scale = decimals >= 2 ? 100.0 : (decimals == 1 ? 10.0 : 1.0)
        let units = (min(max(value, -1e15), 1e15) * scale).rounded()
        if units == 0 { return "0" }
        let magnitude = UInt64(abs(units)), divisor = UInt64(scale)
        var whole = magnitude / divisor
        let fraction = magnitude % divisor
        // Written backwards into bytes: every coordinate of every figure comes through here, and interpolating
        // the parts took half of writing a surface's faces. At most "-", 18 digits, "." and 2 decimals.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var start = buffer.count
            func prepend(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            let zero = UInt8(ascii: "0")
            if fraction != 0 {
                if divisor == 10 || fraction % 10 == 0 {
                    prepend(zero + UInt8(divisor == 10 ? fraction : fraction / 10))
                } else {
                    prepend(zero + UInt8(fraction % 10))
                    prepend(zero + UInt8(fraction / 10))
                }
                prepend(UInt8(ascii: "."))
            }
            repeat {
                prepend(zero + UInt8(whole % 10))
                whole /= 10
            } while whole > 0
            if units < 0 { prepend(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }
}

extension Double {
    /// This number as an SVG coordinate or length.
    var svg: String { SVGWriter.number(self) }
    /// This number with one decimal, for the many small shapes of a surface.
    var svg1: String { SVGWriter.number(self, decimals: 1) }
}
