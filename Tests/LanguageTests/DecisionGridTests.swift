import Figures
import Testing
@testable import Language

@Suite struct DecisionGridTests {
    /// A hard classifier (inside the unit disc or not) on a coarse grid: the boundary found by bisection lies
    /// on the circle, where margins interpolated from the grid alone would cut each cell at its middle.
    @Test func aHardBoundaryLiesOnTheTrueCurveNotOnAStaircase() throws {
        var calls = 0
        let margins = try DecisionGrid.margins(x: -2...2, y: -2...2, n: 12, classes: 2) { points in
            calls += points.count
            return points.map { $0.x * $0.x + $0.y * $0.y < 1 ? 1 : 0 }
        }
        func worstMiss(_ grid: GridValues) -> Double {
            let points = MarchingSquares.lines(grid, level: 0).joined()
            return points.map { abs(($0.x * $0.x + $0.y * $0.y).squareRoot() - 1) }.max() ?? 1
        }
        // An edge is 4/11 ≈ 0.36 long. A grid point near two crossings keeps the nearer one, so the other is
        // placed by interpolation: within a twentieth of an edge of the circle.
        let found = worstMiss(margins[1])
        #expect(found < 0.02)
        // The same grid with only the classes (±1) puts the boundary halfway between grid points.
        var classesOnly = margins[1]
        classesOnly.values = classesOnly.values.map { $0 > 0 ? 1 : -1 }
        #expect(worstMiss(classesOnly) > 4 * found)
        #expect(calls < 12 * 12 + 8 * 80, "the classifier is called at the grid points and 8 times per crossing edge")
    }

    @Test func eachClassRegionIsWhereItIsPredicted() throws {
        let margins = try DecisionGrid.margins(x: 0...3, y: 0...1, n: 7, classes: 3) { points in
            points.map { min(Int($0.x), 2) }
        }
        #expect(margins.count == 3)
        for (k, grid) in margins.enumerated() {
            for (index, value) in grid.values.enumerated() {
                let x = grid.xs[index % grid.xs.count]
                #expect((value > 0) == (min(Int(x), 2) == k), "class \(k) at x = \(x)")
                #expect(abs(value) <= 1)
            }
        }
    }
}
