import Testing
@testable import Figures

@Suite struct LogColorScaleTests {
    /// A 3 × 1 heat map of 1, 10 and 100 (or the given values).
    private func heatmap(_ values: [Double] = [1, 10, 100], norm: AxisScale) throws -> Figure {
        var figure = Figure()
        let grid = try #require(GridValues(xs: [0, 1, 2], ys: [0, 1], values: values + values))
        var mark = HeatmapMark(grid: grid)
        mark.norm = norm
        figure.marks = [.heatmap(mark)]
        figure.axes.colorbar = Colorbar(label: nil)
        return figure
    }

    @Test("on a log scale each decade takes an equal share of the colormap")
    func decadesAreEqual() throws {
        let mapping = try #require(ColorMapping(try heatmap(norm: .log).axes))
        #expect(mapping.scale == .log)
        #expect(abs(mapping.fraction(1) - 0) < 1e-12)
        #expect(abs(mapping.fraction(10) - 0.5) < 1e-12)
        #expect(abs(mapping.fraction(100) - 1) < 1e-12)
        let linear = try #require(ColorMapping(try heatmap(norm: .linear).axes))
        #expect(abs(linear.fraction(10) - 9.0 / 99) < 1e-12)
    }

    @Test("the heat map's middle cell takes the colormap's middle colour")
    func cellColours() throws {
        let svg = try #require(SVGDocument(SVGRenderer.render(try heatmap(norm: .log))))
        let fills = svg.all("path", inside: "g.lr-heatmap").compactMap { $0.attributes["fill"] }
        let expected = [0.0, 0.5, 1.0].map { Colormap.viridis.hex(at: $0) }
        #expect(fills == expected)
    }

    @Test("the colour bar's ticks are the powers of ten, labelled 10^k")
    func colorbarTicks() throws {
        let layout = PanelLayout(try heatmap([0.01, 1, 1000], norm: .log).axes,
                                 in: FigureLayout(try heatmap([0.01, 1, 1000], norm: .log)).cells[0])
        let bar = try #require(layout.colorbar)
        #expect(bar.ticks.values == [0.01, 0.1, 1, 10, 100, 1000])
        #expect(bar.ticks.labels.first == "$10^{-2}$")
        // Ticks a decade apart are equally far apart on the bar (tolerance 1e-9 px).
        let pixels = bar.ticks.values.map { bar.scale($0) }
        let gaps = zip(pixels, pixels.dropFirst()).map { $1 - $0 }
        #expect(gaps.allSatisfy { abs($0 - gaps[0]) < 1e-9 })
    }

    @Test("filled log contours colour each band by its geometric middle")
    func contourBands() throws {
        var figure = Figure()
        let grid = try #require(GridValues(xs: [0, 1], ys: [0, 1], values: [1, 10, 100, 1000]))
        var mark = ContourMark(grid: grid, levels: [1, 10, 100, 1000], filled: true)
        mark.norm = .log
        figure.marks = [.contour(mark)]
        let svg = try #require(SVGDocument(SVGRenderer.render(figure)))
        let fills = svg.all("path", inside: "g.lr-contourf").compactMap { $0.attributes["fill"] }
        let middles: [Double] = [0.5 / 3, 1.5 / 3, 2.5 / 3]
        let expected = middles.map { Colormap.viridis.hex(at: $0) }
        #expect(fills == expected)
    }
}
