import Testing
@testable import Language

/// `+` on two arrays: numeric arrays add element by element (numpy's meaning, documented), arrays of strings and
/// other non-numbers join (Swift's), and numeric arrays whose lengths differ are an error rather than a silent
/// broadcast of a one-element or empty array.
@Suite struct ArrayPlusTests {
    @Test func numericArraysOfOneLengthAddElementByElement() {
        #expect(lastOutput("[1, 2] + [3, 4]") == .value("[4.0, 6.0]"))
        #expect(lastOutput("var xs = [1.0, 2.0]\nxs += [0.5, 0.5]\nxs") == .value("[1.5, 2.5]"))
    }

    @Test func arraysOfNonNumbersJoin() {
        #expect(lastOutput("var names: [String] = []\nnames += [\"a\"]\nnames = names + [\"b\", \"c\"]\nnames")
            == .value("[\"a\", \"b\", \"c\"]"))
        #expect(lastOutput("[\"x\"] + [\"y\"]") == .value("[\"x\", \"y\"]"))
        #expect(lastOutput("[(1, \"a\")] + [(2, \"b\")]") == .value("[(1, \"a\"), (2, \"b\")]"))
        #expect(lastOutput("[true] + [false, true]") == .value("[true, false, true]"))
    }

    @Test func numericArraysOfDifferentLengthsAreAnErrorAtTheOperator() {
        let appended = runCell("var xs = [1, 2, 3]\nxs += [4]\nxs")
        #expect(appended.diagnostics.first?.message
            == "`+` adds arrays element by element, as numpy does, and these have 3 and 1 elements; "
                + "to join them as Swift does, use `append(contentsOf:)`")
        #expect(appended.diagnostics.first?.location.line == 2)
        #expect(appended.diagnostics.first?.location.column == 4)
        #expect(runCell("var xs: [Int] = []\nxs += [1]").diagnostics.first?.message.contains("0 and 1 elements") == true)
        #expect(runCell("[1.0, 2.0] + [3.0]").failed)
        // Joining says how, and does what it says.
        #expect(lastOutput("var xs = [1, 2, 3]\nxs.append(contentsOf: [4])\nxs") == .value("[1, 2, 3, 4]"))
    }
}
