import Testing
@testable import Math

@Suite("Symbol tables against Unicode")
struct SymbolTableTests {
    /// Every symbol is assigned Unicode (named, not private use): a typo in a code point shows here.
    @Test func everySymbolIsNamedUnicode() {
        for symbol in Registry.symbols {
            for scalar in symbol.text.unicodeScalars where scalar.value >= 0x80 {
                let name = scalar.properties.name ?? ""
                #expect(!name.isEmpty, "\\\(symbol.name) → U+\(String(scalar.value, radix: 16)) has no name")
            }
        }
    }

    /// An arrow command names an arrow, a harpoon or an arrow-like character.
    @Test func arrowsAreArrows() {
        for (name, text) in Arrows.arrows + ExtensibleArrows.arrows.filter({ $0.0 != "xlongequal" }) {
            let unicode = text.unicodeScalars.first!.properties.name ?? ""
            #expect(["ARROW", "HARPOON"].contains { unicode.contains($0) }, "\\\(name) → \(unicode)")
        }
    }

    /// A negated relation names a negation, or strikes its relation with U+0338 or a variant selector.
    @Test func negationsAreNegations() {
        for (name, text) in Relations.negated {
            let scalars = Array(text.unicodeScalars)
            let unicode = scalars[0].properties.name ?? ""
            let struck = scalars.count == 2 && (scalars[1] == "\u{338}" || scalars[1] == "\u{FE00}")
            #expect(struck || ["NOT", "NEITHER", "NEGATED"].contains { unicode.contains($0) }, "\\\(name) → \(unicode)")
        }
    }

    /// Relations from the AMS table whose names say what they are.
    @Test func namedRelationsMatch() {
        let expected: [String: String] = [
            "leqq": "LESS-THAN OVER EQUAL TO", "triangleq": "DELTA EQUAL TO", "therefore": "THEREFORE",
            "because": "BECAUSE", "lessapprox": "LESS-THAN OR APPROXIMATE", "subsetneq": "SUBSET OF WITH NOT EQUAL TO",
        ]
        let table = Dictionary(Relations.relations + Relations.negated) { first, _ in first }
        for (name, unicode) in expected {
            #expect(table[name]?.unicodeScalars.first?.properties.name == unicode, "\\\(name)")
        }
    }
}
