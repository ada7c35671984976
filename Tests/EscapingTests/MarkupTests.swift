import Testing

@testable import Escaping

/// The one escaper every renderer writes through.
@Suite("Markup escaping")
struct MarkupTests {
    @Test func textEscapesOnlyWhatTextNeeds() {
        #expect(Markup.escaped("a < b && c > d \"q\" 'a'") == "a &lt; b &amp;&amp; c &gt; d \"q\" 'a'")
        #expect(Markup.escaped("plain text\nwith a line") == "plain text\nwith a line")
        #expect(Markup.escaped("\"quoted\"", .doubleQuote) == "&quot;quoted&quot;")
    }

    @Test func attributesEscapeBothQuotes() {
        #expect(Markup.escaped("x=\"1\" y='2'", .attribute) == "x=&quot;1&quot; y=&#39;2&#39;")
    }

    @Test func forbiddenCharactersBecomeVisibleStandIns() {
        #expect(Markup.escaped("esc\u{1B}[2J bell\u{7} del\u{7F}") == "esc\u{241B}[2J bell\u{2407} del\u{2421}")
        #expect(Markup.escaped("c1\u{85} non" + scalar(0xFFFE) + scalar(0xFDD0)) == "c1\u{FFFD} non\u{FFFD}\u{FFFD}")
        #expect(Markup.escaped("tab\tcr\r") == "tab\tcr\r")
        #expect(Markup.escaped("f\u{2061}(x)") == "f&#x2061;(x)")
    }

    @Test func xmlReportsReferenceLineBreaksAndSVGKeepsItsIDMarker() {
        #expect(Markup.escaped("a\nb\rc", [.lineFeedReference, .carriageReturnReference]) == "a&#10;b&#13;c")
        let marked = "id" + scalar(0xFFFE) + "7"
        #expect(Markup.escaped(marked, [.attribute, .keepIDMarker]) == marked)
        #expect(Markup.escaped(marked, .attribute) == "id\u{FFFD}7")
    }

    @Test func appendsUTF8() {
        var out: [UInt8] = Array("<p>".utf8)
        Markup.escape("π < 4", into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "<p>π &lt; 4")
    }

    /// Noncharacters cannot be written in a string literal.
    private func scalar(_ value: UInt32) -> String {
        String(Character(Unicode.Scalar(value)!))
    }
}
