/// Draws a `GraphDiagram` as micrograd's `draw_dot` does, sized to fit its layout: values as boxes with
/// their name, data and grad, operations as ellipses, edges as curves with arrowheads, inputs to the left.
enum GraphRenderer {
    typealias Point = (x: Double, y: Double)

    static func svg(_ diagram: GraphDiagram) -> String {
        var svg = SVGWriter()
        write(diagram, into: &svg)
        return svg.output
    }

    static func write(_ diagram: GraphDiagram, describing: Bool = true, into svg: inout SVGWriter) {
        let layout = GraphLayout(diagram)
        svg.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(layout.width.svg) \(layout.height.svg)"),
            ("width", FigureScale.displayed(layout.width).svg), ("height", FigureScale.displayed(layout.height).svg),
            ("role", "img"),
            ("class", "lr-figure lr-graph"), ("font-family", FigureStyle.fontFamily),
            ("font-size", GraphLayout.fontSize.svg), ("fill", "currentColor"),
        ])
        if describing {
            svg.element("title", text: "Computation graph")
            svg.element("desc", text: description(diagram))
        }
        writeEdges(layout, into: &svg)
        svg.group("g", [("text-anchor", "middle")]) { svg in
            for box in layout.boxes {
                switch box.kind {
                case .value(let index):
                    writeValue(diagram.nodes[index], box, isOutput: index == diagram.nodes.count - 1, into: &svg)
                case .operation(let index):
                    writeOperation(diagram.nodes[index].op, box, into: &svg)
                case .waypoint:
                    break
                }
            }
        }
        svg.close()
    }

    private static func description(_ diagram: GraphDiagram) -> String {
        let operations = diagram.nodes.filter { !$0.op.isEmpty }.count
        var text = "Computation graph of \(diagram.nodes.count) values and \(operations) operations"
        if let output = diagram.nodes.last {
            text += "; output data \(GraphLayout.number(output.data)), grad \(GraphLayout.number(output.grad))"
        }
        return text
    }

    private static func writeEdges(_ layout: GraphLayout, into svg: inout SVGWriter) {
        var curves = "", heads = ""
        for path in layout.edges {
            let points = path.enumerated().map { position, index -> Point in
                let box = layout.boxes[index]
                if position == 0 { return (box.x + box.width / 2, box.y) }
                if position == path.count - 1 { return (box.x - box.width / 2 - 5, box.y) }
                return (box.x, box.y)
            }
            curves += "M\(points[0].x.svg) \(points[0].y.svg)"
            for (a, b) in zip(points, points.dropFirst()) {
                let dx = (b.x - a.x) / 2
                curves += "C\((a.x + dx).svg) \(a.y.svg) \((b.x - dx).svg) \(b.y.svg) \(b.x.svg) \(b.y.svg)"
            }
            let tip = points[points.count - 1]
            heads += "M\((tip.x + 5).svg) \(tip.y.svg)L\(tip.x.svg) \((tip.y - 3).svg)L\(tip.x.svg) \((tip.y + 3).svg)Z"
        }
        svg.leaf("path", [("fill", "none"), ("stroke", "currentColor"), ("stroke-opacity", "0.6"), ("d", curves)])
        svg.leaf("path", [("fill", "currentColor"), ("fill-opacity", "0.6"), ("d", heads)])
    }

    private static func writeValue(_ node: GraphDiagram.Node, _ box: GraphLayout.Box, isOutput: Bool, into svg: inout SVGWriter) {
        let left = box.x - box.width / 2, top = box.y - box.height / 2
        svg.leaf("rect", [
            ("x", left.svg), ("y", top.svg), ("width", box.width.svg), ("height", box.height.svg), ("rx", "3"),
            ("fill", "Canvas"), ("stroke", "currentColor"), ("stroke-width", isOutput ? "1.6" : "0.8"),
        ])
        for (row, line) in GraphLayout.valueLines(node).enumerated() {
            let baseline = top + 4 + GraphLayout.lineHeight * (Double(row) + 0.8)
            let isName = row == 0 && !node.label.isEmpty
            svg.element("text", [("x", box.x.svg), ("y", baseline.svg), ("font-weight", isName ? "bold" : nil)],
                        text: line)
        }
    }

    private static func writeOperation(_ op: String, _ box: GraphLayout.Box, into svg: inout SVGWriter) {
        svg.leaf("ellipse", [
            ("cx", box.x.svg), ("cy", box.y.svg), ("rx", (box.width / 2).svg), ("ry", (box.height / 2).svg),
            ("fill", "Canvas"), ("stroke", "currentColor"), ("stroke-width", "0.8"),
        ])
        let baseline = box.y + (FigureStyle.ascent - FigureStyle.descent) / 2 * GraphLayout.fontSize
        svg.element("text", [("x", box.x.svg), ("y", baseline.svg)], text: GraphLayout.opText(op))
    }
}
