import Foundation
import Testing
@testable import Figures

@Suite struct SliderTests {
    private func parts(_ html: String) throws -> (svg: SVGDocument, html: String) {
        let start = try #require(html.range(of: "<svg")), end = try #require(html.range(of: "</svg>"))
        return (try #require(SVGDocument(String(html[start.lowerBound..<end.upperBound]))), html)
    }

    @Test func oneSVGWithTheSharedPartsOnceAndAGroupPerFrame() throws {
        let (svg, html) = try parts(SVGRenderer.render(Samples.tangentSlider))
        #expect(html.components(separatedBy: "<svg").count == 2)
        let frames = svg.elements.filter { $0.attributes["data-frame"] != nil }
        #expect(Set(frames.compactMap { $0.attributes["data-frame"] }) == Set((0..<9).map { "\($0)" }))
        #expect(frames.filter { $0.attributes["display"] == nil }.allSatisfy { $0.attributes["data-frame"] == "2" },
                "only the initial frame shows without script")
        #expect(svg.all("rect", inside: "g.lr-axes").count == 1, "the axes are drawn once")
        #expect(svg.all("title").count == 1 && svg.all("desc").count == 1)
        #expect(svg.all("desc").first?.text.hasPrefix("9 figures, one for each x from -4.0 to 4.0") == true)
    }

    @Test func sharingMakesItMuchSmallerThanTheFramesApart() {
        let slider = SVGRenderer.render(Samples.tangentSlider)
        let apart = (-4...4).map { SVGRenderer.render(Samples.tangentFrame(Double($0))) }.joined()
        #expect(Double(slider.utf8.count) < 0.5 * Double(apart.utf8.count))
    }

    @Test func theControlIsHiddenUntilTheScriptRuns() throws {
        let html = SVGRenderer.render(Samples.tangentSlider)
        #expect(html.hasPrefix("<div class=\"lr-slider\" data-values=\"[&quot;-4.0&quot;,"))
        #expect(html.contains("<p class=\"lr-slider-control\" hidden><label><i>x</i> <input type=\"range\" min=\"0\" max=\"8\" step=\"1\" value=\"2\"></label> <output>-2.0</output></p>"))
        #expect(html.contains("<script>\(SliderRenderer.script)</script>"))
        #expect(SliderRenderer.script.utf8.count < 500)
    }

    @Test func framesOfDifferentSizesStandApart() throws {
        var small = Samples.tangentFrame(0)
        small.width = 3
        var figure = Figure()
        figure.content = .slider(Slider(label: "size", values: ["big", "small"], frames: [Samples.tangentFrame(0), small]))
        let html = SVGRenderer.render(figure)
        #expect(html.components(separatedBy: "<svg").count == 3)
        let ids = html.components(separatedBy: "clipPath id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(ids.count == 2 && Set(ids).count == 2, "each frame's clip path has its own id")
    }
}
