/// A scalar node of a computation graph: its value, the gradient of a later output with
/// respect to it, and the operation and inputs that produced it (reverse-mode autodiff).
///
/// Not `Sendable`: `grad` is mutable shared state, and a graph is built and differentiated
/// on one thread.
public final class Value {
    /// The number this node computed; a leaf's changes when an optimizer steps it.
    public var data: Double
    /// d(output)/d(self) after `backward()` on some output; accumulates across uses of the node.
    public var grad: Double = 0
    /// The operation that produced this node (`"+"`, `"tanh"`, …); empty for a leaf.
    public let op: String
    /// The inputs of `op`, in order. Settable only so that `deinit` can unlink long chains.
    public private(set) var children: [Value]
    /// The chain rule for this node: given its gradient, the amount each child's gradient grows by.
    /// It captures plain numbers, never nodes, so the graph is owned by `children` alone.
    private let backwardStep: ((Double) -> [Double])?

    /// A leaf: a constant or an input variable.
    public init(_ data: Double) {
        self.data = data
        self.op = ""
        self.children = []
        self.backwardStep = nil
    }

    /// An operation's output; `backwardStep` returns one contribution per child.
    init(_ data: Double, op: String, children: [Value], backwardStep: @escaping (Double) -> [Double]) {
        self.data = data
        self.op = op
        self.children = children
        self.backwardStep = backwardStep
    }

    /// Releasing the head of a 100 000-node chain would otherwise free it recursively, one
    /// stack frame per node; unlinking sole-owned descendants into a worklist keeps it flat.
    deinit {
        var pending = children
        children = []
        while var node = pending.popLast() {
            if isKnownUniquelyReferenced(&node) {
                pending.append(contentsOf: node.children)
                node.children = []
            }
        }
    }

    /// Sets this node's gradient to 1 and propagates gradients to every node it depends on,
    /// visiting each node after all of the nodes that use it.
    public func backward() {
        grad = 1
        for node in topologicalOrder().reversed() {
            guard let step = node.backwardStep else { continue }
            for (child, contribution) in zip(node.children, step(node.grad)) {
                child.grad += contribution
            }
        }
    }

    /// Every node reachable from `self`, each after all of its children. Iterative, because
    /// a graph can be far deeper than the call stack.
    func topologicalOrder() -> [Value] {
        var order: [Value] = []
        var visited: Set<ObjectIdentifier> = []
        var stack: [(node: Value, childrenDone: Bool)] = [(self, false)]
        while let (node, childrenDone) = stack.popLast() {
            if childrenDone {
                order.append(node)
                continue
            }
            guard visited.insert(ObjectIdentifier(node)).inserted else { continue }
            stack.append((node, true))
            for child in node.children where !visited.contains(ObjectIdentifier(child)) {
                stack.append((child, false))
            }
        }
        return order
    }
}

extension Value: CustomStringConvertible {
    public var description: String { "Value(data: \(data), grad: \(grad))" }
}
