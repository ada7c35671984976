/// Places a computation graph in layers from left to right, as Graphviz's `dot` does for micrograd's
/// `draw_dot`: a box per value and an ellipse per operation, each operation between its inputs and its
/// result; inputs sit just left of their first use. Edges that skip layers pass through invisible waypoints,
/// which take part in ordering each layer to keep crossings few.
struct GraphLayout {
    typealias Point = (x: Double, y: Double)

    /// One box or ellipse, by its centre.
    struct Box {
        enum Kind: Equatable { case value(Int), operation(Int), waypoint }
        var kind: Kind
        var layer: Int
        var width: Double
        var height: Double
        var x = 0.0
        var y = 0.0
    }

    private(set) var boxes: [Box] = []
    /// Each edge from its source box through its waypoints to its target box.
    private(set) var edges: [[Int]] = []
    private(set) var width = 0.0
    private(set) var height = 0.0

    static let fontSize = 9.0
    static let lineHeight = 11.0
    static let columnGap = 30.0
    static let rowGap = 10.0
    static let margin = 8.0

    init(_ diagram: GraphDiagram) {
        let layers = Self.layers(diagram)
        var valueBox: [Int] = [], opBox: [Int: Int] = [:]
        for (index, node) in diagram.nodes.enumerated() {
            valueBox.append(boxes.count)
            boxes.append(Box(kind: .value(index), layer: layers[index], width: Self.valueWidth(node),
                             height: Self.valueHeight(node)))
            if !node.op.isEmpty {
                opBox[index] = boxes.count
                let width = max(22, TextMetrics.width(Self.opText(node.op), fontSize: Self.fontSize) + 12)
                boxes.append(Box(kind: .operation(index), layer: layers[index] - 1, width: width, height: 20))
            }
        }
        for (index, node) in diagram.nodes.enumerated() {
            guard let op = opBox[index] else { continue }
            for input in node.inputs where diagram.nodes.indices.contains(input) { addEdge(valueBox[input], op) }
            addEdge(op, valueBox[index])
        }
        let order = orderLayers()
        place(order)
    }

    /// The operation's symbol as drawn: `×` for `*`, `^` for `**`.
    static func opText(_ op: String) -> String {
        switch op {
        case "*": "×"
        case "**": "^"
        case "-": "−"
        default: op
        }
    }

    static func number(_ value: Double) -> String {
        value.isFinite ? String(format: "%.4f", value).replacingOccurrences(of: "-", with: "−") : "\(value)"
    }

    static func valueLines(_ node: GraphDiagram.Node) -> [String] {
        (node.label.isEmpty ? [] : [node.label]) + ["data \(number(node.data))", "grad \(number(node.grad))"]
    }

    private static func valueWidth(_ node: GraphDiagram.Node) -> Double {
        (valueLines(node).map { TextMetrics.width($0, fontSize: fontSize) }.max() ?? 0) + 12
    }

    private static func valueHeight(_ node: GraphDiagram.Node) -> Double {
        Double(valueLines(node).count) * lineHeight + 8
    }

    /// Value layers: inputs at 0, each result two layers right of its latest input (its operation between),
    /// then each input moved right to just before the first operation that uses it.
    private static func layers(_ diagram: GraphDiagram) -> [Int] {
        var layer = [Int](repeating: 0, count: diagram.nodes.count)
        for (index, node) in diagram.nodes.enumerated() where !node.op.isEmpty {
            layer[index] = (node.inputs.filter { $0 < index }.map { layer[$0] }.max() ?? 0) + 2
        }
        var firstUse = [Int?](repeating: nil, count: diagram.nodes.count)
        for (index, node) in diagram.nodes.enumerated() {
            for input in node.inputs where input < index {
                firstUse[input] = min(firstUse[input] ?? Int.max, layer[index] - 1)
            }
        }
        for (index, node) in diagram.nodes.enumerated() where node.op.isEmpty && node.inputs.isEmpty {
            if let use = firstUse[index] { layer[index] = max(use - 1, 0) }
        }
        return layer
    }

    private mutating func addEdge(_ from: Int, _ to: Int) {
        var path = [from]
        var layer = boxes[from].layer + 1
        while layer < boxes[to].layer {
            path.append(boxes.count)
            boxes.append(Box(kind: .waypoint, layer: layer, width: 0, height: 4))
            layer += 1
        }
        edges.append(path + [to])
    }

    /// Boxes per layer, ordered by sweeping the barycentre of their neighbours left to right and back.
    private func orderLayers() -> [[Int]] {
        let count = (boxes.map(\.layer).max() ?? 0) + 1
        var order = [[Int]](repeating: [], count: count)
        for (index, box) in boxes.enumerated() { order[box.layer].append(index) }
        var before = [[Int]](repeating: [], count: boxes.count), after = before
        for path in edges {
            for (a, b) in zip(path, path.dropFirst()) {
                after[a].append(b)
                before[b].append(a)
            }
        }
        for sweep in 0..<8 {
            let forward = sweep.isMultiple(of: 2)
            let layers = forward ? Array(1..<max(count, 1)) : Array((0..<max(count - 1, 0)).reversed())
            for layer in layers {
                let neighbourLayer = order[forward ? layer - 1 : layer + 1]
                let rank = Dictionary(uniqueKeysWithValues: neighbourLayer.enumerated().map { ($1, Double($0)) })
                let current = order[layer]
                let keys = current.enumerated().map { position, box -> Double in
                    let ranks = (forward ? before[box] : after[box]).compactMap { rank[$0] }
                    return ranks.isEmpty ? Double(position) : ranks.reduce(0, +) / Double(ranks.count)
                }
                order[layer] = current.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
                    .map { current[$0] }
            }
        }
        return order
    }

    /// Columns as wide as their widest box; in each, boxes stacked in order and pulled towards their
    /// neighbours' heights, a few rounds each way.
    private mutating func place(_ order: [[Int]]) {
        var x = Self.margin
        for layer in order {
            let width = layer.map { boxes[$0].width }.max() ?? 0
            for index in layer { boxes[index].x = x + width / 2 }
            x += width + Self.columnGap
        }
        width = x - Self.columnGap + Self.margin
        for layer in order { stack(layer, wanted: layer.map { _ in 0 }) }
        var neighbours = [[Int]](repeating: [], count: boxes.count)
        for path in edges {
            for (a, b) in zip(path, path.dropFirst()) {
                neighbours[a].append(b)
                neighbours[b].append(a)
            }
        }
        for _ in 0..<6 {
            for layer in order + order.reversed() {
                let wanted = layer.map { index in
                    neighbours[index].isEmpty ? boxes[index].y
                        : neighbours[index].map { boxes[$0].y }.reduce(0, +) / Double(neighbours[index].count)
                }
                stack(layer, wanted: wanted)
            }
        }
        let top = boxes.map { $0.y - $0.height / 2 }.min() ?? 0
        for index in boxes.indices { boxes[index].y += Self.margin - top }
        height = (boxes.map { $0.y + $0.height / 2 }.max() ?? 0) + Self.margin
    }

    /// Puts a layer's boxes as near their wanted centres as their order and spacing allow.
    private mutating func stack(_ layer: [Int], wanted: [Double]) {
        guard !layer.isEmpty else { return }
        var placed: [Double] = []
        for (position, index) in layer.enumerated() {
            var y = wanted[position]
            if let previous = placed.last {
                let gap = (boxes[layer[position - 1]].height + boxes[index].height) / 2 + Self.rowGap
                y = max(y, previous + gap)
            }
            placed.append(y)
        }
        let shift = (wanted.reduce(0, +) - placed.reduce(0, +)) / Double(layer.count)
        for (position, index) in layer.enumerated() { boxes[index].y = placed[position] + shift }
    }
}
