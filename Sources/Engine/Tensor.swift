/// An n-dimensional array of Doubles (row-major) with numpy's broadcasting and reverse-mode
/// autodiff, in the style of early tinygrad: every operation computes its output and hands
/// `Tensor.result` one backward step — "given the gradient of my output, here is the gradient
/// of each input". `backward()` sorts the graph topologically and runs those steps in reverse.
///
/// Operations return new tensors; only a leaf's `data` changes, when an optimizer steps it.
/// A graph is recorded only when some input has `requiresGrad`, so plain array arithmetic
/// costs no bookkeeping. Not `Sendable`: gradients are mutable shared state.
public final class Tensor {
    // `@exclusivity(unchecked)`, as in `Value`: the run-time check of exclusive access cost about 75
    // instructions per access, 2 % of a lesson, and a tensor lives on one thread. (Other modules check their
    // accesses all the same; `requiresGrad`, which they read most, is a constant.)

    /// The length of each axis; `[]` for a 0-d scalar.
    public let shape: [Int]
    /// The elements in row-major order; `data.count == shape.reduce(1, *)`.
    @exclusivity(unchecked) public internal(set) var data: [Double]
    /// d(output)/d(element) after `backward()`, one per element; nil until backward reaches this tensor.
    @exclusivity(unchecked) public var grad: [Double]?
    /// Whether operations on this tensor record the graph that `backward()` needs.
    public let requiresGrad: Bool
    /// The operation that produced this tensor (`"+"`, `"matmul"`, …); empty for a leaf.
    public let op: String
    /// The inputs of `op`, in order; empty for a leaf and for results nothing differentiates.
    @exclusivity(unchecked) public private(set) var parents: [Tensor]
    /// Given the gradient of this tensor, the gradient of each parent (nil where a parent gets none).
    /// It captures arrays, never tensors, so the graph is owned by `parents` alone.
    private let backwardStep: (([Double]) -> [[Double]?])?

    /// A leaf. The element count must match the shape (`make` checks it and throws instead).
    public init(_ data: [Double], shape: [Int], requiresGrad: Bool = false) {
        precondition(data.count == shape.reduce(1, *), "\(data.count) elements do not fill shape \(shape)")
        self.shape = shape
        self.data = data
        self.requiresGrad = requiresGrad
        self.op = ""
        self.parents = []
        self.backwardStep = nil
    }

    /// A 0-d tensor holding one number.
    public convenience init(scalar: Double, requiresGrad: Bool = false) {
        self.init([scalar], shape: [], requiresGrad: requiresGrad)
    }

    /// A 1-d tensor.
    public convenience init(_ values: [Double], requiresGrad: Bool = false) {
        self.init(values, shape: [values.count], requiresGrad: requiresGrad)
    }

    /// A leaf, or an error when the element count does not match the shape.
    public static func make(_ data: [Double], shape: [Int], requiresGrad: Bool = false) throws -> Tensor {
        guard (try? count(of: shape)) == data.count else {
            throw EngineError("cannot make an array of shape \(EngineError.format(shape)) from \(data.count) elements")
        }
        return Tensor(data, shape: shape, requiresGrad: requiresGrad)
    }

    private init(
        _ data: [Double], shape: [Int], op: String, parents: [Tensor],
        backwardStep: @escaping ([Double]) -> [[Double]?]
    ) {
        self.shape = shape
        self.data = data
        self.requiresGrad = true
        self.op = op
        self.parents = parents
        self.backwardStep = backwardStep
    }

    /// The one place operations build their output: a graph node when some input requires a
    /// gradient, otherwise a plain leaf (and the backward step is never kept). Operations return the
    /// plain leaf themselves before calling this when no input requires a gradient: the backward
    /// closure's context and the parents array are made at the call, and they were two of the five
    /// allocations of an operation on a small tensor.
    static func result(
        _ data: [Double], shape: [Int], op: String, parents: [Tensor],
        backward: @escaping ([Double]) -> [[Double]?]
    ) -> Tensor {
        guard parents.contains(where: { $0.requiresGrad }) else { return Tensor(data, shape: shape) }
        return Tensor(data, shape: shape, op: op, parents: parents, backwardStep: backward)
    }

    /// Releasing the head of a long chain would otherwise free it recursively, one stack frame
    /// per node; unlinking sole-owned ancestors into a worklist keeps it flat.
    deinit {
        if parents.isEmpty { return }
        var pending = parents
        parents = []
        while var node = pending.popLast() {
            if isKnownUniquelyReferenced(&node) {
                pending.append(contentsOf: node.parents)
                node.parents = []
            }
        }
    }

    /// The number of elements.
    public var count: Int { data.count }
    /// The number of axes.
    public var rank: Int { shape.count }

    /// The gradient as a tensor of this shape; zeros before `backward()` reaches this tensor.
    public var gradient: Tensor {
        Tensor(grad ?? [Double](zeros: count), shape: shape)
    }

    /// Propagates gradients from this tensor to every tensor it depends on. The seed is 1 for
    /// each element, so for a tensor of several elements this is the gradient of their sum.
    /// Leaves accumulate across calls (call `zeroGrad()` between steps); results start afresh.
    public func backward() {
        let order = topologicalOrder()
        for node in order where node.backwardStep != nil { node.grad = nil }
        accumulate(Array(repeating: 1, count: count))
        for node in order.reversed() {
            guard let step = node.backwardStep, let gradient = node.grad else { continue }
            for (parent, contribution) in zip(node.parents, step(gradient)) where parent.requiresGrad {
                if let contribution { parent.accumulate(contribution) }
            }
        }
    }

    /// Forgets the gradient.
    public func zeroGrad() {
        grad = nil
    }

    /// The same numbers, cut from the graph: nothing flows back through the copy.
    public func detached() -> Tensor {
        Tensor(data, shape: shape)
    }

    /// Replaces a leaf's elements in place, as an optimizer step does; the shape stays.
    public func assign(_ values: [Double]) throws {
        guard values.count == count else {
            throw EngineError("cannot assign \(values.count) elements to an array of shape \(EngineError.format(shape))")
        }
        data = values
    }

    private func accumulate(_ contribution: [Double]) {
        guard var sum = grad else {
            grad = contribution
            return
        }
        grad = nil  // so that `sum` is uniquely referenced and updated in place
        sum.withUnsafeMutableBufferPointer { sum in
            contribution.withUnsafeBufferPointer { contribution in
                for i in sum.indices { sum[i] += contribution[i] }
            }
        }
        grad = sum
    }

    /// Every tensor reachable from `self` through `parents`, each after all of its parents.
    /// Iterative, because a graph can be far deeper than the call stack.
    func topologicalOrder() -> [Tensor] {
        var order: [Tensor] = []
        var visited = VisitedNodes()
        var stack: [(node: Tensor, parentsDone: Bool)] = [(self, false)]
        while let (node, parentsDone) = stack.popLast() {
            if parentsDone {
                order.append(node)
                continue
            }
            guard visited.insert(ObjectIdentifier(node)) else { continue }
            stack.append((node, true))
            for parent in node.parents where !visited.contains(ObjectIdentifier(parent)) {
                stack.append((parent, false))
            }
        }
        return order
    }
}

/// The nodes a sort has reached: an array searched element by element while the graph is small, as a network's
/// loss is (hashing into a set was 20 000 instructions of each backward pass of a two-layer network), then a set.
private struct VisitedNodes {
    private var few: [ObjectIdentifier] = []
    private var many: Set<ObjectIdentifier>?
    private static let mostInArray = 64

    func contains(_ node: ObjectIdentifier) -> Bool {
        many?.contains(node) ?? few.contains(node)
    }

    /// Whether `node` is new; it is recorded either way.
    mutating func insert(_ node: ObjectIdentifier) -> Bool {
        if many != nil { return many!.insert(node).inserted }
        guard !few.contains(node) else { return false }
        few.append(node)
        if few.count > Self.mostInArray {
            many = Set(few)
            few = []
        }
        return true
    }
}

extension Tensor: CustomStringConvertible {
    public var description: String { "Tensor(\(data), shape: \(shape))" }
}
