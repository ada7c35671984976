import Foundation
import Testing
@testable import Figures

@Suite struct FunctionSamplerTests {
    @Test func aStraightLineNeedsNoMorePointsThanTheFirstPass() {
        let (xs, ys) = FunctionSampler.sample(-5...5) { 2 * $0 + 1 }
        #expect(xs.count == 129, "65 evenly spaced points and the middle of each interval")
        #expect(xs.first == -5 && xs.last == 5)
        #expect(zip(xs, ys).allSatisfy { abs($1 - (2 * $0 + 1)) < 1e-12 })
    }

    @Test func pointsGatherWhereTheCurveBends() {
        let (xs, _) = FunctionSampler.sample(-5...5) { tanh(4 * $0) }
        let bend = xs.filter { abs($0) < 1 }.count, flat = xs.filter { $0 > 3 }.count
        #expect(bend > 2 * flat, "\(bend) points near the bend, \(flat) on the flat part of the same width")
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $0 < $1 }, "x increases")
    }

    @Test func aJumpBreaksTheLine() {
        let (xs, ys) = FunctionSampler.sample(-1...1) { $0 < 0.3 ? 0 : 1 }
        let breaks = ys.indices.filter { ys[$0].isNaN }
        #expect(breaks.count == 1)
        #expect(abs(xs[breaks[0]] - 0.3) < 0.01)
    }

    @Test func undefinedValuesBreakTheLineAtTheirEdge() throws {
        let (xs, ys) = FunctionSampler.sample(-1...1) { $0 < 0 ? .nan : sqrt($0) }
        let firstDefined = try #require(ys.firstIndex { $0.isFinite })
        #expect(xs[firstDefined] >= 0 && xs[firstDefined] < 0.001)
        #expect(ys[firstDefined...].allSatisfy { $0.isFinite })
    }

    @Test func aPoleIsNotJoinedAcross() {
        let (xs, ys) = FunctionSampler.sample(-1...1.1) { 1 / $0 }
        let left = ys.indices.last { xs[$0] < 0 && ys[$0].isFinite }!
        let right = ys.indices.first { xs[$0] > 0 && ys[$0].isFinite }!
        #expect(ys[(left + 1)..<right].contains { $0.isNaN }, "no segment joins −∞ to +∞")
    }

    @Test func theBudgetBoundsTheEvaluations() {
        var calls = 0
        _ = FunctionSampler.sample(-10...10, maxPoints: 500) { x in
            calls += 1
            return sin(50 * x)
        }
        #expect(calls <= 500)
    }
}
