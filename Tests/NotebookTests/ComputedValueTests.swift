import Testing

@testable import Notebook

/// A checked number shows what was computed on the page, in words, and the stated value beside it where the
/// two print differently; nothing is left to a tooltip or to script.
@Suite("Computed values on the page")
struct ComputedValueTests {
    func page(_ text: String) -> String {
        HTMLRenderer.render(Executor.execute(LessonParser.parse(text, path: "page.md")))
    }

    @Test func aCheckThatStatesFewerDigitsShowsTheComputedValue() {
        let html = page("```swift-nn\nlet p = sigmoid(2)\np //=> 0.88 ± 0.01\n0.5 //=> 0.5\n```\n")
        #expect(html.contains(
            "<span class=\"check pass\">✓<span class=\"visually-hidden\"> holds;</span> "
                + "<span class=\"computed\">computed 0.8807970779778823</span></span>"))
        // Where the line states exactly what was computed, the tick alone says so.
        #expect(html.contains("<span class=\"check pass\">✓<span class=\"visually-hidden\"> holds</span></span>"))
        #expect(!html.contains("title=\"checked"))
    }

    @Test func aValueStatedExactlyInAnotherSpellingShowsNoComputedValue() {
        let html = page("```swift-nn\n19.0 //=> 19\n[1.0, 0.5] //=> [1, 0.5]\n0.001 //=> 1e-3\n2.5 //=> 2.5000001 ± 0.001\n```\n")
        #expect(html.components(separatedBy: "<span class=\"computed\">").count == 2)
        #expect(html.contains("<span class=\"computed\">computed 2.5</span>"))
    }

    @Test func aLongComputedValueIsClipped() {
        let html = page("```swift-nn\nones(100) / 3 //=> 0.0\n```\n")
        let got = html.components(separatedBy: "<span class=\"check fail\">✗ got ").dropFirst()
        #expect(got.count == 1)
        #expect(got.allSatisfy { $0.prefix { $0 != "<" } == "[" + String(repeating: "0.3333333333333333, ", count: 7) + "0.3333333333333333,…" })
    }

    @Test func anInlineValueShowsTheStatedOneBesideItWhereTheirDigitsDiffer() {
        let html = page("Near `{nn} sigmoid(2) => 0.89 ± 0.01`, exactly `{nn} sigmoid(2) => 0.88`.\n")
        #expect(html.contains(">0.88 <span class=\"stated\">(stated 0.89)</span></span>, exactly "))
        #expect(html.contains("title=\"computed by sigmoid(2) = 0.8807970779778823\">0.88</span>."))
    }

    @Test func aFailedInlineValueShowsTheComputedValueAndStrikesTheStatedOne() {
        let html = page("It is `{nn} 1 / 4 => 0.4`.\n")
        #expect(html.contains(">0.25 <span class=\"stated\">(the text states <s>0.4</s>)</span></span>."))
    }
}
