/// Numbers over a grid: contour lines, filled contours and heat maps.
extension SVGRenderer {
    static func writeContour(_ contour: ContourMark, _ layout: PanelLayout, into svg: inout SVGWriter) {
        let levels = contour.levels.filter(\.isFinite).sorted()
        guard !levels.isEmpty else { return }
        let log = contour.norm == .log && levels[0] > 0
        let range = levels[0]...levels[levels.count - 1]
        func color(_ index: Int, at value: Double) -> String {
            if let colors = contour.colors, !colors.isEmpty { return Colors.ink(colors[index % colors.count]) }
            return contour.colormap.hex(at: ColorMapping.fraction(value, in: range, log ? .log : .linear))
        }
        let opacity = contour.alpha < 1 ? max(contour.alpha, 0).svg : nil
        svg.group("g", [("class", contour.filled ? "lr-contourf" : "lr-contour"), ("opacity", opacity)]) { svg in
            if contour.filled {
                for index in 0..<max(levels.count - 1, 1) {
                    let rings = MarchingSquares.region(contour.grid, atLeast: levels[index])
                    let (a, b) = (levels[index], levels[min(index + 1, levels.count - 1)])
                    let middle = log ? (a * b).squareRoot() : (a + b) / 2
                    let d = path(rings, layout, closed: true)
                    if !d.isEmpty { svg.leaf("path", [("fill", color(index, at: middle)), ("d", d)]) }
                }
            } else {
                for (index, level) in levels.enumerated() {
                    let d = path(MarchingSquares.lines(contour.grid, level: level), layout, closed: false)
                    guard !d.isEmpty else { continue }
                    svg.leaf("path", [
                        ("fill", "none"), ("stroke", color(index, at: level)),
                        ("stroke-width", positive(contour.lineWidth, or: 1).svg), ("stroke-linejoin", "round"), ("d", d),
                    ])
                }
            }
        }
    }

    /// Polylines or rings in data coordinates as one path, simplified in pixels.
    private static func path(_ lines: [[MarchingSquares.Point]], _ layout: PanelLayout, closed: Bool) -> String {
        var d = ""
        for line in lines {
            let pixels = line.map { (x: layout.xScale($0.x), y: layout.yScale($0.y)) }
            guard pixels.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else { continue }
            let kept = PathSimplifier.simplify(pixels, tolerance: 0.15)
            guard kept.count >= 2 else { continue }
            d += "M" + kept.map { "\($0.x.svg) \($0.y.svg)" }.joined(separator: "L") + (closed ? "Z" : "")
        }
        return d
    }

    /// One rectangle per cell, merged along rows where neighbours share a colour, and one path per colour;
    /// crisp edges keep anti-aliasing seams out from between the cells.
    static func writeHeatmap(_ heatmap: HeatmapMark, _ layout: PanelLayout, into svg: inout SVGWriter) {
        let grid = heatmap.grid
        guard let range = heatmap.range ?? grid.range else { return }
        let xEdges = CellEdges.edges(grid.xs, log: layout.xScale.kind == .log).map { layout.xScale($0) }
        let yEdges = CellEdges.edges(grid.ys, log: layout.yScale.kind == .log).map { layout.yScale($0) }
        let scale: AxisScale = heatmap.norm == .log && range.lowerBound > 0 ? .log : .linear
        // Cells take one of 129 colour levels; levels whose colours print alike share a run and a path. Working
        // in level numbers keeps a grid of millions of cells to integer work: a colour is printed once per level.
        let hexes = (0...128).map { heatmap.colormap.hex(at: Double($0) / 128) }
        let sameAs = hexes.indices.map { level in hexes.firstIndex(of: hexes[level])! }
        func colour(_ value: Double) -> Int {
            let step = ColorMapping.fraction(value, in: range, scale) * 128
            return sameAs[step.isNaN ? 0 : Int(min(max(step, 0), 128).rounded())]
        }
        var order: [Int] = []
        var paths: [Int: String] = [:]
        for row in grid.ys.indices {
            if DrawingBudget.isOver() { break }
            var column = 0
            while column < grid.xs.count {
                let value = grid.value(row, column)
                guard value.isFinite else { column += 1; continue }
                let level = colour(value)
                var end = column + 1
                while end < grid.xs.count, grid.value(row, end).isFinite, colour(grid.value(row, end)) == level {
                    end += 1
                }
                let x0 = xEdges[column], x1 = xEdges[end], y0 = yEdges[row], y1 = yEdges[row + 1]
                if x0.isFinite, x1.isFinite, y0.isFinite, y1.isFinite {
                    if paths[level] == nil { order.append(level) }
                    paths[level, default: ""] += "M\(x0.svg) \(y0.svg)H\(x1.svg)V\(y1.svg)H\(x0.svg)Z"
                }
                column = end
            }
        }
        let opacity = heatmap.alpha < 1 ? max(heatmap.alpha, 0).svg : nil
        svg.group("g", [("class", "lr-heatmap"), ("shape-rendering", "crispEdges"), ("opacity", opacity)]) { svg in
            for level in order { svg.leaf("path", [("fill", hexes[level]), ("d", paths[level]!)]) }
        }
    }

    /// The bar (bands for filled contours, a gradient otherwise), its ticks and labels, and its label.
    static func writeColorbar(_ colorbar: ColorbarLayout, label: String?, id: String, into svg: inout SVGWriter) {
        let bar = colorbar.bar, mapping = colorbar.mapping
        svg.group("g", [("class", "lr-colorbar")]) { svg in
            if let bands = mapping.bands, bands.count >= 2 {
                for (low, high) in zip(bands, bands.dropFirst()) {
                    let top = colorbar.scale(high), bottom = colorbar.scale(low)
                    svg.leaf("rect", [
                        ("x", bar.x.svg), ("y", top.svg), ("width", bar.width.svg), ("height", (bottom - top).svg),
                        ("fill", mapping.hex(mapping.scale == .log ? (low * high).squareRoot() : (low + high) / 2)),
                    ])
                }
            } else {
                svg.group("defs", []) { svg in
                    svg.group("linearGradient", [("id", id), ("x1", "0"), ("y1", "1"), ("x2", "0"), ("y2", "0")]) { svg in
                        for step in 0...10 {
                            let t = Double(step) / 10
                            svg.leaf("stop", [("offset", t.svg), ("stop-color", mapping.colormap.hex(at: t))])
                        }
                    }
                }
                svg.leaf("rect", [
                    ("x", bar.x.svg), ("y", bar.y.svg), ("width", bar.width.svg), ("height", bar.height.svg),
                    ("fill", "url(#\(id))"),
                ])
            }
            writeColorbarAxis(colorbar, label: label, into: &svg)
        }
    }

    private static func writeColorbarAxis(_ colorbar: ColorbarLayout, label: String?, into svg: inout SVGWriter) {
        let bar = colorbar.bar
        let ticks = zip(colorbar.ticks.values, colorbar.ticks.labels).map { (colorbar.scale($0), $1) }
            .filter { $0.0 >= bar.y - 0.5 && $0.0 <= bar.maxY + 0.5 }
        svg.leaf("rect", [
            ("x", bar.x.svg), ("y", bar.y.svg), ("width", bar.width.svg), ("height", bar.height.svg),
            ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", Style.spineWidth.svg),
        ])
        let marks = ticks.map { "M\(bar.maxX.svg) \($0.0.svg)h\(Style.tickLength.svg)" }.joined()
        if !marks.isEmpty {
            svg.leaf("path", [("stroke", "currentColor"), ("stroke-width", Style.spineWidth.svg), ("d", marks)])
        }
        let x = bar.maxX + Style.tickLength + Style.tickPad
        let centering = (Style.ascent - Style.descent) / 2 * Style.tickFontSize
        for (pixel, text) in ticks {
            writeSpans(PanelLayout.spans(text), fontSize: Style.tickFontSize, into: &svg,
                       [("x", x.svg), ("y", (pixel + centering).svg)])
        }
        if let label {
            let widest = ticks.map { TextMetrics.width(PanelLayout.spans($0.1), fontSize: Style.tickFontSize) }.max() ?? 0
            let baseline = x + widest + Style.labelPad + Style.ascent * Style.labelFontSize
            writeVerticalLabel(label, x: baseline, center: bar.midY, within: bar.y...bar.maxY, class: "lr-clabel",
                               into: &svg)
        }
    }
}
