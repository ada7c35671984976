import Testing
@testable import Figures

@Suite struct LegendLocationTests {
    /// The legend box's position relative to the plot area, as fractions of the free room (0 left/top, 1 right/bottom).
    private func placement(_ location: LegendLocation) throws -> (x: Double, y: Double) {
        var figure = Figure()
        let xs = (0..<20).map(Double.init)
        figure.marks = [.line(LineMark(xs: xs, ys: xs, label: "rising"))]
        figure.legend = true
        figure.axes.legendLocation = location
        let plot = PanelLayout(figure.axes, in: FigureLayout(figure).cells[0]).plot
        let svg = try #require(SVGDocument(SVGRenderer.render(figure)))
        let box = try #require(svg.all("rect", inside: "g.lr-legend").first)
        let x = try #require(Double(box.attributes["x"] ?? "")), y = try #require(Double(box.attributes["y"] ?? ""))
        let width = try #require(Double(box.attributes["width"] ?? ""))
        let height = try #require(Double(box.attributes["height"] ?? ""))
        return ((x - plot.x) / (plot.width - width), (y - plot.y) / (plot.height - height))
    }

    @Test("each named location puts the box at its corner, side or centre (tolerance: the inset, under 5 %)",
          arguments: [
              (LegendLocation.upperLeft, 0.0, 0.0), (.upperRight, 1.0, 0.0), (.lowerLeft, 0.0, 1.0),
              (.lowerRight, 1.0, 1.0), (.right, 1.0, 0.5), (.centerRight, 1.0, 0.5), (.centerLeft, 0.0, 0.5),
              (.upperCenter, 0.5, 0.0), (.lowerCenter, 0.5, 1.0), (.center, 0.5, 0.5),
          ])
    func namedLocation(_ location: LegendLocation, _ x: Double, _ y: Double) throws {
        let at = try placement(location)
        #expect(abs(at.x - x) < 0.05 && abs(at.y - y) < 0.05, "\(location.rawValue): \(at)")
    }

    @Test("upper right is kept when asked for, though `best` moves off the rising line")
    func explicitOverridesBest() throws {
        #expect(try placement(.best).x < 0.5)
        #expect(try placement(.upperRight).x > 0.95)
    }
}
