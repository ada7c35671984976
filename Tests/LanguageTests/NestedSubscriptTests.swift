import Testing
@testable import Language

/// `grid[i][j]` and `grid[i][j] = v` for a variable holding an array of arrays are read and changed in the
/// variable's slot (`NestedSlotSubscript`, `ElementAssignment`). Everything else, errors included, is the general
/// path's: each check compares with the same code reached through a function call, which the fast paths skip.
@Suite struct NestedSubscriptTests {
    @Test func elementsChangeInPlaceWithValueSemantics() {
        let grid = "var grid = [[1, 2, 3], [4, 5, 6]]\n"
        #expect(lastOutput(grid + "grid[1][2] = 60\ngrid") == .value("[[1, 2, 3], [4, 5, 60]]"))
        #expect(lastOutput(grid + "grid[0][1] += 10\ngrid[1][0] *= 2\ngrid") == .value("[[1, 12, 3], [8, 5, 6]]"))
        #expect(lastOutput(grid + "let copy = grid\ngrid[0][0] = 9\n[copy[0][0], grid[0][0]]") == .value("[1, 9]"))
        // A row shared with another variable and with another row stays theirs.
        #expect(lastOutput("var row = [1, 2]\nvar g = [row, row]\ng[0][1] = 7\n[row[1], g[1][1], g[0][1]]") == .value("[2, 2, 7]"))
        // In a loop, with variable indices, as a matrix is filled.
        let fill = "var m = [[0.0, 0.0], [0.0, 0.0]]\nfor i in 0..<2 {\n for j in 0..<2 { m[i][j] = Double(i * 2 + j) }\n}\nm"
        #expect(lastOutput(fill) == .value("[[0.0, 1.0], [2.0, 3.0]]"))
    }

    @Test func otherContainersTakeTheGeneralPath() {
        #expect(lastOutput("var ds = [[\"a\": 1]]\nds[0][\"a\"] = 5\nds[0][\"a\"]!") == .value("5"))
        #expect(lastOutput("var t = [[1.0, 2.0]]\nt[0][1] = 2.5\nt[0]") == .value("[1.0, 2.5]"))
        let notNested = runCell("var xs = [1, 2]\nxs[0][0] = 3")
        #expect(notNested.diagnostics.first?.message == "cannot assign through a subscript of Int")
    }

    @Test(arguments: ["grid[2][0]", "grid[0][3]", "grid[-1][0]", "grid[0][1.5]", "grid[0][\"a\"]"])
    func readErrorsAreTheGeneralPaths(_ read: String) {
        // `gr()` is as long as `grid`, so the columns match.
        let setUp = "var grid = [[1, 2, 3], [4, 5, 6]]\nfunc gr() -> [[Int]] { grid }\n"
        let fast = runCell(setUp + read)
        let general = runCell(setUp + read.replacingOccurrences(of: "grid", with: "gr()"))
        #expect(fast.diagnostics.count == 1)
        #expect(fast.diagnostics.map(\.message) == general.diagnostics.map(\.message))
        #expect(fast.diagnostics.map(\.location) == general.diagnostics.map(\.location))
    }

    @Test func aFailedNestedAssignmentChangesNothing() {
        let result = runCell("var grid = [[1, 2], [3, 4]]\ngrid[0][5] = 9")
        #expect(result.diagnostics.first?.message.contains("out of range") == true)
        let session = Session()
        _ = runCell("var grid = [[1, 2], [3, 4]]", in: session)
        _ = runCell("grid[1][0] += \"text\"", in: session)
        #expect(runCell("grid", in: session).outputs.last == .value("[[1, 2], [3, 4]]"))
    }
}
