import Testing
@testable import Engine

// Inputs that used to trap (overflow, preconditions) or exhaust memory now throw `EngineError`: the engine
// cannot trust the shapes, counts and rates that lesson code hands it.

struct HostileInputTests {
    static let big = Int.max

    @Test("an element count is checked without overflowing, empty arrays included")
    func elementCounts() throws {
        #expect(try Tensor.count(of: [2, 3]) == 6)
        #expect(try Tensor.count(of: []) == 1)
        #expect(try Tensor.count(of: [0, 7]) == 0)
        #expect(throws: EngineError.self) { try Tensor.count(of: [3_037_000_500, 3_037_000_500]) }
        #expect(throws: EngineError.self) { try Tensor.count(of: [0, Self.big, Self.big]) }
        #expect(throws: EngineError.self) { try Tensor.count(of: [Tensor.maximumCount + 1]) }
        #expect(throws: EngineError.self) { try Tensor.count(of: [2, -3]) }
        #expect(throws: EngineError.self) { try Tensor.make([], shape: [Self.big, Self.big, 0]) }
    }

    @Test("operations that would build a tensor past the limit throw before allocating it")
    func oversizedResults() throws {
        let column = Tensor.zeros([10_000, 1]), row = Tensor.zeros([1, 10_000])
        #expect(throws: EngineError.self) { try column + row }
        let piece = Tensor.zeros([1_000])
        #expect(throws: EngineError.self) { try Tensor.concat(Array(repeating: piece, count: 50_001)) }
        #expect(throws: EngineError.self) { try Tensor.zeros([1, 1_000]).rows(Array(repeating: 0, count: 50_001)) }
        #expect(throws: EngineError.self) { try Tensor.ones([3]).reshape([Self.big, Self.big]) }
        #expect(throws: EngineError.self) { try Tensor.ones([3]).reshape([Self.big, -1]) }
        #expect(try Tensor.ones([6]).reshape([-1, 3]).shape == [2, 3])
    }

    @Test("a matrix product too long to interrupt is refused up front")
    func matrixProductWork() throws {
        #expect(throws: EngineError.self) { try matmul(Tensor.zeros([4_000, 1_000]), Tensor.zeros([1_000, 4_000])) }
        #expect(try matmul(Tensor.ones([2, 3]), Tensor.ones([3, 2])).data == [3, 3, 3, 3])
    }

    @Test("arange refuses a NaN or endless length instead of trapping on the Int conversion")
    func arangeLength() throws {
        #expect(throws: EngineError.self) { try Tensor.arange(.nan, 1) }
        #expect(throws: EngineError.self) { try Tensor.arange(0, .infinity) }
        #expect(throws: EngineError.self) { try Tensor.arange(0, 1, 1e-300) }
        #expect(try Tensor.arange(0, 3).data == [0, 1, 2])
        // A stop far below the start: the length, −1.1e68, is empty, not an Int conversion (a fuzz finding).
        #expect(try Tensor.arange(1.1e68, 4).data.isEmpty)
        #expect(try Tensor.arange(0, -.infinity).data.isEmpty)
    }

    @Test("randint takes the whole range of Int, and throws on an empty one")
    func randintRange() throws {
        let state = RandomState(seed: 3)
        let draws = try state.randint(Int.min, Int.max, count: 100)
        #expect(draws.allSatisfy { $0 < Int.max })
        #expect(Set(draws).count > 90)
        #expect(try state.randint(Int.max - 1, Int.max) == Int.max - 1)
        #expect(throws: EngineError.self) { try state.randint(5, 5) }
        #expect(throws: EngineError.self) { try state.randint(0, 5, count: -1) }
    }

    @Test("choice and minibatches throw on impossible requests")
    func choiceAndMinibatches() throws {
        let state = RandomState(seed: 0)
        #expect(throws: EngineError.self) { try state.choice(0, size: 1) }
        #expect(throws: EngineError.self) { try state.choice(3, size: 4, replace: false) }
        #expect(throws: EngineError.self) { try state.choice(3, size: -1) }
        #expect(try state.choice(0, size: 0) == [])
        #expect(throws: EngineError.self) { try minibatches(count: 10, size: 0, shuffledBy: nil) }
        #expect(throws: EngineError.self) { try minibatches(count: -1, size: 2, shuffledBy: nil) }
        #expect(try minibatches(count: 0, size: 2, shuffledBy: nil) == [])
    }

    @Test("dropout needs a rate in [0, 1), on tensors and on Values")
    func dropoutRate() throws {
        let state = RandomState(seed: 0)
        for rate in [1, -0.1, .nan] {
            #expect(throws: EngineError.self) { try dropout(Tensor.ones([3]), rate: rate, using: state) }
            #expect(throws: EngineError.self) { try dropout([Value(1)], rate: rate, using: state) }
        }
    }

    @Test("schedules give a number at any step, even the last Int")
    func scheduleSteps() {
        let linear = Schedule.linear(0.1, steps: 5).rate(at: Int.max, gradientNorm: 1)
        #expect(linear.isFinite && linear < 0)
        #expect(Schedule.step(0.1, factor: 0.5, every: 1).rate(at: Int.max, gradientNorm: 1) == 0)
        #expect(Schedule.step(0.1, factor: 0.5, every: 0).rate(at: 3, gradientNorm: 1).isNaN)
    }
}
