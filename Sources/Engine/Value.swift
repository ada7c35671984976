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

    // The inputs of `op`, each with ∂self/∂input evaluated at this node's inputs. Up to two are
    // kept in the node itself, and then `rest` holds no edges; more than two go in `rest` alone,
    // and then `first` is nil. Nearly every node has one or two inputs, and an array would be a
    // second allocation for each of them. The inputs are settable only so that `deinit` can
    // unlink long chains.
    @exclusivity(unchecked) private var first: Value?
    @exclusivity(unchecked) private var second: Value?
    private let firstLocalGradient: Double
    private let secondLocalGradient: Double
    @exclusivity(unchecked) private var rest: Rest
    /// Where a topological sort is with this node; `.unvisited` between sorts.
    @exclusivity(unchecked) private var visit = Visit.unvisited
    /// The most nodes on a path from this node down to a leaf, not counting the leaf: 0 for a leaf. Releasing the
    /// node frees its inputs recursively at most this deep, so `deinit` unlinks only graphs deeper than
    /// `recursiveReleaseHeight`. Saturates at `UInt32.max`.
    let height: UInt32

    /// What a node keeps beyond its first two inputs: one case or the other in one field, so that a node fits
    /// a 112-byte allocation, where a field for each took 128.
    private enum Rest {
        /// Nothing: a leaf, or a node whose inputs are all in `first` and `second`. A case of its own rather than
        /// no edges, so that releasing a node has no array to release.
        case none
        /// The edges of a node with more than two inputs.
        case edges([(input: Value, localGradient: Double)])
        /// A `dot` node's factors, wᵢ and xᵢ, beside its bias in `first`.
        case dot(weights: ValueList, inputs: ValueList)
    }

    private enum Visit: UInt8 {
        case unvisited
        /// Its inputs are being sorted: the node is on the sort's stack.
        case open
        /// Placed in the order.
        case placed
    }

    /// A leaf: a constant or an input variable.
    public init(_ data: Double) {
        self.data = data
        self.op = ""
        self.firstLocalGradient = 0
        self.secondLocalGradient = 0
        self.rest = .none
        self.height = 0
    }

    /// A one-input operation's output, with the local derivative of `data` with respect to the input.
    init(_ data: Double, op: String, _ input: Value, _ localGradient: Double) {
        self.data = data
        self.op = op
        self.first = input
        self.firstLocalGradient = localGradient
        self.secondLocalGradient = 0
        self.rest = .none
        self.height = Value.height(above: input.height)
    }

    /// A two-input operation's output, with the local derivative of `data` with respect to each input.
    init(_ data: Double, op: String, _ lhs: Value, _ lhsLocalGradient: Double, _ rhs: Value, _ rhsLocalGradient: Double) {
        self.data = data
        self.op = op
        self.first = lhs
        self.firstLocalGradient = lhsLocalGradient
        self.second = rhs
        self.secondLocalGradient = rhsLocalGradient
        self.rest = .none
        self.height = Value.height(above: max(lhs.height, rhs.height))
    }

    /// An operation's output, with the local derivative of `data` with respect to each input:
    /// in the node when there are two or fewer, as for the one- and two-input operations.
    init(_ data: Double, op: String, edges: [(input: Value, localGradient: Double)]) {
        self.data = data
        self.op = op
        self.height = edges.isEmpty ? 0 : Value.height(above: edges.reduce(0) { max($0, $1.input.height) })
        if edges.count > 2 {
            self.firstLocalGradient = 0
            self.secondLocalGradient = 0
            self.rest = .edges(edges)
            return
        }
        self.first = edges.first?.input
        self.firstLocalGradient = edges.first?.localGradient ?? 0
        self.second = edges.count == 2 ? edges[1].input : nil
        self.secondLocalGradient = edges.count == 2 ? edges[1].localGradient : 0
        self.rest = .none
    }

    /// b + Σ wᵢxᵢ, with the lists it shares (see `Value.dot`).
    init(_ data: Double, bias: Value, weights: ValueList, inputs: ValueList, inputHeight: UInt32) {
        self.data = data
        self.height = Value.height(above: inputHeight)
        self.op = "dot"
        self.first = bias
        self.firstLocalGradient = 1
        self.secondLocalGradient = 0
        self.rest = .dot(weights: weights, inputs: inputs)
    }

    /// The inputs of `op`, in order; empty for a leaf. A `dot` node's are b, w₁, x₁, w₂, x₂, ….
    public var children: [Value] {
        switch rest {
        case .dot(let weights, let inputs):
            return [first].compactMap { $0 } + zip(weights.values, inputs.values).flatMap { [$0, $1] }
        case .edges(let edges):
            return edges.map(\.input)
        case .none:
            return [first, second].compactMap { $0 }
        }
    }

    /// ∂self/∂children[i] for each input.
    public var localGradients: [Double] {
        switch rest {
        case .dot(let weights, let inputs):
            return [firstLocalGradient] + zip(weights.values, inputs.values).flatMap { [$1.data, $0.data] }
        case .edges(let edges):
            return edges.map(\.localGradient)
        case .none:
            return [first.map { _ in firstLocalGradient }, second.map { _ in secondLocalGradient }].compactMap { $0 }
        }
    }

    /// How deep a graph Swift's own release may free recursively, a few stack frames per node: well inside
    /// the smallest thread stack a graph is released on, and deeper than the graphs of a scalar function or a
    /// small network, whose nodes then skip the unlinking below.
    static let recursiveReleaseHeight: UInt32 = 256

    /// One more than `inputHeight`, saturating.
    private static func height(above inputHeight: UInt32) -> UInt32 {
        inputHeight == .max ? inputHeight : inputHeight + 1
    }

    /// Releasing the head of a 100 000-node chain would otherwise free it recursively, one
    /// stack frame per node. Instead each node deeper than `recursiveReleaseHeight` that only its
    /// user kept alive is taken out of that user and emptied here before it is released, so that
    /// releasing it frees at most a shallow graph. A chain is followed through `next`; `pending`
    /// holds the other branches, and stays unallocated unless a node has two such inputs.
    deinit {
        if height <= Value.recursiveReleaseHeight { return }
        var next: Value?
        var pending: [Value] = []
        unlinkInputs(next: &next, pending: &pending)
        while let node = next.take() ?? pending.popLast() {
            node.unlinkInputs(next: &next, pending: &pending)
        }
    }

    /// Takes every input out of this node, one at a time, so that a node used twice is seen as
    /// solely owned at its last use; those solely owned that have inputs of their own go to
    /// `next` (or, when it is taken, `pending`), and the rest are released, which frees at most
    /// a leaf.
    private func unlinkInputs(next: inout Value?, pending: inout [Value]) {
        if var input = first.take() { Value.keep(&input, next: &next, pending: &pending) }
        if var input = second.take() { Value.keep(&input, next: &next, pending: &pending) }
        // Emptying `rest` before anything is kept leaves the bound copies the only references the node had.
        switch rest {
        case .dot(var weights, var inputs):
            rest = .none
            Value.keep(&weights, next: &next, pending: &pending)
            Value.keep(&inputs, next: &next, pending: &pending)
        case .edges(var edges):
            rest = .none
            while var edge = edges.popLast() { Value.keep(&edge.input, next: &next, pending: &pending) }
        case .none:
            return
        }
    }

    /// A list other nodes still share is theirs to unlink; the last node to hold it takes its values out.
    private static func keep(_ list: inout ValueList, next: inout Value?, pending: inout [Value]) {
        guard isKnownUniquelyReferenced(&list) else { return }
        var values: [Value] = []
        swap(&values, &list.values)
        while var input = values.popLast() { Value.keep(&input, next: &next, pending: &pending) }
    }

    private static func keep(_ input: inout Value, next: inout Value?, pending: inout [Value]) {
        // The height test first: it is a field read, where the uniqueness test is a call into the runtime.
        guard input.height > recursiveReleaseHeight, isKnownUniquelyReferenced(&input) else { return }
        if next == nil { next = input } else { pending.append(input) }
    }

    /// Sets this node's gradient to 1 and propagates gradients to every node it depends on,
    /// visiting each node after all of the nodes that use it.
    public func backward() {
        let order = topologicalOrder()
        grad = 1
        for entry in order.reversed() {
            entry._withUnsafeGuaranteedRef { node in
                if let first = node.first {
                    first.grad += node.firstLocalGradient * node.grad
                    if let second = node.second { second.grad += node.secondLocalGradient * node.grad }
                    if case .dot(let weights, let inputs) = node.rest { Value.backward(weights, inputs, node.grad) }
                } else if case .edges(let edges) = node.rest {
                    for (input, localGradient) in edges { input.grad += localGradient * node.grad }
                }
            }
        }
    }

    /// Every operation node reachable from `self`, each after all of its children; leaves are
    /// left out, as they have no inputs to pass a gradient on to. Depth first, taking the last
    /// input first; iterative, because a graph can be far deeper than the call stack. A node stays
    /// on the stack while its inputs are sorted above it, and is placed when it is on top again.
    ///
    /// Unretained references: `self` keeps every node of its graph alive while the caller holds
    /// it, and retaining each node on the stack and in the order cost more than the sort itself.
    /// `_withUnsafeGuaranteedRef` rather than `takeUnretainedValue()`, which retains the node again.
    private func topologicalOrder() -> [Unmanaged<Value>] {
        // Room for a typical scalar function's graph up front: growing from one element made
        // several allocations per `grad` call.
        var order: [Unmanaged<Value>] = []
        var stack: [Unmanaged<Value>] = [.passUnretained(self)]
        order.reserveCapacity(16)
        stack.reserveCapacity(16)
        while let top = stack.last {
            top._withUnsafeGuaranteedRef { node in
                switch node.visit {
                case .unvisited:
                    node.visit = .open
                    if let first = node.first.map(Unmanaged.passUnretained) {
                        Value.pushIfUnsorted(first, onto: &stack)
                        if let second = node.second.map(Unmanaged.passUnretained) {
                            Value.pushIfUnsorted(second, onto: &stack)
                        }
                        if case .dot(let weights, let inputs) = node.rest {
                            Value.pushIfUnsorted(weights, inputs, onto: &stack)
                        }
                    } else if case .edges(let edges) = node.rest {
                        for edge in edges { Value.pushIfUnsorted(.passUnretained(edge.input), onto: &stack) }
                    }
                case .open:
                    stack.removeLast()
                    node.visit = .placed
                    order.append(top)
                case .placed:
                    stack.removeLast()
                }
            }
        }
        for entry in order { entry._withUnsafeGuaranteedRef { $0.visit = .unvisited } }
        return order
    }

    /// A `dot` node's part of `backward()`: wᵢ gets xᵢ·grad and xᵢ gets wᵢ·grad, in the order b, w₁, x₁, w₂, x₂, ….
    private static func backward(_ weights: ValueList, _ inputs: ValueList, _ grad: Double) {
        weights.values.withUnsafeBufferPointer { w in
            inputs.values.withUnsafeBufferPointer { x in
                for i in w.indices {
                    w[i].grad += x[i].data * grad
                    x[i].grad += w[i].data * grad
                }
            }
        }
    }

    /// A `dot` node's factors onto a sort's stack, in the order of its inputs.
    private static func pushIfUnsorted(_ weights: ValueList, _ inputs: ValueList, onto stack: inout [Unmanaged<Value>]) {
        weights.values.withUnsafeBufferPointer { w in
            inputs.values.withUnsafeBufferPointer { x in
                for i in w.indices {
                    pushIfUnsorted(.passUnretained(w[i]), onto: &stack)
                    pushIfUnsorted(.passUnretained(x[i]), onto: &stack)
                }
            }
        }
    }

    /// Puts an input on a sort's stack unless it is a leaf or already visited.
    private static func pushIfUnsorted(_ input: Unmanaged<Value>, onto stack: inout [Unmanaged<Value>]) {
        input._withUnsafeGuaranteedRef { node in
            if node.visit == .unvisited && node.height > 0 { stack.append(input) }
        }
    }
}

extension Value: CustomStringConvertible {
    public var description: String { "Value(data: \(data), grad: \(grad))" }
}
