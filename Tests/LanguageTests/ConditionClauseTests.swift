import Testing
@testable import Language

/// Swift's condition lists: `if` and `guard` with several clauses (Bools and `let` bindings, checked in order),
/// `guard … else` whose block must leave the scope, `for … where`, and parameters declared optional.
@Suite struct ConditionClauseTests {
    @Test func ifChecksEveryClauseInOrder() {
        let lookup = "let d = [\"a\": 1, \"b\": 2]\n"
        #expect(lastOutput(lookup + "var r = 0\nif let a = d[\"a\"], let b = d[\"b\"], a < b { r = a + b }\nr") == .value("3"))
        #expect(lastOutput(lookup + "var r = 0\nif let a = d[\"a\"], let z = d[\"z\"] { r = a + z } else { r = -1 }\nr")
            == .value("-1"))
        #expect(lastOutput(lookup + "var r = 0\nif let a = d[\"b\"], a > 5 { r = a } else if let b = d[\"b\"] { r = b * 10 }\nr")
            == .value("20"))
        // A later clause is not evaluated once an earlier one fails.
        #expect(lastOutput("var calls = 0\nfunc hit() -> Bool { calls += 1; return true }\nif false, hit() { }\ncalls")
            == .value("0"))
    }

    @Test func guardBindsForTheRestOfTheScope() {
        let source = """
            func area(_ d: [String: Double]) -> Double {
                guard let w = d["w"], w > 0, let h = d["h"] else { return -1 }
                return w * h
            }
            [area(["w": 2, "h": 3]), area(["w": -2, "h": 3]), area(["w": 2])]
            """
        #expect(lastOutput(source) == .value("[6, -1, -1]"))
        #expect(lastOutput("var kept: [Int] = []\nfor i in 0..<6 {\n    guard i % 2 == 0 else { continue }\n    kept.append(i)\n}\nkept")
            == .value("[0, 2, 4]"))
        #expect(lastOutput("func sign(_ x: Int) -> Int {\n    guard x > 0 else { if x == 0 { return 0 } else { return -1 } }\n"
            + "    return 1\n}\n[sign(-4), sign(0), sign(9)]") == .value("[-1, 0, 1]"))
    }

    @Test func guardLetMayShadowAParameter() {
        let source = "func twice(_ x: Int?) -> Int {\n    guard let x else { return 0 }\n    return x * 2\n}\n[twice(4), twice(nil)]"
        #expect(lastOutput(source) == .value("[8, 0]"))
    }

    @Test func aGuardThatFallsThroughIsRefusedBeforeRunning() {
        let result = runCell("print(1)\nfunc f(_ x: Int) -> Int {\n    guard x > 0 else { print(x) }\n    return x\n}")
        #expect(result.diagnostics.first?.message
            == "the `else` of a `guard` must leave the scope: end it with `return`, `break` or `continue`")
        #expect(result.diagnostics.first?.location.line == 3)
        #expect(result.diagnostics.first?.location.column == 5)
        #expect(result.outputs.isEmpty)
        #expect(runCell("let v: Int? = 3\nguard let w = v else { }").failed)
    }

    @Test func optionalParametersHoldOptionals() {
        #expect(lastOutput("func f(_ x: Int?) -> Int { (x ?? 10) + 1 }\n[f(4), f(nil)]") == .value("[5, 11]"))
        #expect(lastOutput("func g(x: Double? = nil) -> Double {\n    if let x { return x }\n    return -1\n}\n[g(), g(x: 2.5)]")
            == .value("[-1, 2.5]"))
        let plain = runCell("let n = 4\nif let m = n { print(m) }")
        #expect(plain.diagnostics.first?.message == "`if let` needs an optional, such as a dictionary subscript, not Int")
    }

    @Test func forWhereRunsTheBodyForTheElementsItHoldsFor() {
        #expect(lastOutput("var n = 0\nfor i in 0..<100 where i % 2 == 0 { n += i }\nn") == .value("2450"))
        #expect(lastOutput("var seen: [Int] = []\nfor x in [3, 1, 4, 1, 5] where x > 1 {\n    if x == 5 { break }\n    seen.append(x)\n}\nseen")
            == .value("[3, 4]"))
        // `where` is still a name anywhere else.
        #expect(lastOutput("let where = 2\nwhere * 3") == .value("6"))
    }
}
