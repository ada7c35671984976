import Foundation
import Testing
@testable import Figures

@Suite struct MarkRenderingTests {
    private func document(_ figure: Figure) throws -> SVGDocument {
        try #require(SVGDocument(SVGRenderer.render(figure)), "the SVG is not well-formed XML")
    }

    @Test func rulesSpanThePlot() throws {
        var figure = Figure()
        figure.marks = [Samples.line([1, 3, 2]), .rule(RuleMark(.horizontal, at: 2, color: "#d62728", lineStyle: .dashed)),
                        .rule(RuleMark(.vertical, at: 1))]
        let paths = try document(figure).all("path", inside: "g.lr-data")
        let horizontal = try #require(paths.first { $0.attributes["stroke"] == "#d62728" })
        #expect(horizontal.attributes["d"]?.contains("H") == true && horizontal.attributes["stroke-dasharray"] != nil)
        #expect(paths.contains { $0.attributes["stroke"] == "currentColor" && $0.attributes["d"]?.contains("V") == true })
    }

    @Test func blackIsDrawnInThePagesTextColourSoItShowsOnADarkPage() throws {
        var figure = Figure()
        figure.marks = [.line(LineMark(xs: [0, 1], ys: [0, 1], color: "k")), .line(LineMark(xs: [0, 1], ys: [1, 0], color: "w"))]
        let lines = try document(figure).all("polyline", inside: "g.lr-data")
        #expect(lines.map { $0.attributes["stroke"] } == ["currentColor", "#ffffff"])
    }

    @Test func barsAreOnePathOfRectangles() throws {
        var figure = Figure()
        figure.marks = [.bars(BarMark(xs: [0, 1, 2], heights: [3, 1, 2], color: "#2ca02c"))]
        let bars = try #require(try document(figure).all("path", inside: "g.lr-data").first)
        #expect(bars.attributes["fill"] == "#2ca02c")
        #expect(bars.attributes["d"]?.filter { $0 == "Z" }.count == 3)
    }

    @Test func textAndAnArrowToItsPoint() throws {
        var figure = Figure()
        figure.marks = [Samples.line([0, 1, 4]), .text(TextMark(x: 0.2, y: 3, text: "$x^2$", arrowTo: DataPoint(2, 4)))]
        let svg = try document(figure)
        #expect(svg.all("text", inside: "g.lr-data").map(\.text) == ["x2"])
        #expect(svg.all("tspan", inside: "g.lr-data").count == 2)
        #expect(svg.all("path", inside: "g.lr-data").count == 2, "the arrow's shaft and head")
    }

    @Test func pointsColouredByClass() throws {
        var figure = Figure()
        figure.marks = [.scatter(ScatterMark(xs: [0, 1, 2, 3], ys: [0, 1, 0, 1],
                                             colors: ["#1f77b4", "#ff7f0e", "#ff7f0e", "#1f77b4"], sizes: [9, 9, 36, 36]))]
        let svg = try document(figure)
        let groups = svg.all("g", inside: "g.lr-data").compactMap { $0.attributes["fill"] }
        #expect(groups == ["#1f77b4", "#ff7f0e", "#ff7f0e", "#1f77b4"], "a group per run of one colour and size")
        #expect(svg.all("circle").map { $0.attributes["r"] } == ["2", "2", "3.5", "3.5"])
    }

    @Test func overlappingRoundMarkersBecomeOneThickLine() throws {
        var figure = Figure()
        let xs = (0..<1000).map(Double.init)
        figure.marks = [.line(LineMark(xs: xs, ys: xs.map { exp(-$0 / 100) }, marker: .point))]
        let svg = try document(figure)
        let strokes = svg.all("polyline", inside: "g.lr-data") + svg.all("path", inside: "g.lr-data")
        #expect(strokes.contains { $0.attributes["stroke-linecap"] == "round" && $0.attributes["stroke-width"] == "4" })
        #expect(svg.all("circle").count < 100, "only markers clear of their neighbours stay circles")
        #expect(SVGRenderer.render(figure).utf8.count < 8 * 1024)
    }

    @Test func filledContoursStackOnePathPerBand() throws {
        let svg = try document(Samples.contours)
        let bands = svg.all("path", inside: "g.lr-contourf")
        let levels = NiceTicks.levels(covering: Samples.peaksGrid().range!, count: 8)
        #expect(bands.count == levels.count - 1)
        #expect(Set(bands.compactMap { $0.attributes["fill"] }).count == bands.count, "a colour per band")
        let lines = svg.all("path", inside: "g.lr-contour")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.attributes["stroke"] == "currentColor" }, "black is the page's ink")
    }

    @Test func theColourBarShowsTheBandsWithTicksAndLabel() throws {
        let svg = try document(Samples.contours)
        let rects = svg.all("rect", inside: "g.lr-colorbar")
        let levels = NiceTicks.levels(covering: Samples.peaksGrid().range!, count: 8)
        #expect(rects.count == levels.count - 1 + 1, "a rectangle per band and the outline")
        #expect(svg.all("text", inside: "g.lr-colorbar").contains { $0.attributes["class"] == "lr-clabel" })
    }

    @Test func heatMapsMergeCellsOfOneColour() throws {
        var figure = Figure()
        let grid = GridValues(xs: [0, 1, 2, 3], ys: [0, 1], values: [1, 1, 1, 2, 3, 3, 4, 4])!
        figure.marks = [.heatmap(HeatmapMark(grid: grid))]
        figure.axes.colorbar = Colorbar()
        let svg = try document(figure)
        let paths = svg.all("path", inside: "g.lr-heatmap")
        #expect(paths.count == 4, "one path per colour")
        #expect(paths.map { $0.attributes["d"]!.filter { $0 == "Z" }.count }.reduce(0, +) == 4, "runs merged along rows")
        let gradient = try #require(svg.all("linearGradient").first)
        #expect(svg.all("rect", inside: "g.lr-colorbar").contains { $0.attributes["fill"] == "url(#\(gradient.attributes["id"]!))" })
    }

    @Test func aHeatMapOfAMillionCellsIsOnePathPerColourLevel() throws {
        var figure = Figure()
        let n = 1000
        let axis = (0..<n).map(Double.init)
        let values = (0..<(n * n)).map { Double($0 % n + $0 / n) }
        figure.marks = [.heatmap(HeatmapMark(grid: GridValues(xs: axis, ys: axis, values: values)!))]
        let paths = try document(figure).all("path", inside: "g.lr-heatmap")
        #expect(paths.count <= 129, "at most one path per colour level")
        #expect(paths.count > 100)
        #expect(Set(paths.map { $0.attributes["fill"]! }).count == paths.count, "each colour once")
    }

    @Test func opaqueMarkersAtOnePrintedPositionAreDrawnOnceAndTranslucentOnesEveryTime() throws {
        let xs = (0..<10_000).map { 1 + Double($0) * 1e-13 }
        var figure = Figure()
        figure.marks = [.scatter(ScatterMark(xs: xs + [2], ys: xs + [2]))]
        let circles = try document(figure).all("circle")
        #expect(circles.count == 2, "ten thousand points print at one position: \(circles.prefix(3).map(\.attributes))")
        figure.marks = [.scatter(ScatterMark(xs: xs + [2], ys: xs + [2], alpha: 0.5))]
        #expect(try document(figure).all("circle").count == 10_001, "overlaps darken translucent markers")
    }

    @Test func panelsEachGetTheirTitleAndTheFigureItsSuptitle() throws {
        var figure = Figure()
        for cell in 0..<3 {
            figure.select(rows: 1, columns: 3, cell: cell)
            figure.marks = [Samples.line([0, Double(cell)])]
            figure.title = "panel \(cell + 1)"
        }
        figure.suptitle = "Three"
        let svg = try document(figure)
        #expect(svg.all("text").filter { $0.attributes["class"] == "lr-title" }.map(\.text) == ["Three", "panel 1", "panel 2", "panel 3"])
        #expect(svg.all("g").filter { $0.attributes["class"] == "lr-data" }.count == 3)
        #expect(svg.all("title").first?.text == "Three")
        #expect(svg.all("desc").first?.text.hasPrefix("1 × 3 grid of 3 panels") == true)
    }

    @Test func centeredAxesHaveNoBoxAndNoZeroLabels() throws {
        var figure = Figure()
        figure.marks = [.line(LineMark(xs: [-10, 5], ys: [-5, 3]))]
        figure.axes.frame = .centered
        let svg = try document(figure)
        #expect(svg.all("rect", inside: "g.lr-axes").isEmpty)
        #expect(!svg.all("text", inside: "g.lr-ticks").contains { $0.text == "0" })
        figure.axes.frame = .none
        #expect(try document(figure).all("g").allSatisfy { $0.attributes["class"] != "lr-axes" })
    }
}

@Suite struct GridThinningTests {
    @Test func aGridOverTheLimitKeepsEveryKthRowAndColumnAndTheLast() throws {
        let xs = (0..<2000).map(Double.init), ys = (0..<5).map(Double.init)
        let grid = try #require(GridValues(xs: xs, ys: ys, values: ys.flatMap { y in xs.map { $0 + 10_000 * y } }))
        let thin = grid.thinned(toAtMost: 80)
        #expect(thin.xs.count <= 80 && thin.xs.count >= 40)
        #expect(thin.xs.first == 0 && thin.xs.last == 1999)
        #expect(thin.ys == ys, "rows under the limit are all kept")
        for (row, y) in thin.ys.enumerated() {
            for (column, x) in thin.xs.enumerated() { #expect(thin.value(row, column) == x + 10_000 * y) }
        }
        let small = try #require(GridValues(xs: [0, 1, 2], ys: [0, 1], values: [1, 2, 3, 4, 5, 6]))
        #expect(small.thinned(toAtMost: 80) == small)
    }
}

@Suite struct DrawingBudgetTests {
    @Test func aFigureOverItsDrawingTimeIsNotDrawnAndOneWithinItIsDrawnAlike() throws {
        var figure = Figure()
        let axis = (0..<300).map { Double($0) / 100 }
        var values: [Double] = []
        for y in axis { for x in axis { values.append(sin(x * 3) * cos(y * 3)) } }
        let grid = try #require(GridValues(xs: axis, ys: axis, values: values))
        figure.marks = [.contour(ContourMark(grid: grid, levels: (-9...9).map { Double($0) / 10 }))]
        #expect(SVGRenderer.render(figure, within: 1e-9) == nil)
        #expect(SVGRenderer.render(figure, within: 60) == SVGRenderer.render(figure))
        #expect(SVGRenderer.render(figure, within: nil) == SVGRenderer.render(figure))
    }
}
