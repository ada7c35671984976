import Testing
@testable import Language

/// The Swift array methods a Swift author reaches for: `compactMap`, `flatMap`, `allSatisfy`, `firstIndex(of:)`
/// and `swapAt`, with their errors at the call.
@Suite struct SwiftArrayMethodTests {
    @Test func valuesAsInSwift() {
        #expect(lastOutput("let d = [\"a\": 1, \"c\": 3]\n[\"a\", \"b\", \"c\"].compactMap { d[$0] }") == .value("[1, 3]"))
        #expect(lastOutput("[1, 2, 3].compactMap { $0 * 2 }") == .value("[2, 4, 6]"))
        #expect(lastOutput("[[1, 2], [], [3]].flatMap { $0 }") == .value("[1, 2, 3]"))
        #expect(lastOutput("[1, 2].flatMap { [$0, $0 * 10] }") == .value("[1, 10, 2, 20]"))
        #expect(lastOutput("[2, 4].allSatisfy { $0 % 2 == 0 }") == .value("true"))
        #expect(lastOutput("[2, 5].allSatisfy { $0 % 2 == 0 }") == .value("false"))
        #expect(lastOutput("[Int]().allSatisfy { $0 > 0 }") == .value("true"))
        #expect(lastOutput("[3, 8, 5, 8].firstIndex(of: 8)") == .value("Optional(1)"))
        #expect(lastOutput("[3].firstIndex(of: 9) == nil") == .value("true"))
        #expect(lastOutput("var xs = [1, 2, 3]\nxs.swapAt(0, 2)\nxs.swapAt(1, 1)\nxs") == .value("[3, 2, 1]"))
        #expect(runCell("var xs = [1, 2, 3]\nxs.swapAt(-1, 0)").failed)
    }

    @Test func arrayOfASequence() {
        #expect(lastOutput("Array(1...3)") == .value("[1, 2, 3]"))
        #expect(lastOutput("Array([3, 1, 2].reversed())") == .value("[2, 1, 3]"))
        #expect(lastOutput("Array(\"hey\")") == .value("[\"h\", \"e\", \"y\"]"))
        #expect(lastOutput("Array(0..<0)") == .value("[]"))
        #expect(runCell("Array(1...20_000_000)").failed)
        #expect(runCell("Array([1], count: 3)").diagnostics.first?.message
            == "`Array` takes a sequence, or `repeating:` and `count:`, not both")
        #expect(runCell("Array(repeating: 1)").failed)
    }

    @Test func errorsAtTheCall() {
        #expect(runCell("[1, 2].flatMap { $0 }").diagnostics.first?.message == "`flatMap` needs a closure that returns an array")
        #expect(runCell("[1, 2].allSatisfy { $0 }").diagnostics.first?.message
            == "`allSatisfy` needs a closure that returns a Bool")
        let range = runCell("var xs = [1, 2, 3]\nxs.swapAt(0, 5)")
        #expect(range.diagnostics.first?.message == "index 5 is out of range for 3 elements")
        #expect(range.diagnostics.first?.location.column == 14)
        #expect(runCell("let xs = [1, 2]\nxs.swapAt(0, 1)").failed)
    }
}
