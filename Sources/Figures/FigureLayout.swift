/// Where the panels of a figure go: the figure's layout size in points (its `figsize`, narrowed by
/// `FigureScale` so its text reads at the size shown), a band for the suptitle, and one cell of the grid per panel.
struct FigureLayout {
    /// A rectangle in SVG coordinates (y grows downwards).
    struct Rect: Hashable {
        var x, y, width, height: Double
        var maxX: Double { x + width }
        var maxY: Double { y + height }
        var midX: Double { x + width / 2 }
        var midY: Double { y + height / 2 }

        func contains(_ point: (x: Double, y: Double)) -> Bool {
            point.x >= x && point.x <= maxX && point.y >= y && point.y <= maxY
        }
    }

    typealias Style = FigureStyle

    let width: Double
    let height: Double
    /// Where the suptitle's baseline sits, when there is one.
    let suptitleBaseline: Double?
    /// The area of each panel, in the order of `figure.panels`.
    let cells: [Rect]

    init(_ figure: Figure) {
        let natural = Self.points(figure.width, default: 6.4), shrink = FigureScale.shrink(width: natural)
        width = natural / shrink
        height = Self.points(figure.height, default: 4.8) / shrink
        let band = figure.suptitle == nil
            ? 0 : Style.outerPad + Style.suptitleFontSize + 2 * Style.scriptRoom(Style.suptitleFontSize)
        suptitleBaseline = figure.suptitle == nil
            ? nil : Style.outerPad + (Style.ascent + 0.15) * Style.suptitleFontSize
        let rows = max(figure.rows, 1), columns = max(figure.columns, 1)
        let cellWidth = width / Double(columns), cellHeight = (height - band) / Double(rows)
        let (w, h) = (width, height)
        cells = figure.panels.map { panel in
            let cell = min(max(panel.cell, 0), rows * columns - 1)
            let row = cell / columns, column = cell % columns
            guard rows * columns > 1 else { return Rect(x: 0, y: band, width: w, height: h - band) }
            return Rect(x: Double(column) * cellWidth, y: band + Double(row) * cellHeight,
                        width: cellWidth, height: cellHeight)
        }
    }

    static func points(_ inches: Double, default fallback: Double) -> Double {
        (inches.isFinite && inches > 0 ? min(inches, 100) : fallback) * Style.pointsPerInch
    }
}
