/// A computation graph to draw as micrograd's `draw_dot` does: a box per value (its name, data and grad)
/// and a small circle per operation, laid out in layers from the inputs on the left to the output on the right.
public struct GraphDiagram: Hashable, Sendable {
    /// One value of the graph.
    public struct Node: Hashable, Sendable {
        /// A name for the value, such as the variable holding it; may be empty.
        public var label: String
        /// The operation that produced it (`+`, `*`, `tanh`); empty for an input.
        public var op: String
        public var data: Double
        public var grad: Double
        /// Indices of the operation's inputs in `nodes`, each earlier than this node.
        public var inputs: [Int]

        public init(label: String = "", op: String = "", data: Double, grad: Double, inputs: [Int] = []) {
            self.label = label
            self.op = op
            self.data = data
            self.grad = grad
            self.inputs = inputs
        }
    }

    /// Inputs before the operations that use them; the output is last.
    public var nodes: [Node]

    public init(nodes: [Node]) {
        self.nodes = nodes
    }
}
