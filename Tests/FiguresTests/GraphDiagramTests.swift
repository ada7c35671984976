import Testing
@testable import Figures

@Suite struct GraphDiagramTests {
    @Test func valuesAndOperationsInLayersFromInputsToOutput() {
        let layout = GraphLayout(Samples.micrograd)
        func box(_ kind: GraphLayout.Box.Kind) -> GraphLayout.Box { layout.boxes.first { $0.kind == kind }! }
        #expect(box(.value(0)).x < box(.operation(2)).x && box(.operation(2)).x < box(.value(2)).x)
        #expect(box(.value(3)).x < box(.operation(4)).x, "c sits just left of the + that uses it")
        #expect(box(.value(6)).x == layout.boxes.map(\.x).max(), "the output is rightmost")
        #expect(layout.edges.count == 6 + 3, "an edge per input of each operation, and one to its result")
    }

    @Test func boxesInAColumnDoNotOverlap() {
        var nodes: [GraphDiagram.Node] = (0..<20).map { .init(label: "x\($0)", data: Double($0), grad: 0) }
        for index in 0..<20 { nodes.append(.init(op: "*", data: 1, grad: 0, inputs: [index, (index + 7) % 20])) }
        var sum = 20
        for index in 21..<40 {
            nodes.append(.init(op: "+", data: 1, grad: 0, inputs: [sum, index]))
            sum = nodes.count - 1
        }
        nodes.append(.init(label: "out", op: "tanh", data: 0.5, grad: 1, inputs: [sum]))
        let layout = GraphLayout(GraphDiagram(nodes: nodes))
        let visible = layout.boxes.filter { $0.kind != .waypoint }
        for (i, a) in visible.enumerated() {
            for b in visible[(i + 1)...] where abs(a.x - b.x) < (a.width + b.width) / 2 {
                #expect(abs(a.y - b.y) >= (a.height + b.height) / 2 - 1e-9, "boxes overlap")
            }
        }
        #expect(layout.boxes.allSatisfy { $0.y - $0.height / 2 >= 0 && $0.y + $0.height / 2 <= layout.height })
    }

    @Test func drawnAsBoxesEllipsesAndCurves() throws {
        var figure = Figure()
        figure.content = .diagram(Samples.micrograd)
        let svg = try #require(SVGDocument(SVGRenderer.render(figure)))
        #expect(svg.all("rect").count == 7)
        #expect(svg.all("ellipse").count == 3)
        #expect(svg.all("text").map(\.text).contains("×"))
        #expect(svg.all("text").map(\.text).contains("grad −4.0000"))
        #expect(svg.all("desc").first?.text == "Computation graph of 7 values and 3 operations; output data −8.0000, grad 1.0000")
    }
}
