import Testing
@testable import Engine

@Test("an operation records its op and its inputs in order")
func graphStructure() {
    let (a, b) = (Value(2), Value(-3))
    let c = a * b
    #expect(c.op == "*")
    #expect(c.children.count == 2 && c.children[0] === a && c.children[1] === b)
    #expect(a.op.isEmpty && a.children.isEmpty)
    #expect(c.data == -6 && c.grad == 0)
    #expect(a.tanh().op == "tanh")
}

@Test("a node used twice accumulates both contributions")
func accumulation() {
    // d/da (a·a) = 2a = 6 at a = 3; d/da (a + a) = 2.
    let a = Value(3)
    (a * a).backward()
    #expect(a.grad == 6)

    let b = Value(3)
    (b + b).backward()
    #expect(b.grad == 2)

    // d/dc (c² + c) = 2c + 1 = 7 at c = 3.
    let c = Value(3)
    (c * c + c).backward()
    #expect(c.grad == 7)
}

@Test("a diamond is propagated once through each path")
func diamond() {
    // d = (2a)·(3a) = 6a², so d′ = 12a = 60 at a = 5. Visiting `d` before either branch has
    // collected its gradient, or a branch twice, would give a different number.
    let a = Value(5)
    let d = (a * 2) * (a * 3)
    d.backward()
    #expect(d.data == 150)
    #expect(a.grad == 60)
}

@Test("backward sets the output's own gradient to 1")
func outputGradient() {
    let x = Value(4)
    x.backward()
    #expect(x.grad == 1)
    let y = x.sqrt()
    y.backward()
    #expect(y.grad == 1)
}

@Test("a 100 000-operation chain neither overflows the stack in backward nor when freed")
func deepChain() {
    let depth = 100_000
    do {
        let x = Value(1)
        var y = x
        for _ in 0..<depth { y = y + 1 }
        y.backward()
        #expect(y.data == Double(depth + 1))
        #expect(x.grad == 1)
    }
    do {
        // Shared and unshared links mixed: each step uses the previous node twice.
        let x = Value(0.5)
        var y = x
        for _ in 0..<depth { y = (y * y).sqrt() }
        y.backward()
        #expect(abs(y.data - 0.5) < 1e-12)
        #expect(abs(x.grad - 1) < 1e-9)
    }
}

@Test("the description shows data and grad")
func description() {
    #expect(Value(3).description == "Value(data: 3.0, grad: 0.0)")
}

@Test("the graph snapshot lists inputs before their uses, with ops, numbers and edges")
func graphSnapshot() {
    // L = (a·b + c)·f with a = 2, b = −3, c = 10, f = −2: e = −6, d = 4, L = −8 (micrograd's example).
    let (a, b, c, f) = (Value(2), Value(-3), Value(10), Value(-2))
    let loss = (a * b + c) * f
    loss.backward()
    let nodes = loss.graph.nodes
    #expect(nodes.count == 7)
    #expect(nodes.map(\.op) == ["", "", "*", "", "+", "", "*"])
    #expect(nodes.map(\.data) == [2, -3, -6, 10, 4, -2, -8])
    // ∂L/∂a = b·f = 6, ∂L/∂b = a·f = −4, ∂L/∂c = f = −2, ∂L/∂f = d = 4.
    #expect(nodes.map(\.grad) == [6, -4, -2, -2, -2, 4, 1])
    #expect(nodes[6].inputs == [4, 5] && nodes[4].inputs == [2, 3] && nodes[2].inputs == [0, 1])
    // A node used twice appears once, with both edges pointing at it.
    #expect((a * a).graph.nodes.map(\.inputs) == [[], [0, 0]])
}

@Test("a constant power's label spells the exponent as Swift prints it, small whole exponents included")
func powerLabels() {
    for exponent in [0, 1, 2, 3, 4, 5, 6, 9, 10, -1, -0.0, 0.5, 2.5, 8.999, 9.0000001, 1e300, .infinity, -.infinity, .nan] {
        #expect(powerLabel(exponent) == "**\(exponent)")
        #expect(pow(Value(1.5), exponent).op == "**\(exponent)")
    }
}
