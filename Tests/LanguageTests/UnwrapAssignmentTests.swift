import Testing
@testable import Language

/// Assignments through `!`, as Swift writes them: `d[key]![i] = v` changes the array inside the dictionary, `x! += 1`
/// the value inside an optional variable; nil, or a value that is not an optional, is an error at the `!`.
@Suite struct UnwrapAssignmentTests {
    @Test func valuesInsideOptionalsChange() {
        let lists = "var da: [String: [Int]] = [\"a\": [1, 2, 3]]\n"
        #expect(lastOutput(lists + "da[\"a\"]![1] = 9\nda") == .value("[\"a\": [1, 9, 3]]"))
        #expect(lastOutput(lists + "da[\"a\"]![0] += 10\nda[\"a\"]!.append(4)\nda[\"a\"]!") == .value("[11, 2, 3, 4]"))
        #expect(lastOutput(lists + "let copy = da\nda[\"a\"]![2] = 0\n[copy[\"a\"]!, da[\"a\"]!]") == .value("[[1, 2, 3], [1, 2, 0]]"))
        #expect(lastOutput("var x: Int? = 3\nx! += 1\nx! *= 10\nx!") == .value("40"))
        #expect(lastOutput("var g: [String: [[Double]]] = [\"g\": [[0.0, 0.0], [0.0, 0.0]]]\ng[\"g\"]![1][0] = 2.5\ng[\"g\"]!")
            == .value("[[0.0, 0.0], [2.5, 0.0]]"))
        #expect(lastOutput("var t: (Int, [Int])? = (1, [2])\nt!.1[0] = 7\nt!.0 += 1\nt!") == .value("(2, [7])"))
    }

    @Test func nilAndNonOptionalsAreErrorsAtTheBang() {
        let missing = runCell("var d: [String: [Int]] = [:]\nd[\"z\"]![0] = 1")
        #expect(missing.diagnostics.first?.message == "unexpectedly found nil while unwrapping an optional with `!`")
        #expect(missing.diagnostics.first?.location.line == 2)
        #expect(missing.diagnostics.first?.location.column == 7)
        let plain = runCell("var n = 3\nn! = 4")
        #expect(plain.diagnostics.first?.message == "`!` needs an optional, not Int")
        #expect(plain.diagnostics.first?.location.column == 2)
        // The dictionary is whole after the failed assignment.
        let session = Session()
        _ = runCell("var d: [String: [Int]] = [\"a\": [1]]", in: session)
        #expect(runCell("d[\"a\"]![0] = 2\nd[\"z\"]![0] = 1", in: session).failed)
        #expect(runCell("d", in: session).outputs == [.value("[\"a\": [2]]")])
    }

    @Test func aLeadingDotAfterASpacedQuestionMarkIsStillANumber() {
        #expect(lastOutput("let c = true\nc ? .5 : 1.0") == .value("0.5"))
        #expect(lastOutput("let o: (Int, Int)? = (4, 5)\no!.1") == .value("5"))
    }
}
