import Foundation
import Testing
@testable import Figures

@Suite struct MarchingSquaresTests {
    /// z = f(x, y) on an n × n grid over [-1, 1]².
    private func grid(_ n: Int = 41, _ f: (Double, Double) -> Double) -> GridValues {
        GridValues(x: -1...1, y: -1...1, count: n, f)
    }

    /// Signed area (positive counter-clockwise) by the shoelace formula.
    private func area(_ ring: [MarchingSquares.Point]) -> Double {
        zip(ring, ring.dropFirst() + ring.prefix(1)).reduce(0) { $0 + $1.0.x * $1.1.y - $1.1.x * $1.0.y } / 2
    }

    @Test func aRampCrossesOnAStraightLine() throws {
        let lines = MarchingSquares.lines(grid { x, _ in x }, level: 0.25)
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line.allSatisfy { abs($0.x - 0.25) < 1e-12 })
        let ys = line.map(\.y)
        #expect(abs((ys.min() ?? 0) + 1) < 1e-12 && abs((ys.max() ?? 0) - 1) < 1e-12)
    }

    @Test func aRegionRunsCounterClockwiseWithTheRegionOnItsLeft() {
        let rings = MarchingSquares.region(grid { x, _ in x }, atLeast: 0.5)
        #expect(rings.count == 1)
        #expect(abs(area(rings[0]) - 1.0) < 1e-9, "x ≥ 0.5 covers 0.5 × 2 of the square")
    }

    @Test func aDiscAroundAPeakHasTheCircleArea() {
        let rings = MarchingSquares.region(grid(81) { x, y in -(x * x + y * y) }, atLeast: -0.25)
        #expect(rings.count == 1)
        #expect(abs(area(rings[0]) - Double.pi * 0.25) < 0.01)
        let lines = MarchingSquares.lines(grid(81) { x, y in -(x * x + y * y) }, level: -0.25)
        #expect(lines.count == 1 && lines[0].first! == lines[0].last!, "a closed contour repeats its first point")
        #expect(lines[0].allSatisfy { abs(($0.x * $0.x + $0.y * $0.y).squareRoot() - 0.5) < 0.005 })
    }

    @Test func aPitIsAHoleRunningClockwise() {
        let rings = MarchingSquares.region(grid(81) { x, y in x * x + y * y }, atLeast: 0.25)
        let areas = rings.map(area).sorted()
        #expect(areas.count == 2)
        #expect(abs(areas[0] + Double.pi * 0.25) < 0.01, "the hole is negative")
        #expect(abs(areas[1] - 4) < 1e-9, "the whole square, counter-clockwise")
        #expect(abs(areas.reduce(0, +) - (4 - Double.pi * 0.25)) < 0.01)
    }

    @Test func aLevelBelowEverythingFillsTheSquareAndAboveEverythingNothing() {
        let bowl = grid { x, y in x * x + y * y }
        #expect(MarchingSquares.region(bowl, atLeast: -1).map(area) == [4])
        #expect(MarchingSquares.region(bowl, atLeast: 5).isEmpty)
        #expect(MarchingSquares.lines(bowl, level: 5).isEmpty)
    }

    @Test func regionsAtTwoLevelsNest() {
        // Two bumps: at a low level one region holds both, at a high level each bump has its own.
        let bumps = grid(81) { x, y in exp(-((x - 0.5) * (x - 0.5) + y * y) * 8) + exp(-((x + 0.5) * (x + 0.5) + y * y) * 8) }
        #expect(MarchingSquares.region(bumps, atLeast: 0.2).count == 1)
        #expect(MarchingSquares.region(bumps, atLeast: 0.8).count == 2)
        #expect(MarchingSquares.region(bumps, atLeast: 0.8).allSatisfy { area($0) > 0 })
    }

    @Test func regionsTouchingTheEdgeCloseAlongIt() {
        // A band across the square: the region y ≥ |x| − 0.5 meets the edge in two places.
        let rings = MarchingSquares.region(grid { x, y in y - abs(x) }, atLeast: -0.5)
        #expect(rings.count == 1)
        // Below the V y = |x| − 0.5 lies ∫(|x| + 0.5) dx = 2 of the square's 4.
        #expect(abs(area(rings[0]) - 2) < 0.02)
    }

    @Test func nanCountsAsBelowAndSkipsLines() {
        let holey = grid(21) { x, y in x > 0.5 ? .nan : 1 }
        let rings = MarchingSquares.region(holey, atLeast: 0)
        #expect(rings.count == 1 && area(rings[0]) > 2.9 && area(rings[0]) < 3.1)
        #expect(MarchingSquares.lines(holey, level: 0).isEmpty)
    }
}
