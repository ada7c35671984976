@testable import Figures

/// Figures the tests draw: the lecture's first plot and its tangent-line plot.
enum Samples {
    static func f(_ x: Double) -> Double { 3 * x * x - 4 * x + 5 }

    /// `np.arange(-5, 5, 0.25)`: 40 points.
    static let xs = (0..<40).map { -5 + 0.25 * Double($0) }

    /// `plt.plot(xs, ys); plt.title('$f(x) = 3x^2 - 4x + 5$')` with axis labels.
    static var parabola: Figure {
        var figure = Figure()
        figure.title = "$f(x) = 3x^2 - 4x + 5$"
        figure.xlabel = "$x$"
        figure.ylabel = "$f(x)$"
        figure.marks = [.line(LineMark(xs: xs, ys: xs.map(f)))]
        return figure
    }

    /// The tangent at x = 2 with a point of tangency, grid and legend, at figsize (7, 4).
    static var tangent: Figure {
        var figure = Figure()
        figure.width = 7
        figure.height = 4
        let tangentXs = [0.0, 4.0]
        figure.marks = [
            .line(LineMark(xs: xs, ys: xs.map(f), label: "$f(x) = 3x^2 - 4x + 5$")),
            .line(LineMark(xs: tangentXs, ys: tangentXs.map { f(2) + 8 * ($0 - 2) }, lineStyle: .dashed,
                           label: "Asymptotic slope of 8.00 at x = 2.00")),
            .scatter(ScatterMark(xs: [2], ys: [f(2)], color: "red")),
        ]
        figure.title = "Plot of the function $f(x) = 3x^2 - 4x + 5$"
        figure.xlabel = "$x$"
        figure.ylabel = "$f(x)$"
        figure.grid = true
        figure.legend = true
        return figure
    }

    static func line(_ ys: [Double], label: String? = nil) -> Mark {
        .line(LineMark(xs: ys.indices.map(Double.init), ys: ys, label: label))
    }
}
