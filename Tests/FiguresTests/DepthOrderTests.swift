import Foundation
import Testing
@testable import Figures

/// Surfaces and the paths on them in one back-to-front order, faces without seams, and the z label clear of
/// the tick labels.
@Suite struct DepthOrderTests {
    /// A flat plane at z = 0 seen from nearly straight above (so depth is nearly height: the painter orders
    /// by depth, and items that do not overlap on screen may come in any order), a red path under it and a
    /// blue one over it.
    private func sandwich(animated: Bool = false) -> Figure {
        var figure = Figure()
        let grid = GridValues(x: -1...1, y: -1...1, count: 6) { _, _ in 0 }
        let xs = [-0.8, 0.0, 0.8], ys = [-0.8, 0.0, 0.8]
        let below = LineMark(xs: xs, ys: ys, zs: [-0.5, -0.5, -0.5], color: "#d62728")
        let above = LineMark(xs: xs, ys: ys, zs: [0.5, 0.5, 0.5], color: "#1f77b4", marker: .circle)
        figure.marks = [.surface(SurfaceMark(grid: grid)), .line(below)]
        if animated {
            figure.axes.animation = Animation(frames: (1...3).map { count in
                [.line(LineMark(xs: Array(xs.prefix(count)), ys: Array(ys.prefix(count)), zs: [0.5, 0.5, 0.5].prefix(count).map { $0 },
                                color: "#1f77b4", marker: .circle))]
            })
        } else {
            figure.marks.append(.line(above))
        }
        figure.axes.view = View3D(azimuth: -60, elevation: 85)
        figure.axes.zlim = -1...1
        return figure
    }

    private func offsets(_ output: String, _ needle: String) -> [Int] {
        var found: [Int] = []
        var start = output.startIndex
        while let range = output.range(of: needle, range: start..<output.endIndex) {
            found.append(output.distance(from: output.startIndex, to: range.lowerBound))
            start = range.upperBound
        }
        return found
    }

    @Test func aPathUnderTheSurfaceIsPaintedBeforeItAndOneAboveAfterIt() throws {
        let output = SVGRenderer.render(sandwich())
        let faces = offsets(output, "class=\"lr-surface\"")
        let below = offsets(output, "stroke=\"#d62728\""), above = offsets(output, "stroke=\"#1f77b4\"")
        #expect(!faces.isEmpty && !below.isEmpty && !above.isEmpty)
        #expect(below.max()! < faces.max()!, "faces in front of the lower path cover it")
        #expect(above.min()! > faces.max()!, "the upper path covers every face")
        #expect(offsets(output, "fill=\"#1f77b4\"").min()! > faces.max()!, "and so do its markers")
    }

    @Test func aGrowingPathIsSortedWithTheFacesAndAppearsFrameByFrame() throws {
        let output = SVGRenderer.render(sandwich(animated: true))
        let svg = try #require(SVGDocument(output))
        #expect(svg.all("g").filter { $0.attributes["class"] == "lr-animation" }.isEmpty, "not drawn on top")
        let appearing = svg.all("g").filter { $0.attributes["class"] == "lr-appear" }
        #expect(appearing.count >= 2, "the later segments and markers appear in their frames")
        #expect(svg.all("animate", inside: "g.lr-appear").allSatisfy { $0.attributes["attributeName"] == "opacity" })
        let faces = offsets(output, "class=\"lr-surface\"")
        #expect(offsets(output, "stroke=\"#1f77b4\"").min()! > faces.max()!)
    }

    @Test func facesAreStrokedInTheirOwnColourNotAMesh() throws {
        let svg = try #require(SVGDocument(SVGRenderer.render(Samples.bowl())))
        let faces = svg.all("path", inside: "g.lr-surface")
        #expect(faces.count > 80)
        #expect(faces.allSatisfy { $0.attributes["stroke"] == $0.attributes["fill"] && $0.attributes["fill"]?.hasPrefix("#") == true })
        #expect(svg.all("g").filter { $0.attributes["class"] == "lr-surface" }.allSatisfy {
            $0.attributes["stroke"] == nil && $0.attributes["stroke-width"] == "0.5"
        })
    }

    @Test func theZLabelIsTurnedAndClearOfItsTickLabels() throws {
        var figure = Samples.bowl()
        figure.axes.zlabel = "$x_3$ rank of the applicant"
        let output = SVGRenderer.render(figure)
        let svg = try #require(SVGDocument(output))
        let texts = svg.all("text", inside: "g.lr-axes")
        let label = try #require(texts.first { $0.attributes["transform"]?.hasPrefix("rotate(-90") == true })
        let x = try #require(label.attributes["x"].flatMap(Double.init))
        // Its glyphs stand between x − ascent and x + descent; the z tick labels end left of the axis.
        let fontSize = FigureStyle.labelFontSize
        let ticks = texts.filter { ["0", "5"].contains($0.text) && $0.attributes["text-anchor"] == "end" }
        #expect(!ticks.isEmpty)
        for tick in ticks {
            let tickRight = try #require(tick.attributes["x"].flatMap(Double.init))
            let tickLeft = tickRight - TextMetrics.width([TextSpan(tick.text)], fontSize: FigureStyle.tickFontSize)
            #expect(x + FigureStyle.descent * fontSize < tickLeft, "the label ends before the tick label starts")
        }
        #expect(x - FigureStyle.ascent * fontSize > 0, "inside the figure")
    }
}
