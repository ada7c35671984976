import Testing
@testable import Language

/// `(a, b) = (b, a + b)` as Swift runs it: the whole right side first, then each target, left to right; `_` drops
/// a value, and the number of values must match the number of targets.
@Suite struct TupleAssignmentTests {
    @Test func theRightSideIsEvaluatedBeforeAnyTargetChanges() {
        #expect(lastOutput("var a = 0\nvar b = 1\nfor _ in 0..<10 { (a, b) = (b, a + b) }\n(a, b)") == .value("(55, 89)"))
        #expect(lastOutput("var xs = [1, 2, 3]\n(xs[0], xs[2]) = (xs[2], xs[0])\nxs") == .value("[3, 2, 1]"))
        #expect(lastOutput("func f() -> Double {\n    var u = 1.0\n    var v = 2.0\n    (u, v) = (v, u)\n    return u - v\n}\nf()")
            == .value("1.0"))
        #expect(lastOutput("var t = (1, [2, 3])\nvar n = 0\n(n, t.1[0]) = (t.1[1], t.0)\n(n, t)") == .value("(3, (1, [1, 3]))"))
    }

    @Test func tupleValuesNestedTargetsAndWildcards() {
        let pair = "func pair() -> (Int, Double) { (7, 2.5) }\nvar p = 0\nvar q = 0.0\n"
        #expect(lastOutput(pair + "(p, q) = pair()\n(p, q)") == .value("(7, 2.5)"))
        #expect(lastOutput(pair + "(p, _) = pair()\np") == .value("7"))
        #expect(lastOutput(pair + "var c = 0\n((p, q), c) = ((1, 2.0), 3)\n(p, q, c)") == .value("(1, 2.0, 3)"))
        #expect(lastOutput(pair + "var c = 0\n((p, q), c) = (pair(), 4)\n(p, q, c)") == .value("(7, 2.5, 4)"))
        #expect(lastOutput("var calls = 0\nfunc hit() -> Int { calls += 1; return calls }\n_ = hit()\n_ = hit()\ncalls")
            == .value("2"))
    }

    @Test func aRecursiveRunKeepsItsOwnValues() {
        // The index of the first target calls the function that runs the same statement again.
        let source = """
            var xs = [0, 0, 0, 0]
            func put(_ n: Int) -> Int {
                if n == 0 { return 0 }
                (xs[put(n - 1)], xs[n]) = (n * 10, n * 100)
                return n
            }
            put(3)
            xs
            """
        #expect(lastOutput(source) == .value("[10, 20, 30, 300]"))
    }

    @Test func mismatchesAreErrorsAtTheValue() {
        let literal = runCell("var a = 1\nvar b = 2\n(a, b) = (1, 2, 3)")
        #expect(literal.diagnostics.first?.message == "cannot assign a tuple of 3 values to 2 targets")
        #expect(literal.diagnostics.first?.location.column == 10)
        #expect(literal.outputs.isEmpty)
        let number = runCell("var a = 1\nvar b = 2\n(a, b) = 5")
        #expect(number.diagnostics.first?.message == "cannot assign Int to a tuple of 2 targets")
        let triple = runCell("func t() -> (Int, Int, Int) { (1, 2, 3) }\nvar a = 1\nvar b = 2\n(a, b) = t()\na")
        #expect(triple.diagnostics.first?.message == "cannot assign a tuple of 3 values to a tuple of 2 targets")
        #expect(triple.diagnostics.first?.location.line == 4)
    }

    @Test func onlyPlainAssignmentDestructures() {
        let compound = runCell("var a = 1\nvar b = 2\n(a, b) += (1, 2)")
        #expect(compound.diagnostics.first?.message == "`+=` cannot change a tuple of targets or `_`; only `=` can")
        #expect(compound.diagnostics.first?.location.column == 8)
        let constant = runCell("let a = 1\nvar b = 0\n(a, b) = (1, 2)")
        #expect(constant.diagnostics.first?.message.hasPrefix("cannot assign to `a`") == true)
        let unknown = runCell("var a = 1\n(a, zz) = (1, 2)")
        #expect(unknown.diagnostics.first?.message == "unknown name `zz`")
        #expect(runCell("var a = 1\n(a, 3) = (1, 2)").diagnostics.first?.message == "cannot assign to this expression")
    }
}
