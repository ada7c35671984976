/// Contour lines and filled regions of a grid by marching squares.
///
/// Each cell's crossings are found going round it counter-clockwise (x to the right, y up). A segment runs
/// from where the boundary leaves the region {z ≥ level} to where it comes back, so the region is always on
/// its left; segments of neighbouring cells share their crossing points exactly and join into chains that
/// close or end on the grid's edge. Saddles are split by the value at the cell's centre.
public enum MarchingSquares {
    /// A point in data coordinates.
    public typealias Point = (x: Double, y: Double)

    /// The lines where the grid crosses `level`: open chains end on the grid's edge, closed ones repeat
    /// their first point. Cells with a NaN corner are skipped.
    public static func lines(_ grid: GridValues, level: Double) -> [[Point]] {
        let tracer = Tracer(grid, level: level, skipNaN: true)
        let open = tracer.openChains()
        return open.map { $0.map(tracer.point) } + tracer.loops(besides: open).map { loop in
            let points = loop.map(tracer.point)
            return points + [points[0]]
        }
    }

    /// The region where the grid is at least `level` (NaN counts as below), as closed rings for a nonzero
    /// fill: the region is on the left of each ring, so holes run clockwise.
    public static func region(_ grid: GridValues, atLeast level: Double) -> [[Point]] {
        let tracer = Tracer(grid, level: level, skipNaN: false)
        let open = tracer.openChains()
        var rings = tracer.loops(besides: open).map { $0.map(tracer.point) }
        if open.isEmpty {
            if tracer.inside(0, 0) { rings.append(tracer.boundaryCorners(from: -0.5, to: tracer.perimeter - 0.5)) }
        } else {
            rings += tracer.joinAlongEdge(open)
        }
        return rings
    }
}

/// The crossings and segments of one level; edges are numbered so that cells sharing one agree on it.
private struct Tracer {
    typealias Point = MarchingSquares.Point

    let grid: GridValues
    let level: Double
    let nx: Int
    let ny: Int
    /// For the edge where a segment starts, the edge where it ends.
    private(set) var following: [Int: Int] = [:]
    private var ends: Set<Int> = []

    init(_ grid: GridValues, level: Double, skipNaN: Bool) {
        self.grid = grid
        self.level = level
        nx = grid.xs.count
        ny = grid.ys.count
        for row in 0..<(ny - 1) {
            if DrawingBudget.isOver() { break }
            for column in 0..<(nx - 1) { addSegments(row, column, skipNaN: skipNaN) }
        }
        ends = Set(following.values)
    }

    var perimeter: Double { Double(2 * (nx - 1) + 2 * (ny - 1)) }

    func inside(_ row: Int, _ column: Int) -> Bool {
        let value = grid.value(row, column)
        return !value.isNaN && value >= level
    }

    /// A horizontal edge runs from (row, column) to (row, column + 1), a vertical one up to (row + 1, column).
    private func horizontal(_ row: Int, _ column: Int) -> Int { (row * nx + column) * 2 }
    private func vertical(_ row: Int, _ column: Int) -> Int { (row * nx + column) * 2 + 1 }

    private mutating func addSegments(_ row: Int, _ column: Int, skipNaN: Bool) {
        // Most cells of a fine grid lie wholly on one side of the level: decide that from the four values
        // before building anything, so a grid of millions of cells costs a few comparisons per cell.
        let a = grid.value(row, column), b = grid.value(row, column + 1)
        let c = grid.value(row + 1, column + 1), d = grid.value(row + 1, column)
        if skipNaN, a.isNaN || b.isNaN || c.isNaN || d.isNaN { return }
        let above = (!a.isNaN && a >= level), same = above == (!b.isNaN && b >= level)
            && above == (!c.isNaN && c >= level) && above == (!d.isNaN && d >= level)
        if same { return }
        let corners = [(row, column), (row, column + 1), (row + 1, column + 1), (row + 1, column)]
        if skipNaN, corners.contains(where: { grid.value($0.0, $0.1).isNaN }) { return }
        let edges = [horizontal(row, column), vertical(row, column + 1), horizontal(row + 1, column), vertical(row, column)]
        var crossings: [(edge: Int, exit: Bool)] = []
        for side in 0..<4 {
            let from = corners[side], to = corners[(side + 1) % 4]
            let a = inside(from.0, from.1), b = inside(to.0, to.1)
            if a != b { crossings.append((edges[side], a)) }
        }
        guard crossings.count >= 2 else { return }
        let center = corners.map { grid.value($0.0, $0.1) }.reduce(0, +) / 4
        let joined = crossings.count == 2 || center >= level
        for (index, crossing) in crossings.enumerated() where crossing.exit {
            let partner = crossings.count == 2 ? (index + 1) % 2 : (index + (joined ? 1 : 3)) % 4
            following[crossing.edge] = crossings[partner].edge
        }
    }

    /// Where the grid crosses the level along an edge, interpolated from its lower corner; a NaN corner
    /// puts the crossing at the other one.
    func point(_ edge: Int) -> Point {
        let cell = edge / 2, row = cell / nx, column = cell % nx
        let (row2, column2) = edge % 2 == 0 ? (row, column + 1) : (row + 1, column)
        let z0 = grid.value(row, column), z1 = grid.value(row2, column2)
        var t = (level - z0) / (z1 - z0)
        if z0.isNaN { t = 1 } else if z1.isNaN || !t.isFinite { t = 0 }
        t = min(max(t, 0), 1)
        let x0 = grid.xs[column], y0 = grid.ys[row]
        return (x0 + t * (grid.xs[column2] - x0), y0 + t * (grid.ys[row2] - y0))
    }

    /// Chains that start and end on the grid's edge, as edge numbers in order.
    func openChains() -> [[Int]] {
        following.keys.filter { !ends.contains($0) }.sorted().map(chain(from:))
    }

    /// Closed chains, each listed once from its smallest edge number. The edges of the open chains are passed
    /// in so that no walk starts inside one: walking each open chain from each of its edges is quadratic.
    func loops(besides open: [[Int]]) -> [[Int]] {
        var seen = Set(open.joined())
        var result: [[Int]] = []
        for start in following.keys.sorted() where ends.contains(start) && !seen.contains(start) {
            let loop = chain(from: start)
            guard loop.last.flatMap({ following[$0] }) == start else { continue }
            seen.formUnion(loop)
            result.append(loop)
        }
        return result
    }

    private func chain(from start: Int) -> [Int] {
        var edges = [start]
        var seen: Set<Int> = [start]
        while let next = following[edges[edges.count - 1]], !seen.contains(next) {
            edges.append(next)
            seen.insert(next)
        }
        return edges
    }

    /// Rings of the region made of open chains joined by the stretches of the grid's edge between them,
    /// walked counter-clockwise from each chain's end to the next chain's start.
    func joinAlongEdge(_ chains: [[Int]]) -> [[Point]] {
        let starts = chains.map { boundaryPosition($0[0]) }
        var used = [Bool](repeating: false, count: chains.count)
        var rings: [[Point]] = []
        for first in chains.indices where !used[first] {
            var ring: [Point] = []
            var current = first
            while !used[current] {
                used[current] = true
                ring += chains[current].map(point)
                let end = boundaryPosition(chains[current].last!)
                let next = chains.indices.min { a, b in
                    distance(from: end, to: starts[a]) < distance(from: end, to: starts[b])
                }!
                ring += boundaryCorners(from: end, to: end + distance(from: end, to: starts[next]))
                current = next
            }
            rings.append(ring)
        }
        return rings
    }

    /// How far `to` lies from `from` going counter-clockwise along the edge.
    private func distance(from: Double, to: Double) -> Double {
        let d = (to - from).truncatingRemainder(dividingBy: perimeter)
        return d < 0 ? d + perimeter : d
    }

    /// The grid's corners strictly between two positions along its edge, counter-clockwise.
    func boundaryCorners(from start: Double, to end: Double) -> [Point] {
        let corners: [(position: Double, point: Point)] = [
            (0, (grid.xs[0], grid.ys[0])),
            (Double(nx - 1), (grid.xs[nx - 1], grid.ys[0])),
            (Double(nx - 1 + ny - 1), (grid.xs[nx - 1], grid.ys[ny - 1])),
            (Double(2 * (nx - 1) + ny - 1), (grid.xs[0], grid.ys[ny - 1])),
        ]
        var result: [Point] = []
        for lap in [0.0, perimeter, 2 * perimeter] {
            for corner in corners where corner.position + lap > start && corner.position + lap < end {
                result.append(corner.point)
            }
        }
        return result
    }

    /// Where an edge's crossing lies along the grid's edge, counter-clockwise from the first corner.
    private func boundaryPosition(_ edge: Int) -> Double {
        let cell = edge / 2, row = cell / nx, column = cell % nx
        let p = point(edge)
        if edge % 2 == 0 {
            let t = fraction(p.x, grid.xs[column], grid.xs[column + 1])
            return row == 0 ? Double(column) + t : Double(nx - 1 + ny - 1) + Double(nx - 1 - column) - t
        }
        let t = fraction(p.y, grid.ys[row], grid.ys[row + 1])
        return column == nx - 1 ? Double(nx - 1) + Double(row) + t : perimeter - Double(row) - t
    }

    private func fraction(_ value: Double, _ a: Double, _ b: Double) -> Double {
        b == a ? 0 : (value - a) / (b - a)
    }
}
