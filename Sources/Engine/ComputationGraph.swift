/// The graph behind a `Value` as plain data, for drawing: every node reachable from the output,
/// inputs before the operations that use them and the output last, each with its operation,
/// numbers and the positions of its inputs in `nodes`.
public struct ComputationGraph: Sendable, Equatable {
    /// One node: a leaf when `op` is empty and `inputs` is empty.
    public struct Node: Sendable, Equatable {
        public var op: String
        public var data: Double
        public var grad: Double
        /// Indices into `nodes`, in the order of the operation's operands.
        public var inputs: [Int]
    }

    public var nodes: [Node]
}

extension Value {
    /// A snapshot of this value's computation graph (data and gradients as they are now).
    public var graph: ComputationGraph {
        var index: [ObjectIdentifier: Int] = [:]
        var nodes: [ComputationGraph.Node] = []
        var stack: [(node: Value, inputsDone: Bool)] = [(self, false)]
        while let (node, inputsDone) = stack.popLast() {
            let id = ObjectIdentifier(node)
            if index[id] != nil { continue }
            if inputsDone {
                index[id] = nodes.count
                nodes.append(.init(op: node.op, data: node.data, grad: node.grad,
                                   inputs: node.children.map { index[ObjectIdentifier($0)]! }))
                continue
            }
            stack.append((node, true))
            for child in node.children.reversed() where index[ObjectIdentifier(child)] == nil {
                stack.append((child, false))
            }
        }
        return ComputationGraph(nodes: nodes)
    }
}
