import Escaping

/// A MathML element under construction: a name, attributes (kept in sorted order, so output is
/// deterministic), and either children or text.
struct MathML: Hashable, Sendable {
    var name: String
    var attributes: Attributes
    var children: [MathML]
    var text: String?

    init(_ name: String, _ attributes: Attributes = [:], _ children: [MathML] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    init(_ name: String, _ attributes: Attributes = [:], text: String) {
        self.init(name, attributes)
        self.text = text
    }

    /// An `mrow` around several elements; one element stands alone.
    static func row(_ children: [MathML]) -> MathML {
        children.count == 1 ? children[0] : MathML("mrow", [:], children)
    }

    /// Horizontal space, `width` in em.
    static func space(_ width: Double) -> MathML {
        MathML("mspace", ["width": Length.em(width)])
    }

    /// The element as markup, appended to `out` as UTF-8.
    func write(into out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        out += name.utf8
        for (key, value) in attributes.pairs {
            out.append(UInt8(ascii: " "))
            out += key.utf8
            out += "=\"".utf8
            Markup.escape(value, .attribute, into: &out)
            out.append(UInt8(ascii: "\""))
        }
        if name == "mspace" {
            out += "/>".utf8
            return
        }
        out.append(UInt8(ascii: ">"))
        if let text { Markup.escape(text, into: &out) }
        for child in children { child.write(into: &out) }
        out += "</".utf8
        out += name.utf8
        out.append(UInt8(ascii: ">"))
    }

    var markup: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        write(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// An element's attributes, few and kept sorted by name: cheaper than a dictionary for two or three.
struct Attributes: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    private(set) var pairs: [(key: String, value: String)] = []

    init(dictionaryLiteral elements: (String, String)...) {
        for (key, value) in elements { self[key] = value }
    }

    subscript(key: String) -> String? {
        get { pairs.first { $0.key == key }?.value }
        set {
            let index = pairs.firstIndex { $0.key >= key } ?? pairs.endIndex
            let present = index < pairs.endIndex && pairs[index].key == key
            switch (newValue, present) {
            case (let value?, true): pairs[index].value = value
            case (let value?, false): pairs.insert((key, value), at: index)
            case (nil, true): pairs.remove(at: index)
            case (nil, false): break
            }
        }
    }

    static func == (lhs: Attributes, rhs: Attributes) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.key == $1.key && $0.value == $1.value }
    }

    func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.key)
            hasher.combine(pair.value)
        }
    }
}

/// Lengths as MathML writes them.
enum Length {
    /// `0.1667em`: at most four decimals, no trailing zeros, so the same width always gives the same text.
    static func em(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded()
        if scaled == 0 { return "0em" }
        let sign = scaled < 0 ? "-" : ""
        let magnitude = Int(abs(scaled))
        var fraction = String(magnitude % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return sign + String(magnitude / 10_000) + (fraction.isEmpty ? "" : "." + fraction) + "em"
    }
}
