import Testing

@testable import Notebook

@Suite("Reader comforts: heading anchors, numbered figures, copy buttons, reduced motion, phones")
struct ReaderComfortTests {
    func page(_ text: String) -> String {
        HTMLRenderer.render(Executor.execute(LessonParser.parse(text, path: "page.md")))
    }

    @Test func everyHeadingLinksToItselfWithANameThatSaysSo() {
        let html = page("# Title\n\n## Gradient *descent*\n\n### A & B\n")
        #expect(html.contains("<h1 id=\"title\">Title<a class=\"anchor\" href=\"#title\" aria-label=\"Link to this section: Title\">¶</a></h1>"))
        #expect(html.contains("<h2 id=\"gradient-descent\">Gradient <em>descent</em><a class=\"anchor\" href=\"#gradient-descent\" aria-label=\"Link to this section: Gradient descent\">¶</a></h2>"))
        #expect(html.contains("aria-label=\"Link to this section: A &amp; B\""))
        #expect(HTMLRenderer.readerStyleSheet.contains(":hover > .anchor, .anchor:focus { opacity: 1; }"))
    }

    @Test func figuresAreNumberedInPageOrderAndCaptionedByTitleOrCaption() {
        let html = page("""
            ```swift-nn
            plot([0, 1], [0, 1])
            title("Rising & falling")
            show()
            plot([0, 1], [1, 0])
            ```

            ```swift-nn
            //| caption: The loss along the path.
            plot([0, 1], [1, 2])
            title("Ignored for the caption")
            ```
            """)
        #expect(html.contains("<figure class=\"figure\" id=\"figure-1\">\n<svg"))
        #expect(html.contains("<figcaption><span class=\"figure-number\">Figure 1.</span> Rising &amp; falling</figcaption>\n</figure>"))
        #expect(html.contains("<figcaption><span class=\"figure-number\">Figure 2.</span></figcaption>"))
        #expect(html.contains("<figcaption><span class=\"figure-number\">Figure 3.</span> The loss along the path.</figcaption>"))
        // The caption went to the figure, so the cell is a plain div and has no caption of its own.
        #expect(html.contains("<div class=\"cell\" id=\"cell-2\">"))
        #expect(html.components(separatedBy: "<figcaption>").count - 1 == 3)
        #expect(!html.contains("<div class=\"figure\">"))
    }

    @Test func aCaptionedCellWithoutAFigureIsAFigureItself() {
        let html = page("```swift-nn\n//| caption: Just a number.\n1 + 1\n```\n")
        #expect(html.contains("<figure class=\"cell\" id=\"cell-1\">"))
        #expect(html.contains("<figcaption>Just a number.</figcaption>\n</figure>"))
    }

    @Test func figureAnchorsDoNotClashWithHeadings() {
        let html = page("```swift-nn\nplot([0, 1], [0, 1])\n```\n\n## Figure 1\n")
        #expect(html.contains("<figure class=\"figure\" id=\"figure-1\">"))
        #expect(html.contains("<h2 id=\"figure-1-2\">"))
    }

    @Test func theCopyScriptComesOnlyWithCodeAndAddsItsButtonsItself() {
        #expect(!page("# Prose only\n").contains("<script"))
        let html = page("```swift-nn\n1\n```\n")
        #expect(html.contains("<script>\(HTMLRenderer.copyScript)</script>\n</article>"))
        // No button in the markup: without script (or clipboard) there is nothing that would not work.
        #expect(!html.contains("<button"))
        #expect(HTMLRenderer.copyScript.contains("if(!navigator.clipboard)return;"))
        #expect(HTMLRenderer.copyScript.contains("querySelectorAll(\".check\")"), "check marks are not copied")
        #expect(page("```\nplain\n```\n").contains("<script>"))
    }

    @Test func aFigureTitleIsFoundInItsMarkupWhateverItsCharacters() {
        #expect(HTMLRenderer.svgTitle("<svg><title>Loss ‖w‖² &amp; é</title><g><title>x</title></g></svg>")
            == "Loss ‖w‖² &amp; é")
        #expect(HTMLRenderer.svgTitle("<svg>ü<title>Figure</title></svg>") == nil)
        #expect(HTMLRenderer.svgTitle("<svg><title></title></svg>") == nil)
        #expect(HTMLRenderer.svgTitle("<svg><title>open") == nil)
        #expect(HTMLRenderer.svgTitle("<svg></title><title>") == nil)
    }

    @Test func reducedMotionSwapsAnimationsForTheirStillLastFrame() {
        let sheet = HTMLRenderer.pageStyleSheet
        #expect(sheet.contains("@media (prefers-reduced-motion: reduce) {\n  svg .lr-animation { display: none; }\n  svg .lr-still { display: inline; }\n  svg .lr-appear { opacity: 1 !important; }\n}"))
    }

    @Test func wideFormulasAndCodeScrollInTheirOwnBox() {
        let sheet = HTMLRenderer.pageStyleSheet
        #expect(sheet.contains(".math.display { margin: 1em 0; overflow-x: auto;"))
        #expect(sheet.contains("pre { font-size: 0.84rem; line-height: 1.5; margin: 0; padding: 0.75em 1em; overflow-x: auto;"))
        #expect(sheet.contains("img, svg { max-width: 100%; height: auto; }"))
        #expect(sheet.contains(".math.display, pre.code, pre.listing {\n  background-repeat: no-repeat; background-attachment: local, local, scroll, scroll;"), "a shadow shows there is more")
    }
}
