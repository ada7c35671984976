/// A 3-D panel: the three back panes with their grids, surfaces with the paths and points on them back to
/// front (see `SVGRenderer+Depth`), flat marks on top, then the axes with their ticks and labels, placed along
/// the box's outer edges. Data is clipped to the panel below its title.
extension SVGRenderer {
    static func writePanel3D(_ axes: Axes, in cell: Rect, index: Int, into svg: inout SVGWriter) {
        let top = axes.title == nil ? Style.outerPad : Style.outerPad + Style.titleFontSize * 1.3 + Style.titlePad
        let extent = DataExtent(axes)
        let views = (x: view3D(extent.x, axes.xlim), y: view3D(extent.y, axes.ylim), z: view3D(extent.z, axes.zlim))
        let inset = (x: 0.1 * cell.width + 18, y: 0.07 * cell.height + 14)
        let area = Rect(x: cell.x + inset.x, y: cell.y + top + inset.y * 0.6,
                        width: max(cell.width - 2 * inset.x, 10), height: max(cell.height - top - 1.6 * inset.y, 10))
        let view = axes.view ?? View3D()
        let camera = Camera3D(view: view, x: views.x, y: views.y, z: views.z, in: area)
        let box = Box3D(camera)
        var dataTop = cell.y
        if let title = axes.title {
            // Just above the box as drawn, which leaves room above it when seen from the side.
            let highest = box.panes.joined().map(\.y).min() ?? cell.y
            let baseline = max(cell.y + Style.outerPad + Style.ascent * Style.titleFontSize + 0.15 * Style.titleFontSize,
                               highest - Style.titlePad - Style.tickFontSize - Style.descent * Style.titleFontSize)
            writeTitle(title, center: cell.midX, within: cell.x...cell.maxX, baseline: baseline, into: &svg)
            dataTop = baseline + (Style.descent + 0.15) * Style.titleFontSize
        }
        writePanes(box, into: &svg)
        let marks = colored(axes.marks)
        let project = Projector.camera(camera)
        // Paths and animations may leave the box; they stop at the panel, below its title.
        let clipID = "\(SVGWriter.id)-\(index)"
        let dataArea = Rect(x: cell.x, y: dataTop, width: cell.width, height: max(cell.maxY - dataTop, 0))
        writeClipPath(clipID, dataArea, into: &svg)
        svg.group("g", [("class", "lr-data"), ("clip-path", "url(#\(clipID))")]) { svg in
            let meshes = axes.marks.compactMap { mark -> (mesh: SurfaceMesh, alpha: Double)? in
                guard case .surface(let surface) = mark, let mapping = ColorMapping(axes) else { return nil }
                return (SurfaceMesh(surface, camera: camera, mapping: mapping), surface.alpha)
            }
            let (rest, animated) = writeDepthSorted(
                meshes: meshes, marks: marks, animation: axes.animation, camera: camera, into: &svg)
            writeMarks(rest, project, into: &svg)
            if let animation = axes.animation, !animated {
                writeAnimation(animation, after: axes.marks, project, into: &svg)
            }
        }
        writeAxes3D(axes, box, into: &svg)
        if axes.legend { writeLegend(marks, area, project, at: axes.legendLocation ?? .best, into: &svg) }
    }

    private static func view3D(_ data: ClosedRange<Double>?, _ limit: ClosedRange<Double>?) -> ClosedRange<Double> {
        if let limit, limit.upperBound > limit.lowerBound, limit.lowerBound.isFinite, limit.upperBound.isFinite {
            return limit
        }
        guard let data else { return 0...1 }
        return data.upperBound > data.lowerBound ? data : (data.lowerBound - 0.5)...(data.upperBound + 0.5)
    }

    /// `M x y l dx dy …z` with one decimal, the deltas taken between rounded points so they add up exactly.
    static func compactPolygon(_ points: [(x: Double, y: Double)]) -> String {
        let rounded = points.map { (x: ($0.x * 10).rounded(), y: ($0.y * 10).rounded()) }
        guard let first = rounded.first else { return "" }
        // Appended piece by piece, with no intermediate strings: a surface has thousands of faces.
        var d = "M"
        d.reserveCapacity(8 * rounded.count + 16)
        d += (first.x / 10).svg1
        d += " "
        d += (first.y / 10).svg1
        d += "l"
        var previous = first
        for (index, point) in rounded.dropFirst().enumerated() {
            let dx = ((point.x - previous.x) / 10).svg1, dy = ((point.y - previous.y) / 10).svg1
            if index > 0, dx.utf8.first != UInt8(ascii: "-") { d += " " }
            d += dx
            if dy.utf8.first != UInt8(ascii: "-") { d += " " }
            d += dy
            previous = point
        }
        d += "z"
        return d
    }

    private static func writePanes(_ box: Box3D, into svg: inout SVGWriter) {
        svg.group("g", [("class", "lr-panes"), ("stroke", "currentColor"), ("stroke-width", "0.6")]) { svg in
            let panes = box.panes.map(compactPolygon).joined()
            svg.leaf("path", [("fill", "currentColor"), ("fill-opacity", "0.04"), ("stroke-opacity", "0.35"), ("d", panes)])
            let grid = box.gridLines.map { "M\($0.0.x.svg) \($0.0.y.svg)L\($0.1.x.svg) \($0.1.y.svg)" }.joined()
            if !grid.isEmpty {
                svg.leaf("path", [("fill", "none"), ("stroke-opacity", "0.15"), ("d", grid)])
            }
        }
    }

    private static func writeAxes3D(_ axes: Axes, _ box: Box3D, into svg: inout SVGWriter) {
        let labels = [axes.xlabel, axes.ylabel, axes.zlabel]
        svg.group("g", [("class", "lr-axes")]) { svg in
            for (index, (axis, label)) in zip(box.axes, labels).enumerated() {
                let d = "M\(axis.start.x.svg) \(axis.start.y.svg)L\(axis.end.x.svg) \(axis.end.y.svg)"
                    + axis.ticks.map { "M\($0.at.x.svg) \($0.at.y.svg)l\(($0.out.x * Style.tickLength).svg) \(($0.out.y * Style.tickLength).svg)" }.joined()
                svg.leaf("path", [("fill", "none"), ("stroke", "currentColor"), ("stroke-width", Style.spineWidth.svg), ("d", d)])
                for tick in axis.ticks {
                    writeOutwardText(PanelLayout.spans(tick.label), at: tick.at, out: tick.out, distance: 6,
                                     fontSize: Style.tickFontSize, into: &svg)
                }
                if let label, index == 2, abs(axis.out.x) > 0.35 {
                    writeSideLabel(TeXText.spans(label), axis: axis, into: &svg)
                } else if let label {
                    let widest = axis.ticks.map { TextMetrics.width(PanelLayout.spans($0.label), fontSize: Style.tickFontSize) }.max() ?? 0
                    let middle = (x: (axis.start.x + axis.end.x) / 2, y: (axis.start.y + axis.end.y) / 2)
                    let distance = 14 + Style.tickFontSize + widest * abs(axis.out.x)
                    writeOutwardText(TeXText.spans(label), at: middle, out: axis.out, distance: distance,
                                     fontSize: Style.labelFontSize, into: &svg)
                }
            }
        }
    }

    /// The z label beside a z axis drawn at the box's side, turned to read upwards as matplotlib's is, just past
    /// its widest tick label: level, a long label would run into the tick labels or off the figure.
    private static func writeSideLabel(_ spans: [TextSpan], axis: Box3D.Axis, into svg: inout SVGWriter) {
        let fontSize = Style.labelFontSize
        let widest = axis.ticks.map { TextMetrics.width(PanelLayout.spans($0.label), fontSize: Style.tickFontSize) }.max() ?? 0
        let middle = (x: (axis.start.x + axis.end.x) / 2, y: (axis.start.y + axis.end.y) / 2)
        // Tick labels end 6 px past the tick along `out`; the label's nearer edge keeps a gap of half its size.
        let clear = 6 + widest + 0.5 * fontSize
        let side = axis.out.x < 0 ? -1.0 : 1.0
        // Turned a quarter left, the glyphs rise leftwards from the baseline: descent on its right, ascent on its left.
        let x = middle.x + side * clear + (side < 0 ? -Style.descent : Style.ascent) * fontSize
        let y = middle.y + axis.out.y * clear
        writeSpans(spans, fontSize: fontSize, into: &svg, [
            ("x", x.svg), ("y", y.svg), ("text-anchor", "middle"), ("transform", "rotate(-90 \(x.svg) \(y.svg))"),
            ("font-size", fontSize == Style.tickFontSize ? nil : fontSize.svg),
        ])
    }

    /// Text beyond a point in an outward direction, anchored on the side facing the point.
    private static func writeOutwardText(
        _ spans: [TextSpan], at point: (x: Double, y: Double), out: (x: Double, y: Double), distance: Double,
        fontSize: Double, into svg: inout SVGWriter
    ) {
        let x = point.x + out.x * distance, y = point.y + out.y * distance
        let anchor = out.x > 0.35 ? "start" : (out.x < -0.35 ? "end" : "middle")
        let baseline = y + (Style.ascent - Style.descent) / 2 * fontSize + max(out.y, 0) * 0.3 * fontSize
        writeSpans(spans, fontSize: fontSize, into: &svg, [
            ("x", x.svg), ("y", baseline.svg), ("text-anchor", anchor == "start" ? nil : anchor),
            ("font-size", fontSize == Style.tickFontSize ? nil : fontSize.svg),
        ])
    }
}
