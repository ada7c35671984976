import Foundation
@testable import Figures

/// Figures of the kinds beyond line plots, small enough for goldens: the lecture's peaks, the least-squares
/// loss surface, micrograd's first graph, a tangent slider and gradient descent animated.
extension Samples {
    static func peaks(_ x: Double, _ y: Double) -> Double {
        3 * (1 - x) * (1 - x) * exp(-x * x - (y + 1) * (y + 1)) - 10 * (x / 5 - x * x * x - pow(y, 5)) * exp(-x * x - y * y)
            - exp(-(x + 1) * (x + 1) - y * y) / 3
    }

    static func peaksGrid(_ n: Int = 30) -> GridValues { GridValues(x: -3...3, y: -3...3, count: n, peaks) }

    /// Filled contours of peaks with lines over them and a colour bar.
    static var contours: Figure {
        var figure = Figure()
        figure.width = 5
        figure.height = 4
        let grid = peaksGrid()
        let levels = NiceTicks.levels(covering: grid.range!, count: 8)
        figure.marks = [
            .contour(ContourMark(grid: grid, levels: levels, filled: true)),
            .contour(ContourMark(grid: grid, levels: levels, colors: ["#000000"], lineWidth: 0.5)),
        ]
        figure.axes.colorbar = Colorbar(label: "$p(x, y)$")
        figure.title = "Peaks"
        return figure
    }

    /// A bowl z = x² + 3y² seen as matplotlib's default view, cut off at z = 8, with a path down to its bottom.
    static func bowl(_ n: Int = 12) -> Figure {
        var figure = Figure()
        figure.width = 5
        figure.height = 5
        let grid = GridValues(x: -2...2, y: -2...2, count: n) { x, y in x * x + 3 * y * y }
        let path = (0...8).map { 1.8 * pow(0.6, Double($0)) }
        figure.marks = [
            .surface(SurfaceMark(grid: grid)),
            .line(LineMark(xs: path, ys: path.map { -$0 / 2 }, zs: path.map { $0 * $0 + 3 * $0 * $0 / 4 },
                           color: "k", marker: .circle, markerSize: 4)),
        ]
        figure.axes.view = View3D(azimuth: -60, elevation: 30)
        figure.axes.zlim = 0...8
        figure.xlabel = "$x$"
        figure.ylabel = "$y$"
        figure.axes.zlabel = "$z$"
        return figure
    }

    /// micrograd's first example: L = (a·b + c)·f.
    static var micrograd: GraphDiagram {
        GraphDiagram(nodes: [
            .init(label: "a", data: 2, grad: 6),
            .init(label: "b", data: -3, grad: -4),
            .init(label: "e", op: "*", data: -6, grad: -2, inputs: [0, 1]),
            .init(label: "c", data: 10, grad: -2),
            .init(label: "d", op: "+", data: 4, grad: -2, inputs: [2, 3]),
            .init(label: "f", data: -2, grad: 4),
            .init(label: "L", op: "*", data: -8, grad: 1, inputs: [4, 5]),
        ])
    }

    static var diagram: Figure {
        var figure = Figure()
        figure.content = .diagram(micrograd)
        return figure
    }

    /// The tangent plot at x0 with fixed limits, as a slider frame.
    static func tangentFrame(_ x0: Double) -> Figure {
        var figure = Figure()
        figure.width = 6
        figure.height = 3.5
        let slope = 6 * x0 - 4, tangentXs = [x0 - 2, x0 + 2]
        figure.marks = [
            .line(LineMark(xs: xs, ys: xs.map(f), label: "$f(x)$")),
            .line(LineMark(xs: tangentXs, ys: tangentXs.map { f(x0) + slope * ($0 - x0) }, lineStyle: .dashed,
                           label: "slope \(slope)")),
            .scatter(ScatterMark(xs: [x0], ys: [f(x0)], color: "red")),
        ]
        figure.xlim = -5...5
        figure.ylim = -40...110
        figure.legend = true
        return figure
    }

    static var tangentSlider: Figure {
        var figure = Figure()
        let values = stride(from: -4.0, through: 4, by: 1).map { $0 }
        figure.content = .slider(Slider(label: "$x$", values: values.map { "\($0)" }, frames: values.map(tangentFrame),
                                        initial: 2))
        return figure
    }

    /// Gradient descent on f from x = −4: the path grows, the current point moves, and a label changes.
    static var descent: Figure {
        var x = [-4.0]
        for _ in 0..<20 { x.append(x.last! - 0.05 * (6 * x.last! - 4)) }
        var figure = Figure()
        figure.marks = [.line(LineMark(xs: xs, ys: xs.map(f), color: "gray"))]
        figure.axes.animation = Animation(frames: (1...x.count).map { count in
            let path = Array(x.prefix(count))
            return [
                .line(LineMark(xs: path, ys: path.map(f), color: "k", marker: .circle, markerSize: 4)),
                .scatter(ScatterMark(xs: [path.last!], ys: [f(path.last!)], color: "red", size: 60)),
                .text(TextMark(x: -4, y: 90, text: "step \(count - 1)")),
            ]
        })
        return figure
    }
}
