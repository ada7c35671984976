import Testing
@testable import Figures

@Suite struct AnimationTests {
    private func document(_ figure: Figure) throws -> SVGDocument {
        try #require(SVGDocument(SVGRenderer.render(figure)), "the SVG is not well-formed XML")
    }

    @Test func aGrowingPathIsDrawnOnceAndRevealed() throws {
        let svg = try document(Samples.descent)
        let animated = svg.all("polyline", inside: "g.lr-animation")
        #expect(animated.count == 1)
        let path = try #require(animated.first)
        let reveal = try #require(svg.all("animate").first { $0.attributes["attributeName"] == "stroke-dashoffset" })
        let offsets = reveal.attributes["values"]!.split(separator: ";").compactMap { Double($0) }
        #expect(offsets == offsets.sorted(by: >), "the dash offset only shrinks: the path only grows")
        #expect(path.attributes["stroke-dasharray"]?.split(separator: " ").first.flatMap { Double($0) } == offsets.first)
        #expect(reveal.attributes["repeatCount"] == "indefinite")
    }

    @Test func markersAppearWhenThePathReachesThem() throws {
        let svg = try document(Samples.descent)
        let appearances = svg.all("animate").filter { $0.attributes["attributeName"] == "opacity" }
        #expect(!appearances.isEmpty)
        #expect(appearances.allSatisfy { $0.attributes["values"] == "0;1" })
    }

    @Test func aMovingPointKeepsItsCircle() throws {
        let svg = try document(Samples.descent)
        let moves = svg.all("animate").filter { ["cx", "cy"].contains($0.attributes["attributeName"] ?? "") }
        #expect(moves.count == 2)
        #expect(moves.allSatisfy { $0.ancestors.last?.hasPrefix("circle") == true })
    }

    @Test func anythingElseGetsAGroupPerFrameTheLastOneVisibleWithoutSMIL() throws {
        let output = SVGRenderer.render(Samples.descent)
        let svg = try #require(SVGDocument(output))
        #expect(svg.all("text", inside: "g.lr-animation").map(\.text) == (0...20).map { "step \($0)" })
        #expect(svg.all("animate").filter { $0.attributes["attributeName"] == "visibility" }.count == 21)
        #expect(output.components(separatedBy: "<g visibility=\"hidden\">").count - 1 == 20, "all but the last hidden")
    }

    /// CSS cannot pause SMIL: the last frame is drawn again as a still copy, hidden unless the page's
    /// `prefers-reduced-motion` rule swaps it in for the animation.
    @Test func theLastFrameIsAlsoDrawnStillForReducedMotion() throws {
        let svg = try document(Samples.descent)
        let still = try #require(svg.all("g").first { $0.attributes["class"] == "lr-still" })
        #expect(still.attributes["display"] == "none")
        #expect(svg.all("animate", inside: "g.lr-still").isEmpty)
        #expect(svg.all("text", inside: "g.lr-still").map(\.text) == ["step 20"])
        let path = try #require(svg.all("polyline", inside: "g.lr-animation").first)
        let stillPath = try #require(svg.all("polyline", inside: "g.lr-still").first)
        // The still path is the whole path (simplified as any line is): same start, same end.
        let ends = { (points: String?) in points.map { $0.split(separator: " ") }.map { [$0.first, $0.last] } }
        #expect(ends(stillPath.attributes["points"]) == ends(path.attributes["points"]))
        #expect(stillPath.attributes["stroke-dasharray"] == nil)
    }

    @Test func keyTimesRiseFromZeroAndLeaveAPauseAtTheEnd() throws {
        let svg = try document(Samples.descent)
        for animate in svg.all("animate") {
            let times = animate.attributes["keyTimes"]!.split(separator: ";").compactMap { Double($0) }
            #expect(times.first == 0 && zip(times, times.dropFirst()).allSatisfy { $0 < $1 })
            #expect(times.last! < 1)
            #expect(times.count == animate.attributes["values"]!.split(separator: ";").count)
        }
        let duration = try #require(svg.all("animate").first?.attributes["dur"])
        #expect(duration == "4.1s", "21 frames of 0.1 s and a 2 s pause")
    }

    @Test func playingOnceFreezesOnTheLastFrame() throws {
        var figure = Samples.descent
        figure.axes.animation?.repeats = false
        let svg = try document(figure)
        #expect(svg.all("animate").allSatisfy { $0.attributes["fill"] == "freeze" && $0.attributes["repeatCount"] == nil })
    }

    @Test func theViewComesFromWhatWasDrawnBefore() {
        var figure = Samples.descent
        let before = PanelLayout(figure.axes, in: FigureLayout(figure).cells[0]).yScale.domain
        figure.axes.animation?.frames[0].append(Samples.line([1000, -1000]))
        let after = PanelLayout(figure.axes, in: FigureLayout(figure).cells[0]).yScale.domain
        #expect(before == after)
    }
}
