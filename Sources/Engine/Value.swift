/// A scalar node of a computation graph: its value, the gradient of a later output with
/// respect to it, and the operation and inputs that produced it (reverse-mode autodiff).
///
/// Each operation records, beside each input, the local derivative of its output with respect
/// to that input — the chain rule's factor, known already in the forward pass. `backward()`
/// visits the nodes from the output back and adds "local derivative × my gradient" into each
/// input's gradient.
///
/// Not `Sendable`: `grad` is mutable shared state, and a graph is built and differentiated
/// on one thread.
public final class Value {
    // `@exclusivity(unchecked)`: the runtime check of exclusive access costs more than the
    // arithmetic in a backward pass, and a graph lives on one thread anyway.

    /// The number this node computed; a leaf's changes when an optimizer steps it.
    @exclusivity(unchecked) public var data: Double
    /// d(output)/d(self) after `backward()` on some output; accumulates across uses of the node.
    @exclusivity(unchecked) public var grad: Double = 0
    /// The operation that produced this node (`"+"`, `"tanh"`, …); empty for a leaf.
    public let op: String
    /// Each input of `op`, in order, with ∂self/∂input evaluated at this node's inputs. One
    /// array of pairs rather than two arrays: a network makes thousands of nodes per step, and
    /// each array is an allocation. Settable only so that `deinit` can unlink long chains.
    @exclusivity(unchecked) private var edges: [(input: Value, localGradient: Double)]
    /// Marks the node during a topological sort; false between sorts.
    @exclusivity(unchecked) private var visited = false

    /// A leaf: a constant or an input variable.
    public init(_ data: Double) {
        self.data = data
        self.op = ""
        self.edges = []
    }

    /// An operation's output, with the local derivative of `data` with respect to each input.
    init(_ data: Double, op: String, edges: [(input: Value, localGradient: Double)]) {
        self.data = data
        self.op = op
        self.edges = edges
    }

    /// The inputs of `op`, in order; empty for a leaf.
    public var children: [Value] { edges.map(\.input) }
    /// ∂self/∂children[i] for each input.
    public var localGradients: [Double] { edges.map(\.localGradient) }

    /// Releasing the head of a 100 000-node chain would otherwise free it recursively, one
    /// stack frame per node; unlinking sole-owned descendants into a worklist keeps it flat.
    /// The worklist holds whole child arrays, taken from their nodes, so that freeing a graph
    /// moves each reference once instead of copying it.
    deinit {
        if edges.isEmpty { return }
        var pending = [edges]
        edges = []
        while let last = pending.indices.last {
            guard var node = pending[last].popLast()?.input else {
                pending.removeLast()
                continue
            }
            if isKnownUniquelyReferenced(&node) && !node.edges.isEmpty {
                pending.append(node.edges)
                node.edges = []
            }
        }
    }

    /// Sets this node's gradient to 1 and propagates gradients to every node it depends on,
    /// visiting each node after all of the nodes that use it.
    public func backward() {
        let order = topologicalOrder()
        grad = 1
        for node in order.reversed() {
            for (input, localGradient) in node.edges { input.grad += localGradient * node.grad }
        }
    }

    /// Every operation node reachable from `self`, each after all of its children; leaves are
    /// left out, as they have no inputs to pass a gradient on to. Iterative, because a graph can
    /// be far deeper than the call stack.
    func topologicalOrder() -> [Value] {
        var order: [Value] = []
        var stack: [(node: Value, childrenDone: Bool)] = [(self, false)]
        while let (node, childrenDone) = stack.popLast() {
            if childrenDone {
                order.append(node)
                continue
            }
            if node.visited { continue }
            node.visited = true
            stack.append((node, true))
            for (input, _) in node.edges where !input.visited && !input.edges.isEmpty {
                stack.append((input, false))
            }
        }
        for node in order { node.visited = false }
        return order
    }
}

extension Value: CustomStringConvertible {
    public var description: String { "Value(data: \(data), grad: \(grad))" }
}
