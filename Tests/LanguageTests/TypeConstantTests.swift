import Testing
@testable import Language

/// `Double.pi`, `Int.max` and the other number-type constants: compiled to their values, an unknown one an error
/// with the nearest name, and a user's own `Double` a value like any other.
@Suite struct TypeConstantTests {
    private func last(_ source: String) -> CellOutput? {
        runCell(source).outputs.last
    }

    @Test func constantsHaveSwiftsValues() {
        #expect(last("Double.pi") == .value("3.141592653589793"))
        #expect(last("2 * Double.pi * 0.5 == pi") == .value("true"))
        #expect(last("Double.infinity > Double.greatestFiniteMagnitude") == .value("true"))
        #expect(last("Double.nan != Double.nan") == .value("true"))
        #expect(last("Double.ulpOfOne == 2 ** -52") == .value("true"))
        #expect(last("Double.leastNonzeroMagnitude > 0") == .value("true"))
        #expect(last("Int.max") == .value("9223372036854775807"))
        #expect(last("Int.min") == .value("-9223372036854775808"))
        #expect(last("var best = Double.infinity\nfor x in [3.0, 1.5, 2.0] { best = min(best, x) }\nbest") == .value("1.5"))
    }

    @Test func anUnknownMemberIsAnErrorAtItsName() {
        let result = runCell("let x = 1\nDouble.pie")
        #expect(result.diagnostics.first?.message == "`Double` has no member `pie`")
        #expect(result.diagnostics.first?.location.line == 2)
        #expect(result.diagnostics.first?.location.column == 8)
        #expect(result.diagnostics.first?.suggestion == "pi")
    }

    @Test func aVariableNamedLikeATypeIsAValue() {
        #expect(runCell("let Int = [1, 2]\nInt.count").outputs.last == .value("2"))
    }
}
