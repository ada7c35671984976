import Figures

/// The regions a classifier gives each class over a grid, as margins whose zero line is the boundary.
///
/// A classifier's class changes abruptly, so margins interpolated between grid points would cut every cell
/// the boundary crosses at its middle: a staircase. Instead each grid edge whose two ends fall in different
/// classes is bisected with the classifier itself to find where the class changes, and each grid point's
/// margin is its distance (in edge lengths, at most 1) to the nearest such crossing on its edges, positive
/// inside the class. Marching squares then puts the boundary on the found crossings, so it is smooth at any
/// grid size, for hard classifiers (a closure returning a Bool) as for soft ones.
enum DecisionGrid {
    /// The classes a classifier predicts at points, many at a time.
    typealias Predict = ([(x: Double, y: Double)]) throws -> [Int]

    /// Bisection steps per crossing: the crossing is known to 1/256 of an edge.
    static let bisections = 8

    static func margins(
        x: ClosedRange<Double>, y: ClosedRange<Double>, n: Int, classes: Int, predict: Predict
    ) throws -> [GridValues] {
        let count = max(n, 2)
        let xs = (0..<count).map { x.lowerBound + (x.upperBound - x.lowerBound) * Double($0) / Double(count - 1) }
        let ys = (0..<count).map { y.lowerBound + (y.upperBound - y.lowerBound) * Double($0) / Double(count - 1) }
        let nodes = ys.flatMap { row in xs.map { (x: $0, y: row) } }
        let labels = try predict(nodes)
        // Grid edges (a, b) as node indices, b to the right of or above a, whose classes differ.
        var edges: [(a: Int, b: Int)] = []
        for row in 0..<count {
            for column in 0..<count {
                let a = row * count + column
                if column + 1 < count, labels[a] != labels[a + 1] { edges.append((a, a + 1)) }
                if row + 1 < count, labels[a] != labels[a + count] { edges.append((a, a + count)) }
            }
        }
        let crossings = try bisect(edges, nodes: nodes, labels: labels, predict: predict)
        var distance = [[Double]](repeating: [Double](repeating: 1, count: nodes.count), count: classes)
        for (edge, t) in zip(edges, crossings) {
            for k in Set([labels[edge.a], labels[edge.b]]) where k >= 0 && k < classes {
                distance[k][edge.a] = min(distance[k][edge.a], t)
                distance[k][edge.b] = min(distance[k][edge.b], 1 - t)
            }
        }
        return (0..<classes).compactMap { k in
            let values = nodes.indices.map { labels[$0] == k ? distance[k][$0] : -distance[k][$0] }
            return GridValues(xs: xs, ys: ys, values: values)
        }
    }

    /// Where along each edge (0 at `a`, 1 at `b`) the class stops being `a`'s, all edges at once per step.
    private static func bisect(
        _ edges: [(a: Int, b: Int)], nodes: [(x: Double, y: Double)], labels: [Int], predict: Predict
    ) throws -> [Double] {
        var low = [Double](repeating: 0, count: edges.count)
        var high = [Double](repeating: 1, count: edges.count)
        guard !edges.isEmpty else { return [] }
        for _ in 0..<bisections {
            let middles = edges.indices.map { i -> (x: Double, y: Double) in
                let t = (low[i] + high[i]) / 2, a = nodes[edges[i].a], b = nodes[edges[i].b]
                return (a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t)
            }
            let classes = try predict(middles)
            for i in edges.indices {
                let t = (low[i] + high[i]) / 2
                if classes[i] == labels[edges[i].a] { low[i] = t } else { high[i] = t }
            }
        }
        return edges.indices.map { min(max((low[$0] + high[$0]) / 2, 1e-6), 1 - 1e-6) }
    }
}
