import Foundation
import Testing
@testable import Figures

@Suite struct SVGWriterTests {
    /// Every marker becomes the prefix and the first ten hex digits of the FNV-1a hash of the bytes written
    /// (then 0xFF); everything else, non-ASCII text included, is kept as it was.
    @Test func resolvesEveryIDMarkerToAHashOfTheContent() {
        let m = SVGWriter.id
        // U+FFFD and U+FEFF start with the marker's first byte (EF) and are kept.
        let markup = "\(m)-a ‖w‖² <g id=\"\(m)b\">é\u{FFFD}</g>\(m)\(m)x\u{FEFF}\(m)"
        var writer = SVGWriter()
        writer.raw(markup)
        writer.resolveIDs(prefix: "p")
        var hash = FNV1a()
        hash.combine(markup)
        let id = "p" + hash.hex.prefix(10)
        #expect(writer.output == "\(id)-a ‖w‖² <g id=\"\(id)b\">é\u{FFFD}</g>\(id)\(id)x\u{FEFF}\(id)")

        var plain = SVGWriter()
        plain.raw("<g>no marker é</g>")
        plain.resolveIDs()
        #expect(plain.output == "<g>no marker é</g>")
    }

    @Test func escapesTextAndAttributes() {
        #expect(SVGWriter.escape(#"<a href="x">Tom & 'Jerry'</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    }

    /// Shown as control pictures, as the page shows them, by the one markup escaper.
    @Test func replacesCharactersXMLForbids() {
        #expect(SVGWriter.escape("a\u{0}b\u{1B}c\td") == "a\u{2400}b\u{241B}c\td")
    }

    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (-0.004, "0"), (3, "3"), (2.5, "2.5"), (2.50001, "2.5"), (-0.125, "-0.13"),
        (0.1 + 0.2, "0.3"), (1e-9, "0"), (460.8, "460.8"), (12345.678, "12345.68"), (0.05, "0.05"), (-7.1, "-7.1"),
        (Double.nan, "0"), (Double.infinity, "0"),
    ])
    func formatsNumbersShort(value: Double, expected: String) {
        #expect(SVGWriter.number(value) == expected)
    }

    /// The rule spelled out with integer division and interpolation, for any value and precision.
    func referenceNumber(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "0" }
        let scale = decimals >= 2 ? 100.0 : (decimals == 1 ? 10.0 : 1.0)
        let units = (min(max(value, -1e15), 1e15) * scale).rounded()
        if units == 0 { return "0" }
        let magnitude = Int64(abs(units)), divisor = Int64(scale)
        let (whole, fraction) = (magnitude / divisor, magnitude % divisor)
        var decimalsText = divisor == 1 ? "" : String(fraction + divisor).dropFirst()
        while decimalsText.last == "0" { decimalsText.removeLast() }
        return (units < 0 ? "-" : "") + "\(whole)" + (decimalsText.isEmpty ? "" : "." + decimalsText)
    }

    @Test("numbers at 0, 1 and 2 decimals match the rule, from tiny to clamped, on both sides of zero")
    func formatsNumbersAsTheRuleSays() {
        var state: UInt64 = 42
        func random() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let mantissa = Double(state >> 11) / Double(1 << 53) * 2 - 1
            return mantissa * Foundation.pow(10, Double(Int(state >> 59) % 20 - 4))
        }
        let edges: [Double] = [0.005, -0.005, 0.015, 0.095, 9.995, -9.995, 0.05, 0.95, 99.99, 1e15, -1e15, 3e17, 0.1]
        for value in edges + (0..<5000).map({ _ in random() }) {
            for decimals in 0...2 {
                #expect(SVGWriter.number(value, decimals: decimals) == referenceNumber(value, decimals: decimals),
                        "\(value) at \(decimals)")
            }
        }
    }

    @Test func writesAttributesInTheOrderGivenAndSkipsNil() {
        var writer = SVGWriter()
        writer.open("g", [("class", "c"), ("fill", nil), ("a", "1")])
        writer.leaf("rect", [("z", "1"), ("b", "2")])
        writer.element("text", [("x", "1")], text: "<&>")
        writer.close()
        #expect(writer.output == """
            <g class="c" a="1">
            <rect z="1" b="2"/>
            <text x="1">&lt;&amp;&gt;</text>
            </g>

            """)
    }

    @Test func inlineChildrenStayOnTheLine() {
        var writer = SVGWriter()
        writer.element("text", []) { text in
            text.text("a")
            text.inline("tspan", [("dy", "-2")], text: "2")
        }
        #expect(writer.output == "<text>a<tspan dy=\"-2\">2</tspan></text>\n")
    }
}
