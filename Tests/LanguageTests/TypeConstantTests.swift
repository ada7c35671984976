import Testing
@testable import Language

/// `Double.pi`, `Int.max` and the other number-type constants: compiled to their values, an unknown one an error
/// with the nearest name, and a user's own `Double` a value like any other.
@Suite struct TypeConstantTests {
    @Test func constantsHaveSwiftsValues() {
        #expect(lastOutput("Double.pi") == .value("3.141592653589793"))
        #expect(lastOutput("2 * Double.pi * 0.5 == pi") == .value("true"))
        #expect(lastOutput("Double.infinity > Double.greatestFiniteMagnitude") == .value("true"))
        #expect(lastOutput("Double.nan != Double.nan") == .value("true"))
        #expect(lastOutput("Double.ulpOfOne == 2 ** -52") == .value("true"))
        #expect(lastOutput("Double.leastNonzeroMagnitude > 0") == .value("true"))
        #expect(lastOutput("Int.max") == .value("9223372036854775807"))
        #expect(lastOutput("Int.min") == .value("-9223372036854775808"))
        #expect(lastOutput("var best = Double.infinity\nfor x in [3.0, 1.5, 2.0] { best = min(best, x) }\nbest") == .value("1.5"))
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
