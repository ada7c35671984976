import Testing
@testable import Figures

/// Figure text measured at the size a reader sees it: the `<svg>` is shown at its `width` attribute, never
/// wider than the page's column (676 px on a 1280 px desktop page, 343 px on a 390 px phone, from the
/// stylesheet's measure, paddings and borders); one viewBox unit is shown at that width over the viewBox's.
/// Scripts (`<tspan>`s with their own size) are left out: they are smaller by design.
@Suite struct LegibilityTests {
    static let columns: [(name: String, width: Double, smallest: Double)] = [
        ("desktop", 676, 12), ("phone", 343, 9),
    ]

    /// Flat, multi-panel, wide and 3-D figures.
    static let figures: [String: Figure] = [
        "parabola": Samples.parabola, "tangent": Samples.tangent, "contours": Samples.contours,
        "bowl": Samples.bowl(), "descent": Samples.descent, "wide": wide,
    ]

    /// Two panels side by side at matplotlib's `figsize=(12, 4)`.
    static var wide: Figure {
        var figure = Samples.parabola
        figure.width = 12
        figure.height = 4
        return figure
    }

    /// Each `<text>`'s font size in viewBox units: its own `font-size`, else the `<svg>`'s.
    static func fontSizes(_ document: SVGDocument) -> [Double] {
        let inherited = Double(document.root?.attributes["font-size"] ?? "") ?? 0
        return document.all("text").map { Double($0.attributes["font-size"] ?? "") ?? inherited }
    }

    @Test(arguments: figures.keys.sorted())
    func textIsLegibleOnDesktopAndPhone(name: String) throws {
        let figure = try #require(Self.figures[name])
        let document = try #require(SVGDocument(SVGRenderer.render(figure)))
        let root = try #require(document.root)
        let viewBox = try #require(root.attributes["viewBox"])
        let box = viewBox.split(separator: " ").compactMap { Double($0) }
        let shown = Double(root.attributes["width"] ?? "") ?? 0
        let sizes = Self.fontSizes(document)
        #expect(!sizes.isEmpty)
        for column in Self.columns {
            let pixels = (sizes.min() ?? 0) * min(shown, column.width) / box[2]
            #expect(pixels >= column.smallest, "\(name): smallest text \(pixels) px on \(column.name)")
        }
    }

    /// Every marker lies inside the drawing.
    @Test(arguments: figures.keys.sorted())
    func marksStayInsideTheFigure(name: String) throws {
        let figure = try #require(Self.figures[name])
        let document = try #require(SVGDocument(SVGRenderer.render(figure)))
        let viewBox = try #require(document.root?.attributes["viewBox"])
        let box = viewBox.split(separator: " ").compactMap { Double($0) }
        for circle in document.all("circle") {
            let x = Double(circle.attributes["cx"] ?? "0") ?? 0, y = Double(circle.attributes["cy"] ?? "0") ?? 0
            #expect((0...box[2]).contains(x) && (0...box[3]).contains(y), "\(name): a point at (\(x), \(y))")
        }
    }
}
