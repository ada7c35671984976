import Testing

@testable import Notebook

@Suite("HTML rendering")
struct HTMLRendererTests {
    func page(_ text: String) -> String {
        HTMLRenderer.render(Executor.execute(LessonParser.parse(text, path: "page.md")))
    }

    /// The page without its one script of its own, the copy buttons' (on pages that show code).
    func withoutCopyScript(_ html: String) -> String {
        html.replacingOccurrences(of: "<script>\(HTMLRenderer.copyScript)</script>", with: "")
    }

    @Test func hostileProseIsEscaped() {
        let html = page("# A <b>bold</b> & \"quoted\" title\n\nText with `<script>` code and 1 < 2 > 0.\n")
        #expect(html.contains("<title>A bold &amp; \"quoted\" title</title>"))
        #expect(html.contains("<h1 id=\"a-bold-quoted-title\">A bold &amp; &quot;quoted&quot; title<a class=\"anchor\""))
        #expect(html.contains("<code>&lt;script&gt;</code>"))
        #expect(html.contains("1 &lt; 2 &gt; 0."))
        #expect(!withoutCopyScript(html).contains("<script"))
    }

    @Test func hostileCodeAndOutputAreEscaped() {
        let html = page(
            """
            ```swift-nn
            let s = "</pre><script>alert(1)</script>"
            print(s)
            s
            ```
            """)
        #expect(!withoutCopyScript(html).contains("<script"))
        #expect(html.contains("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<pre class=\"output\">&lt;/pre&gt;&lt;script&gt;"))
        #expect(html.contains("<pre class=\"value\">\"&lt;/pre&gt;"))
    }

    @Test func controlCharactersBecomeVisible() {
        #expect(HTMLEscape.text("a\u{1B}[31mb\u{0}") == "a\u{241B}[31mb\u{2400}")
        #expect(HTMLEscape.attribute("x\"'<&") == "x&quot;&#39;&lt;&amp;")
    }

    @Test func rawHTMLIsDroppedUnlessAllowed() {
        let source = "<div class=\"x\">block</div>\n\nInline <span>html</span> here.\n"
        let dropped = page(source)
        #expect(!dropped.contains("<div class=\"x\">"))
        #expect(!dropped.contains("<span>"))
        #expect(dropped.contains("<p>Inline html here.</p>"))
        let allowed = page("---\nallow-html: true\n---\n" + source)
        #expect(allowed.contains("<div class=\"x\">block</div>"))
        #expect(allowed.contains("Inline <span>html</span> here."))
    }

    @Test func scriptLinksLoseTheirTarget() {
        let html = page("[click](javascript:alert(1)) and [safe](https://example.org \"Ex\")\n")
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<a href=\"https://example.org\" title=\"Ex\">safe</a>"))
    }

    @Test func mathIsMathMLWithItsTeXEscaped() {
        let html = page("Inline $a<b$ and\n\n$$\\frac{1}{2} < x$$\n")
        #expect(html.contains("<math alttext=\"a&lt;b\"><mi>a</mi><mo>&lt;</mo><mi>b</mi></math>"))
        #expect(html.contains("<div class=\"math display\"><math alttext=\"\\frac{1}{2} &lt; x\" display=\"block\"><mfrac>"))
    }

    @Test func cellOptionsShapeTheCell() {
        let html = page(
            """
            ```swift-nn
            //| echo: false
            print("hidden code")
            ```

            ```swift-nn
            //| fold: true
            //| label: folded
            //| caption: A caption
            print("folded code")
            ```

            ```swift-nn
            //| output: false
            print("hidden output")
            ```
            """)
        #expect(!html.contains("hidden code</span>"))
        #expect(html.contains("<pre class=\"output\">hidden code</pre>"))
        #expect(html.contains("<figure class=\"cell\" id=\"folded\">\n<details class=\"code\">"))
        #expect(html.contains("<figcaption>A caption</figcaption>\n</figure>"))
        #expect(!html.contains("<pre class=\"output\">hidden output</pre>"))
    }

    @Test func expectationsAreMarkedInTheCode() {
        let html = page("```swift-nn\nlet x = 0.25\nx //=> 0.25\nx //=> 0.4\n```\n")
        #expect(html.contains("<span class=\"check pass\">✓<span class=\"visually-hidden\"> holds</span></span>"))
        #expect(html.contains("<span class=\"check fail\">✗ got 0.25</span>"))
        #expect(html.contains("page.md:4:8: error: expected 0.4"))
        #expect(html.contains("<p class=\"status failed\" role=\"alert\">This lesson has 1 failed expectation: "))
        #expect(html.contains("<div class=\"cell failed\" id=\"cell-1\">"))
    }

    @Test func errorsAreShownInTheirCell() {
        let html = page("```swift-nn\nlet y = undefinedThing\n```\n")
        #expect(html.contains("<div class=\"diagnostics error\" role=\"alert\">"))
        #expect(html.contains("page.md:2:9: error: "))
    }

    @Test func figuresAreInlineSVG() {
        let html = page("```swift-nn\nplot([0, 1, 2], [1, 0, 1])\ntitle(\"A & B\")\nshow()\n```\n")
        #expect(html.contains("<figure class=\"figure\" id=\"figure-1\">\n<svg"))
        #expect(!html.contains("A & B"))
    }

    @Test func headingAnchorsAreUnique() {
        let html = page("## Step\n\n## Step\n\n## Cell 1\n\n```swift-nn\n1\n```\n")
        #expect(html.contains("<h2 id=\"step\">Step<a class=\"anchor\" href=\"#step\""))
        #expect(html.contains("<h2 id=\"step-2\">Step<a class=\"anchor\" href=\"#step-2\""))
        #expect(html.contains("<h2 id=\"cell-1-2\">Cell 1<a class=\"anchor\" href=\"#cell-1-2\""))
        #expect(html.contains("<div class=\"cell\" id=\"cell-1\">"))
    }

    @Test func thePageIsSelfContained() {
        let html = page("# T\n\n```swift-nn\n1\n```\n")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(!withoutCopyScript(html).contains("<script"))
        #expect(!html.contains("<script src"))
        #expect(!html.contains("<link"))
        #expect(html.contains("<style>"))
        #expect(html.contains("prefers-color-scheme: dark"))
        #expect(html.contains("@media print"))
    }
}
