import Testing
@testable import Figures

@Suite struct PanelLayoutTests {
    private func layout(_ figure: Figure, panel: Int = 0) -> PanelLayout {
        PanelLayout(figure.panels[panel], in: FigureLayout(figure).cells[panel])
    }

    @Test func equalAspectMakesAUnitAsLongOnBothAxes() {
        var figure = Figure()
        figure.marks = [Samples.line([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])]
        figure.axes.aspect = .equal
        let panel = layout(figure)
        let xUnit = panel.xScale(1) - panel.xScale(0), yUnit = panel.yScale(0) - panel.yScale(1)
        #expect(abs(xUnit - yUnit) < 1e-9)
        #expect(panel.xScale.domain.lowerBound <= 0 && panel.xScale.domain.upperBound >= 10)
    }

    /// `imshow`'s aspect keeps the limits and shrinks the plot from the right or the bottom, its top left fixed.
    @Test func equalBoxAspectShrinksThePlotAndKeepsTheLimits() {
        var figure = Figure()
        figure.marks = [.heatmap(HeatmapMark(grid: GridValues(xs: [0, 1, 2], ys: [0, 1], values: [1, 2, 3, 4, 5, 6])!))]
        figure.axes.xlim = -0.5...2.5
        figure.axes.ylim = -0.5...1.5
        let free = layout(figure)
        figure.axes.aspect = .equalBox
        let boxed = layout(figure)
        #expect(boxed.xScale.domain == -0.5...2.5 && boxed.yScale.domain == -0.5...1.5)
        let xUnit = boxed.xScale(1) - boxed.xScale(0), yUnit = boxed.yScale(0) - boxed.yScale(1)
        #expect(abs(xUnit - yUnit) < 1e-9)
        #expect(boxed.plot.x == free.plot.x && boxed.plot.y == free.plot.y)
        #expect(boxed.plot.width <= free.plot.width && boxed.plot.height <= free.plot.height)
        #expect(boxed.plot.width == free.plot.width || boxed.plot.height == free.plot.height)
    }

    @Test func centeredAxesCrossAtTheOrigin() {
        var figure = Figure()
        figure.marks = [.line(LineMark(xs: [-10, 5], ys: [-5, 3]))]
        figure.axes.frame = .centered
        let panel = layout(figure)
        #expect(abs(panel.origin.x - panel.xScale(0)) < 1e-9 && abs(panel.origin.y - panel.yScale(0)) < 1e-9)
        figure.marks = [.line(LineMark(xs: [1, 5], ys: [2, 3]))]
        let away = layout(figure)
        #expect(away.origin.x == away.plot.x && away.origin.y == away.plot.maxY, "zero out of view: the plot's edges")
    }

    @Test func barsStandOnZeroAndHeatMapsEndAtTheirCells() {
        var figure = Figure()
        figure.marks = [.bars(BarMark(xs: [0, 1, 2], heights: [3, 1, 2]))]
        #expect(layout(figure).yScale.domain.lowerBound == 0)
        figure.marks = [.heatmap(HeatmapMark(grid: GridValues(xs: [0, 1, 2], ys: [0, 1], values: [1, 2, 3, 4, 5, 6])!))]
        let heat = layout(figure)
        #expect(heat.xScale.domain == -0.5...2.5 && heat.yScale.domain == -0.5...1.5)
    }

    @Test func logAxesPlaceDecadesEvenly() {
        var figure = Figure()
        figure.marks = [.line(LineMark(xs: [1, 10, 100, 1000], ys: [1, 2, 3, 4]))]
        figure.axes.xscale = .log
        let panel = layout(figure)
        let steps = [1.0, 10, 100, 1000].map { panel.xScale($0) }
        #expect(abs((steps[1] - steps[0]) - (steps[3] - steps[2])) < 1e-9)
        #expect(panel.xScale(0).isNaN && panel.xScale(-1).isNaN, "a log axis cannot show 0 or below")
        #expect(panel.xTicks.labels.allSatisfy { $0.hasPrefix("$10^{") })
    }

    @Test func subplotsShareTheFigureRowByRow() {
        var figure = Figure()
        figure.select(rows: 2, columns: 2, cell: 0)
        figure.marks = [Samples.line([1, 2])]
        figure.select(rows: 2, columns: 2, cell: 3)
        figure.marks = [Samples.line([2, 1])]
        figure.suptitle = "Both"
        let layout = FigureLayout(figure), cells = layout.cells
        #expect(figure.panels.count == 2 && figure.current == 1)
        #expect(cells[0].x == 0 && cells[1].x == layout.width / 2)
        #expect(cells[1].y > cells[0].y && cells[0].y > 0, "below the suptitle, second row lower")
        figure.select(rows: 2, columns: 2, cell: 0)
        #expect(figure.current == 0 && figure.marks.count == 1, "selecting a panel again keeps it")
    }

    @Test func aColourBarTakesRoomFromThePlot() throws {
        var figure = Samples.contours
        let with = layout(figure)
        figure.axes.colorbar = nil
        let without = layout(figure)
        #expect(with.plot.width < without.plot.width)
        let bar = try #require(with.colorbar)
        #expect(bar.bar.x > with.plot.maxX && bar.bar.maxX < with.area.maxX)
    }
}
