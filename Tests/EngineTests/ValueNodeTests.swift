import CMalloc
import Foundation
import Testing
@testable import Engine

// A node keeps up to two inputs in itself and more than two in an array; these pin what the
// public API shows either way, the order in which gradients are accumulated, and that freeing
// deep graphs of each shape stays iterative.

struct ValueNodeTests {
    @Test("a one-input node shows its input and its derivative there")
    func unaryNode() {
        let a = Value(0.5)
        let y = a.tanh()
        #expect(y.op == "tanh")
        #expect(y.children.count == 1 && y.children[0] === a)
        #expect(y.localGradients == [1 - y.data * y.data])
        let p = pow(a, 3)
        #expect(p.op == "**3.0" && p.children.count == 1 && p.children[0] === a)
        #expect(p.localGradients == [3 * 0.25])
    }

    @Test("a two-input node shows both inputs in order, also when they are the same node")
    func binaryNodes() {
        let (a, b) = (Value(3), Value(-2))
        let quotient = a / b
        #expect(quotient.children.count == 2 && quotient.children[0] === a && quotient.children[1] === b)
        #expect(quotient.localGradients == [1 / -2, -3 / 4])
        let square = a * a
        #expect(square.children.count == 2 && square.children[0] === a && square.children[1] === a)
        #expect(square.localGradients == [3, 3])
        let larger = max(b, a)
        #expect(larger.children.count == 2 && larger.children[0] === b && larger.children[1] === a)
        #expect(larger.localGradients == [0, 1])
        // Subtraction stays a + (b · −1), as micrograd builds it: lesson graph drawings show it.
        let difference = a - b
        #expect(difference.op == "+" && difference.children[0] === a)
        let negated = difference.children[1]
        #expect(negated.op == "*" && negated.children[0] === b && negated.children[1].data == -1)
        #expect(negated.children[1].op.isEmpty && negated.children[1].children.isEmpty)
    }

    @Test("an n-ary node shows every input in order, whatever their number")
    func naryNodes() {
        let values = [Value(1), Value(2), Value(3), Value(4)]
        for count in 0...4 {
            let total = Value.sum(Array(values.prefix(count)))
            #expect(total.op == "sum")
            #expect(total.children.count == count)
            #expect(zip(total.children, values).allSatisfy { $0 === $1 })
            #expect(total.localGradients == Array(repeating: 1, count: count))
            #expect(total.data == Double(count * (count + 1) / 2))
        }
        let (w1, w2, x1, x2, bias) = (Value(2), Value(3), Value(5), Value(7), Value(0.5))
        let neuron = Value.dot([w1, w2], [x1, x2], plus: bias)
        #expect(neuron.children.count == 5)
        #expect(zip(neuron.children, [bias, w1, x1, w2, x2]).allSatisfy { $0 === $1 })
        #expect(neuron.localGradients == [1, 5, 2, 7, 3])
        neuron.backward()
        #expect([bias.grad, w1.grad, x1.grad, w2.grad, x2.grad] == [1, 5, 2, 7, 3])
    }

    @Test("a node fits a 112-byte allocation: its inputs past the second and a dot's lists share one field")
    func nodeSize() {
        // The allocator's usable size: a 112-byte chunk less its 8-byte header. A node of 128 bytes took
        // measurably longer to make and free in scalar `grad` loops. glibc may hand out a larger free chunk whole
        // when splitting it would leave too little (so one node can read 120 while other tests run alongside),
        // hence the smallest of sixteen of each kind, which is the chunk size the node asks for.
        let kinds: [() -> Value] = [
            { Value(1) }, { Value(1) + Value(2) }, { Value.dot([Value(1)], [Value(2)], plus: Value(0)) },
        ]
        for make in kinds {
            let nodes = (0..<16).map { _ in make() }
            let smallest = nodes.map { malloc_usable_size(Unmanaged.passUnretained($0).toOpaque()) }.min() ?? .max
            #expect(smallest <= 104)
        }
    }

    @Test("a square's derivative is 2·pow(x, 1) to the bit, at special values too")
    func squareDerivative() {
        for x in [0.0, -0.0, 1e-310, -3.7, 1.0000000000000002, 1e154, .infinity, -.infinity, .nan] {
            let node = pow(Value(x), 2)
            let expected = 2 * Foundation.pow(x, 1)
            #expect(node.localGradients[0].bitPattern == expected.bitPattern, "at \(x)")
            #expect(node.data.bitPattern == Foundation.pow(x, 2).bitPattern, "at \(x)")
        }
    }

    @Test("an input shared by several nodes receives their contributions in topological order")
    func accumulationOrder() {
        // x's three contributions are 2⁵³, 1 and −2⁵³. Floating-point addition is not associative:
        // 2⁵³ + 1 rounds back to 2⁵³, so in the order the engine visits the nodes (the first use
        // first) the sum is 0, while the last use first would give 1. The order is part of every
        // number a lesson prints, so it must not change.
        let big = 9_007_199_254_740_992.0
        for nary in [false, true] {
            let x = Value(1)
            let uses = [x * big, x * 1, x * -big]
            let output = nary ? Value.sum(uses) : uses[0] + uses[1] + uses[2]
            output.backward()
            #expect(x.grad == 0)
        }
    }

    @Test("freeing 100 000-deep graphs of n-ary nodes, of dot nodes sharing lists, and of two deep branches does not overflow the stack")
    func deepGraphsFree() {
        let depth = 100_000
        do {
            let x = Value(1)
            var y = x
            for _ in 0..<depth { y = Value.sum([y, Value(1), Value(-1)]) }
            y.backward()
            #expect(y.data == 1 && x.grad == 1)
        }
        do {
            // Both inputs of the last node are deep chains that only it keeps alive.
            var (a, b) = (Value(1), Value(2))
            for _ in 0..<depth / 2 { (a, b) = (a + 1, b.relu()) }
            let joined = a * b
            joined.backward()
            #expect(joined.data == Double(depth / 2 + 1) * 2)
        }
        do {
            // A chain in which each step is a dot node whose weight is the step before.
            var y = Value(1)
            for _ in 0..<depth { y = Value.dot([y], [Value(1)], plus: Value(0)) }
            #expect(y.data == 1)
        }
        do {
            // The same through the input.
            var y = Value(1)
            for _ in 0..<depth { y = Value.dot([Value(1)], [y], plus: Value(0)) }
            y.backward()
            #expect(y.data == 1)
        }
        do {
            // Layers of two neurons in a row: both nodes of a layer share its input list, and the list holds the
            // layer before; the last node to let go of a list frees what it holds.
            let layer = Layer(inputs: 2, outputs: 2, activation: .linear, using: RandomState(seed: 3))
            var outputs = [Value(1), Value(2)]
            for _ in 0..<depth / 2 { outputs = layer(outputs) }
            Value.sum(outputs).backward()
            #expect(layer.parameters().allSatisfy { $0.grad.isFinite })
        }
    }

    @Test("a node's height is its longest path down to a leaf, counted in operations")
    func heights() {
        let x = Value(2)
        #expect(x.height == 0)
        let square = x * x
        #expect(square.height == 1)
        #expect((square + x).height == 2)
        #expect(Value.sum([x, square, square * 3]).height == 3)
        #expect(Value.dot([x, square], [Value(1), Value(1)], plus: square.relu()).height == 3)
        #expect(Value.sum([]).height == 0)
    }

    @Test("graphs as deep as Swift's own release frees recursively are freed within a 512 KiB thread stack")
    func shallowGraphsFreeOnASmallStack() {
        // Dot nodes through their shared lists take the most stack frames per level of the recursion.
        let depth = Int(Value.recursiveReleaseHeight)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            for _ in 0..<20 {
                var y = Value(1)
                for _ in 0..<depth { y = Value.dot([Value(1)], [y], plus: Value(0)) }
                var z = Value(1)
                for _ in 0..<depth { z = Value.dot([z], [Value(1)], plus: z) }
                precondition(y.height == UInt32(depth) && z.height == UInt32(depth))
            }
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
    }
}
