import Foundation
import Testing
@testable import Figures

@Suite struct Panel3DTests {
    private let area = FigureLayout.Rect(x: 0, y: 0, width: 300, height: 300)

    private func camera(azimuth: Double, elevation: Double) -> Camera3D {
        Camera3D(view: View3D(azimuth: azimuth, elevation: elevation), x: -1...1, y: -1...1, z: -1...1, in: area)
    }

    @Test func seenFromTheFrontXRunsAcrossAndZUp() throws {
        // azimuth −90°, elevation 0: looking along +y, so x goes right and z goes up the screen.
        let front = camera(azimuth: -90, elevation: 0)
        let origin = try #require(front.project(0, 0, 0)), right = try #require(front.project(1, 0, 0))
        let up = try #require(front.project(0, 0, 1)), away = try #require(front.project(0, 1, 0))
        #expect(right.x > origin.x && abs(right.y - origin.y) < 1e-9)
        #expect(up.y < origin.y && abs(up.x - origin.x) < 1e-9)
        #expect(abs(away.x - origin.x) < 1e-9 && abs(away.y - origin.y) < 1e-9, "depth does not show")
        #expect(front.depth(0, -1, 0) > front.depth(0, 1, 0), "−y is nearer the viewer")
    }

    @Test func seenFromAboveXAndYFillThePlane() throws {
        let top = camera(azimuth: -90, elevation: 90)
        let origin = try #require(top.project(0, 0, 0)), far = try #require(top.project(0, 1, 0))
        let raised = try #require(top.project(0, 0, 1))
        #expect(far.y < origin.y)
        #expect(abs(raised.x - origin.x) < 1e-9 && abs(raised.y - origin.y) < 1e-6)
    }

    @Test func theBoxFitsTheArea() {
        var corners: [(Double, Double, Double)] = []
        for x in [-1.0, 1] { for y in [-1.0, 1] { for z in [-1.0, 1] { corners.append((x, y, z)) } } }
        for view in [(-60.0, 30.0), (60, 22), (142, 58)] {
            let points = corners.compactMap { camera(azimuth: view.0, elevation: view.1).project($0.0, $0.1, $0.2) }
            #expect(points.allSatisfy { area.contains($0) || abs($0.x - area.maxX) < 1e-9 || abs($0.y - area.maxY) < 1e-9 })
        }
    }

    @Test func facesAreClippedToTheZLimitAndPaintedBackToFront() {
        let view = camera(azimuth: -60, elevation: 30)
        let square = [(0.0, 0.0, 0.0), (1, 0, 0), (1, 1, 2), (0, 1, 2)]
        let cut = SurfaceMesh.clip(square, view)
        #expect(cut.allSatisfy { $0.2 <= 1 + 1e-12 } && cut.count == 4, "the part above z = 1 is cut off")
        let grid = GridValues(x: -1...1, y: -1...1, count: 9) { x, y in x * x + y * y - 1 }
        let mesh = SurfaceMesh(SurfaceMark(grid: grid), camera: view, mapping: ColorMapping(bowlAxes(grid))!)
        #expect(mesh.faces.count == 64)
        #expect(zip(mesh.faces, mesh.faces.dropFirst()).allSatisfy { $0.depth <= $1.depth })
    }

    private func bowlAxes(_ grid: GridValues) -> Axes {
        var axes = Axes()
        axes.marks = [.surface(SurfaceMark(grid: grid))]
        return axes
    }

    @Test func aSurfacePanelHasPanesFacesAxesAndItsPath() throws {
        let figure = Samples.bowl()
        let output = SVGRenderer.render(figure)
        let svg = try #require(SVGDocument(output))
        let faces = svg.all("path", inside: "g.lr-surface").count
        #expect(faces > 80 && faces < 11 * 11, "faces wholly above z = 8 are cut away")
        #expect(svg.all("path", inside: "g.lr-panes").count == 2, "panes and their grid")
        #expect(svg.all("path", inside: "g.lr-axes").count == 3, "one per axis with its ticks")
        let labels = svg.all("text", inside: "g.lr-axes").map(\.text)
        #expect(labels.contains("x") && labels.contains("y") && labels.contains("z"))
        #expect(svg.all("circle", inside: "g.lr-data").count >= 4, "the path's markers, on top of the surface")
        #expect(svg.all("desc").first?.text.hasPrefix("3-D Plot of 1 line and 1 surface") == true)
    }

    @Test func aFullSurfaceStaysUnderSixtyKilobytes() {
        #expect(SVGRenderer.render(Samples.bowl(30)).utf8.count < 60 * 1024)
    }
}
