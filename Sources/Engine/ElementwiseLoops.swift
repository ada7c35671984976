// The loops behind elementwise operations. An operation is a type (`UnaryFunction`,
// `BinaryFunction`) rather than a closure, so every loop is specialised for it with the
// operation inlined: no call per element, and the simple operations vectorise. A broadcast
// operand is read either as one number per output element or as one number for all of them
// (a scalar), and each loop is specialised for that too; the rarer broadcasts (a bias row, an
// outer product) first repeat the operand to the output's length.

/// A function of one number with its derivative, applied elementwise by `Tensor.map`.
protocol UnaryFunction {
    func value(_ x: Double) -> Double
    /// f′(x), given also y = f(x), whichever is the simpler to write it with.
    func derivative(_ x: Double, _ y: Double) -> Double
    /// y[i] = value(x[i]) for every element: a function with an array kernel says so here.
    func values(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>)
}

extension UnaryFunction {
    @inline(__always)
    func values(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        for i in x.indices { y[i] = value(x[i]) }
    }
}

/// A function of two numbers, applied elementwise with broadcasting.
protocol BinaryFunction {
    func value(_ x: Double, _ y: Double) -> Double
}

/// A binary function with its partial derivatives, for `Tensor.combine`.
protocol DifferentiableBinaryFunction: BinaryFunction {
    /// ∂z/∂x and ∂z/∂y at one element, given also z = value(x, y).
    func partials(_ x: Double, _ y: Double, _ z: Double) -> (Double, Double)
}

extension Array where Element == Double {
    /// `count` numbers written by `fill`, which must set every one; nothing is zeroed first.
    init(count: Int, fill: (UnsafeMutableBufferPointer<Double>) -> Void) {
        self.init(Unwritten(count: count))
        withUnsafeMutableBufferPointer { fill($0) }
    }

    /// `count` zeros, allocated as `init(count:fill:)` allocates.
    init(zeros count: Int) {
        self.init(count: count) { $0.initialize(repeating: 0) }
    }
}

/// Storage for `count` numbers, for `Array(count:fill:)` alone to make and write in place.
///
/// An array made from a collection allocates its storage in code specialised for `Double`, while
/// `Array(unsafeUninitializedCapacity:)` allocates through a generic function of the standard library that
/// looks up the storage class's metadata on every call: about 360 instructions, a seventh of a small tensor
/// operation. Copying this into an array (`_copyContents`, the standard library's hook for collections that
/// copy themselves) writes nothing, so the storage holds whatever the allocator left until `fill` writes it.
/// Read element by element it is zeros, which nothing does.
private struct Unwritten: RandomAccessCollection {
    let count: Int

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Double {
        precondition(indices.contains(position), "index \(position) out of range")
        return 0
    }

    func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Double>) -> (IndexingIterator<Unwritten>, Int) {
        (Unwritten(count: 0).makeIterator(), count)
    }
}

/// One operand of a binary loop, read at output element k.
protocol Lane {
    subscript(_ k: Int) -> Double { get }
}

/// An operand with one element per output element.
struct Run: Lane {
    let elements: UnsafeBufferPointer<Double>
    subscript(_ k: Int) -> Double { elements[k] }
}

/// A scalar operand: the same number at every output element.
struct Repeated: Lane {
    let value: Double
    subscript(_ k: Int) -> Double { value }
}

/// What a loop does with a pair of lanes; generic over the lanes' types, so that
/// `withLanes` can hand it each combination as concrete types (Swift closures cannot be generic).
protocol LanePairBody {
    associatedtype Result
    func callAsFunction<X: Lane, Y: Lane>(_ x: X, _ y: Y) -> Result
}

/// An operand of a broadcast binary operation, as the loops read it.
enum Operand {
    case repeated(Double)
    case run([Double])

    /// The operand `data`, whose elements reach the `count` output elements as `source` says.
    init(_ data: [Double], _ source: SourceIndex, count: Int) {
        switch source {
        case .identity:
            self = .run(data)
        case .single:
            self = .repeated(data[0])
        case .cyclic(let period):
            // count is a whole number of periods (the operand's shape ends the output's); one copy per
            // period, without appending through the array (a retain and a capacity check each).
            self = .run(data.withUnsafeBufferPointer { data in
                [Double](count: count) { out in
                    guard let source = data.baseAddress, let target = out.baseAddress, period > 0 else { return }
                    for start in stride(from: 0, to: count, by: period) {
                        (target + start).initialize(from: source, count: period)
                    }
                }
            })
        case .table(let indices):
            self = .run(data.withUnsafeBufferPointer { data in
                [Double](count: count) { out in
                    for k in 0..<count { out[k] = data[indices[k]] }
                }
            })
        }
    }
}

/// Runs `body` on the two operands as lanes of their concrete kinds.
func withLanes<Body: LanePairBody>(_ x: Operand, _ y: Operand, _ body: Body) -> Body.Result {
    switch (x, y) {
    case let (.run(a), .run(b)):
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in body(Run(elements: a), Run(elements: b)) } }
    case let (.run(a), .repeated(t)):
        a.withUnsafeBufferPointer { a in body(Run(elements: a), Repeated(value: t)) }
    case let (.repeated(s), .run(b)):
        b.withUnsafeBufferPointer { b in body(Repeated(value: s), Run(elements: b)) }
    case let (.repeated(s), .repeated(t)):
        body(Repeated(value: s), Repeated(value: t))
    }
}

/// z[k] = f(x[k], y[k]) for k < count.
struct BinaryForward<F: BinaryFunction>: LanePairBody {
    let f: F
    let count: Int

    func callAsFunction<X: Lane, Y: Lane>(_ x: X, _ y: Y) -> [Double] {
        [Double](count: count) { z in
            for k in 0..<count { z[k] = f.value(x[k], y[k]) }
        }
    }
}

/// Each operand's gradient at every output element: ∂z/∂x·g and ∂z/∂y·g.
struct BinaryBackward<F: DifferentiableBinaryFunction>: LanePairBody {
    let f: F
    let z: UnsafeBufferPointer<Double>
    let gradient: UnsafeBufferPointer<Double>

    func callAsFunction<X: Lane, Y: Lane>(_ x: X, _ y: Y) -> ([Double], [Double]) {
        var dy: [Double] = []
        let dx = [Double](count: z.count) { dx in
            dy = [Double](count: z.count) { dy in
                for k in 0..<z.count {
                    let (px, py) = f.partials(x[k], y[k], z[k])
                    dx[k] = px * gradient[k]
                    dy[k] = py * gradient[k]
                }
            }
        }
        return (dx, dy)
    }
}

/// A gradient over a broadcast output summed back into the elements of the operand that fed
/// it, `sourceCount` of them: the adjoint of broadcasting.
func unbroadcast(_ gradient: [Double], to source: SourceIndex, sourceCount: Int) -> [Double] {
    switch source {
    case .identity:
        return gradient
    case .single:
        return [gradient.withUnsafeBufferPointer { Summation.sum($0) }]
    case .cyclic(let period):
        // A bias row: add up the output's rows.
        return gradient.withUnsafeBufferPointer { gradient in
            [Double](count: period) { totals in
                Summation.sumRows(gradient, rows: gradient.count / Swift.max(period, 1), width: period, into: totals)
            }
        }
    case .table(let indices):
        var result = [Double](zeros: sourceCount)
        result.withUnsafeMutableBufferPointer { result in
            gradient.withUnsafeBufferPointer { gradient in
                for k in gradient.indices { result[indices[k]] += gradient[k] }
            }
        }
        return result
    }
}
