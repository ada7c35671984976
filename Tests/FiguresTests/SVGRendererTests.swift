import Testing
@testable import Figures

@Suite struct SVGRendererTests {
    private func document(_ figure: Figure) throws -> SVGDocument {
        try #require(SVGDocument(SVGRenderer.render(figure)), "the SVG is not well-formed XML")
    }

    @Test func aStandaloneAccessibleSVG() throws {
        let svg = try document(Samples.parabola)
        let root = try #require(svg.root)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["viewBox"] == "0 0 370 277.5", "6.4 × 4.8 in laid out at most 370 pt wide")
        #expect(root.attributes["width"] == "518" && root.attributes["height"] == "389", "shown at 1.4 px a point")
        #expect(root.attributes["role"] == "img")
        #expect(svg.all("title").first?.text == "f(x) = 3x^2 − 4x + 5")
        #expect(svg.all("desc").first?.text == "Line plot of 40 points; x from -5 to 4.75, y from 3.688 to 100")
    }

    @Test func untitledFiguresAreCalledFigure() throws {
        #expect(try document(Figure()).all("title").first?.text == "Figure")
        #expect(try document(Figure()).all("desc").first?.text == "Empty axes")
    }

    @Test func oneElementPerLineAndOneCirclePerScatterPoint() throws {
        let svg = try document(Samples.tangent)
        let lines = svg.all("polyline", inside: "g.lr-data") + svg.all("path", inside: "g.lr-data")
        #expect(lines.count == 2)
        #expect(lines.map { $0.attributes["stroke"] } == ["#1f77b4", "#ff7f0e"])
        #expect(lines[1].attributes["stroke-dasharray"] == "5.55 2.4")
        let points = svg.all("circle", inside: "g.lr-data")
        #expect(points.count == 1)
        var scatter = Figure()
        scatter.marks = [.scatter(ScatterMark(xs: [1, 2, 3, 4, 5], ys: [5, 3, 4, 1, 2], size: 64))]
        let circles = try document(scatter).all("circle", inside: "g.lr-data")
        #expect(circles.count == 5)
        #expect(circles.allSatisfy { $0.attributes["r"] == "4.5" }, "radius √s/2 plus half the 1 pt edge")
    }

    @Test func nanAndInfinityBreakALine() throws {
        var figure = Figure()
        figure.marks = [Samples.line([1, 2, .nan, 3, 4, .infinity, 5, 6])]
        let svg = try document(figure)
        #expect(svg.all("polyline").isEmpty)
        let path = try #require(svg.all("path", inside: "g.lr-data").first)
        let d = try #require(path.attributes["d"])
        #expect(d.filter { $0 == "M" }.count == 3)
        #expect(!d.contains("nan") && !d.contains("inf"))
    }

    @Test func markersWithoutALine() throws {
        var figure = Figure()
        figure.marks = [.line(LineMark(xs: [0, 1, 2], ys: [2, 0, 1], lineStyle: .none, marker: .circle))]
        let svg = try document(figure)
        #expect(svg.all("polyline").isEmpty)
        #expect(svg.all("circle", inside: "g.lr-data").count == 3)
    }

    @Test func ticksLabelsAndGrid() throws {
        let svg = try document(Samples.tangent)
        let tickLabels = svg.all("text", inside: "g.lr-ticks").map(\.text)
        #expect(tickLabels == ["−4", "−2", "0", "2", "4", "0", "20", "40", "60", "80", "100"])
        #expect(svg.all("path").contains { $0.attributes["class"] == "lr-grid" })
        #expect(!(try document(Samples.parabola)).all("path").contains { $0.attributes["class"] == "lr-grid" })
        #expect(svg.all("text").contains { $0.attributes["class"] == "lr-xlabel" && $0.text == "x" })
        #expect(svg.all("text").contains { $0.attributes["class"] == "lr-ylabel" && $0.text == "f(x)" })
    }

    @Test func limitsAreRespectedAndClipTheData() throws {
        var figure = Samples.parabola
        figure.xlim = 0...2
        figure.ylim = 0...10
        let svg = try document(figure)
        let labels = svg.all("text", inside: "g.lr-ticks").map(\.text)
        #expect(labels == ["0.0", "0.5", "1.0", "1.5", "2.0", "0", "2", "4", "6", "8", "10"])
        let clip = try #require(svg.all("clipPath").first?.attributes["id"])
        #expect(svg.all("g").contains { $0.attributes["clip-path"] == "url(#\(clip))" })
        #expect(try document(Samples.parabola).all("clipPath").isEmpty)
    }

    @Test func clipIDsComeFromTheContent() throws {
        var a = Samples.parabola
        a.xlim = 0...2
        var b = a
        b.marks = [Samples.line([1, 2, 3])]
        let idA = try document(a).all("clipPath").first?.attributes["id"]
        let idB = try document(b).all("clipPath").first?.attributes["id"]
        #expect(idA != nil && idA != idB)
        #expect(idA == (try document(a).all("clipPath").first?.attributes["id"]))
    }

    @Test func theDataRangeIsPaddedByFivePercent() throws {
        var figure = Figure()
        figure.marks = [Samples.line([0, 10])]
        let layout = PanelLayout(figure.axes, in: FigureLayout(figure).cells[0])
        #expect(abs(layout.xScale.domain.lowerBound - -0.05) < 1e-12)
        #expect(abs(layout.yScale.domain.upperBound - 10.5) < 1e-12)
    }

    @Test func legendListsLabelledMarksOnly() throws {
        let svg = try document(Samples.tangent)
        let entries = svg.all("text", inside: "g.lr-legend").map(\.text)
        #expect(entries == ["f(x) = 3x2 − 4x + 5", "Asymptotic slope of 8.00 at x = 2.00"])
        #expect(svg.all("polyline", inside: "g.lr-legend").count == 2)
        var unlabelled = Samples.tangent
        unlabelled.legend = false
        #expect(try document(unlabelled).all("g").allSatisfy { $0.attributes["class"] != "lr-legend" })
    }

    @Test func theLegendAvoidsTheData() throws {
        var figure = Figure()
        let xs = (0..<20).map(Double.init)
        figure.marks = [.line(LineMark(xs: xs, ys: xs, label: "rising"))]
        figure.legend = true
        let layout = PanelLayout(figure.axes, in: FigureLayout(figure).cells[0])
        let box = try #require(try document(figure).all("rect", inside: "g.lr-legend").first)
        let x = try #require(Double(box.attributes["x"] ?? ""))
        #expect(x < layout.plot.x + layout.plot.width / 2, "a rising line leaves the upper left empty")
    }

    @Test func hostileLabelsAreEscaped() throws {
        let hostile = "<script>alert('x')</script> & \"quoted\" ]]>"
        var figure = Figure()
        figure.title = hostile
        figure.xlabel = hostile
        figure.legend = true
        figure.marks = [.line(LineMark(xs: [0, 1], ys: [0, 1], color: "red\" onload=\"alert(1)", label: hostile))]
        let output = SVGRenderer.render(figure)
        let svg = try #require(SVGDocument(output))
        #expect(svg.all("script").isEmpty)
        #expect(!output.contains("<script") && !output.contains("onload"))
        #expect(svg.all("title").first?.text == hostile)
        #expect(svg.all("text", inside: "g.lr-legend").first?.text == hostile)
        #expect(svg.all("text").contains { $0.attributes["class"] == "lr-xlabel" && $0.text == hostile })
    }

    @Test func controlCharactersStillGiveWellFormedXML() throws {
        var figure = Figure()
        figure.title = "bell\u{7} nul\u{0}"
        #expect(SVGDocument(SVGRenderer.render(figure)) != nil)
    }

    @Test func sameFigureSameBytes() {
        let renders = (0..<3).map { _ in SVGRenderer.render(Samples.tangent) }
        #expect(renders[0] == renders[1] && renders[1] == renders[2])
        #expect(SVGRenderer.render(Samples.parabola) == SVGRenderer.render(Samples.parabola))
    }

    @Test func aTypicalPlotIsSmall() {
        #expect(SVGRenderer.render(Samples.parabola).utf8.count < 8 * 1024)
        #expect(SVGRenderer.render(Samples.tangent).utf8.count < 8 * 1024)
    }

    @Test func numbersAreShort() {
        let output = SVGRenderer.render(Samples.tangent)
        #expect(!output.contains("-0\"") && !output.contains("-0 ") && !output.contains("-0,"))
        let decimals = output.split(whereSeparator: { !"0123456789.".contains($0) })
            .filter { $0.contains(".") }.map { $0.split(separator: ".").last?.count ?? 0 }
        #expect(decimals.allSatisfy { $0 <= 2 })
    }

    @Test func unusualInputsStillRender() throws {
        var figure = Figure()
        figure.width = -1
        figure.height = .nan
        figure.marks = [
            Samples.line([.nan, .nan]), Samples.line([]), Samples.line([7]),
            .line(LineMark(xs: [1, 2, 3], ys: [1, 2], marker: .star)),
            .scatter(ScatterMark(xs: [1e300, -1e300], ys: [0, 1], size: .nan)),
        ]
        let svg = try document(figure)
        #expect(svg.root?.attributes["width"] == "518")
    }
}
