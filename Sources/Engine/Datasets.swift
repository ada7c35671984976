import Foundation

/// A labelled data set: one row of features per sample and an integer class label for each.
public struct Dataset: Sendable, Equatable {
    /// The samples, one array of features each.
    public var points: [[Double]]
    /// Each sample's class, 0, 1, ….
    public var labels: [Int]

    public init(points: [[Double]], labels: [Int]) {
        (self.points, self.labels) = (points, labels)
    }

    /// The features as a (samples, features) tensor.
    public var features: Tensor {
        Tensor(points.flatMap { $0 }, shape: [points.count, points.first?.count ?? 0])
    }

    /// The labels as a 1-d tensor of numbers.
    public var targets: Tensor {
        Tensor(labels.map(Double.init))
    }

    /// Reorders the samples as scikit-learn's `shuffle` does (`state.shuffle` of the indices).
    func shuffled(using state: RandomState) -> Dataset {
        var order = Array(points.indices)
        state.shuffle(&order)
        return Dataset(points: order.map { points[$0] }, labels: order.map { labels[$0] })
    }

    /// Adds N(0, noise²) to every coordinate, drawn row by row.
    func jittered(_ noise: Double, using state: RandomState) -> Dataset {
        Dataset(points: points.map { p in zip(p, state.normal(0, noise, count: p.count)).map(+) }, labels: labels)
    }
}

/// A two-input logic gate.
public enum LogicGate: String, Sendable, CaseIterable {
    case and, or, nand, nor, xor

    func output(_ a: Bool, _ b: Bool) -> Bool {
        switch self {
        case .and: a && b
        case .or: a || b
        case .nand: !(a && b)
        case .nor: !(a || b)
        case .xor: a != b
        }
    }
}

/// Toy data sets, seeded through a `RandomState`. `moons`, `circles` and `blobs` draw exactly as
/// scikit-learn's `make_moons`, `make_circles` and `make_blobs` do with `random_state=seed`, so
/// they give scikit-learn's points.
public enum Datasets {
    /// Two interleaving half circles: the upper one (label 0) and the lower, shifted one (label 1).
    public static func moons(
        _ count: Int = 100, noise: Double? = nil, shuffle: Bool = true, using state: RandomState
    ) -> Dataset {
        let (outer, inner) = (count / 2, count - count / 2)
        let upper = Tensor.linspace(0, .pi, outer).data.map { [Foundation.cos($0), Foundation.sin($0)] }
        let lower = Tensor.linspace(0, .pi, inner).data.map { [1 - Foundation.cos($0), 1 - Foundation.sin($0) - 0.5] }
        return finish(Dataset(points: upper + lower, labels: halves(outer, inner)), shuffle: shuffle, noise: noise, state)
    }

    /// A large circle (label 0) around a smaller one of radius `factor` (label 1).
    public static func circles(
        _ count: Int = 100, noise: Double? = nil, factor: Double = 0.8, shuffle: Bool = true, using state: RandomState
    ) -> Dataset {
        let (outer, inner) = (count / 2, count - count / 2)
        func ring(_ n: Int, _ radius: Double) -> [[Double]] {
            (0..<n).map { i in
                let angle = Double(i) * (2 * .pi / Double(n))
                return [Foundation.cos(angle) * radius, Foundation.sin(angle) * radius]
            }
        }
        return finish(Dataset(points: ring(outer, 1) + ring(inner, factor), labels: halves(outer, inner)),
                      shuffle: shuffle, noise: noise, state)
    }

    /// Gaussian clusters around `centers` random centres drawn uniformly in `box`, one label per cluster.
    public static func blobs(
        _ count: Int = 100, centers: Int = 3, features: Int = 2, std: Double = 1,
        box: ClosedRange<Double> = -10...10, shuffle: Bool = true, using state: RandomState
    ) -> Dataset {
        let middles = (0..<centers).map { _ in state.uniform(box.lowerBound, box.upperBound, count: features) }
        var points: [[Double]] = []
        var labels: [Int] = []
        for (label, middle) in middles.enumerated() {
            let size = count / centers + (label < count % centers ? 1 : 0)
            for _ in 0..<size {
                points.append(zip(middle, state.randn(features)).map { $0 + std * $1 })
                labels.append(label)
            }
        }
        let data = Dataset(points: points, labels: labels)
        return shuffle ? data.shuffled(using: state) : data
    }

    /// Points from a standard normal in the plane, labelled 1 where exactly one coordinate is
    /// positive: XOR as a cloud.
    public static func xor(_ count: Int = 200, using state: RandomState) -> Dataset {
        let points = (0..<count).map { _ in state.randn(2) }
        return Dataset(points: points, labels: points.map { ($0[0] > 0) != ($0[1] > 0) ? 1 : 0 })
    }

    /// A gate's truth table: inputs (0, 0), (0, 1), (1, 0), (1, 1) and the gate's output.
    public static func truthTable(_ gate: LogicGate) -> Dataset {
        let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
        return Dataset(points: inputs, labels: inputs.map { gate.output($0[0] == 1, $0[1] == 1) ? 1 : 0 })
    }

    /// Seed 000's data: x uniform in `range`, y = intercept + slope·x + noise·N(0, 1), drawn as
    /// `x = low + (high − low)·random(n)` then `randn(n)`; `noisyLinear(10, using: RandomState(seed: 1))`
    /// is the lecture's (xlin, y).
    public static func noisyLinear(
        _ count: Int = 10, slope: Double = 0.5, intercept: Double = 1, range: ClosedRange<Double> = -10...10,
        noise: Double = 1, using state: RandomState
    ) -> (x: [Double], y: [Double]) {
        let x = state.uniform(range.lowerBound, range.upperBound, count: count)
        let y = zip(x, state.randn(count)).map { intercept + slope * $0 + noise * $1 }
        return (x, y)
    }

    private static func halves(_ first: Int, _ second: Int) -> [Int] {
        Array(repeating: 0, count: first) + Array(repeating: 1, count: second)
    }

    /// scikit-learn's order: shuffle the samples, then add the noise.
    private static func finish(_ data: Dataset, shuffle: Bool, noise: Double?, _ state: RandomState) -> Dataset {
        let shuffled = shuffle ? data.shuffled(using: state) : data
        return noise.map { shuffled.jittered($0, using: state) } ?? shuffled
    }
}
