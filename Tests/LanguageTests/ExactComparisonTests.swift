import Testing
@testable import Language

/// Numbers compare by exact value on every path: conditions on variables and on literals, comparisons as
/// values, the general path behind a function call, the Int functions, `min`, `max` and `sorted`. The expected
/// orders are the mathematical ones (Python's for an int and a float), written out by hand.
@Suite struct ExactComparisonTests {
    /// Two operands as swift-nn spells them, and how the first compares with the second: −1, 0, 1, or nil when
    /// they are unordered (NaN).
    static let pairs: [(String, String, Int?)] = [
        ("9007199254740993", "9007199254740992", 1),
        ("9007199254740993", "9007199254740992.0", 1),  // 2⁵³ + 1 rounds to 2⁵³: the tie is broken as Ints
        ("9007199254740992", "9007199254740992.0", 0),
        ("9007199254740993", "9007199254740994.0", -1),
        ("9223372036854775807", "9223372036854775808.0", -1),  // Int.max rounds to 2⁶³, above every Int
        ("-9223372036854775807 - 1", "-9223372036854775808.0", 0),
        ("-9223372036854775807", "-9223372036854775808.0", 1),
        ("3", "2.5", 1),
        ("-3", "-2.5", -1),
        ("2", "2.0", 0),
        ("5", "0.0 / 0.0", nil),
    ]

    static let operators = ["<", "<=", ">", ">=", "==", "!="]

    /// Whether `op` holds for two operands in the given order (nil: unordered, where only `!=` holds).
    static func holds(_ op: String, _ order: Int?) -> Bool {
        guard let order else { return op == "!=" }
        switch op {
        case "<": return order < 0
        case "<=": return order <= 0
        case ">": return order > 0
        case ">=": return order >= 0
        case "==": return order == 0
        default: return order != 0
        }
    }

    private func value(_ source: String) -> String? {
        let result = runCell(source)
        guard result.diagnostics.isEmpty, case .value(let text)? = result.outputs.last else { return nil }
        return text
    }

    @Test(arguments: pairs)
    func everyPathComparesExactly(_ pair: (lhs: String, rhs: String, order: Int?)) {
        for op in Self.operators {
            let expected = String(Self.holds(op, pair.order))
            let swapped = String(Self.holds(op, pair.order.map { -$0 }))
            let set = "let a = \(pair.lhs)\nlet b = \(pair.rhs)\n"
            let context = "\(pair.lhs) \(op) \(pair.rhs)"
            #expect(value(set + "a \(op) b") == expected, "value: \(context)")
            #expect(value(set + "b \(op) a") == swapped, "swapped value: \(context)")
            #expect(value(set + "var r = false\nif a \(op) b { r = true }\nr") == expected, "two variables: \(context)")
            #expect(value(set + "var r = false\nif a \(op) \(pair.rhs) { r = true }\nr") == expected, "literal: \(context)")
            #expect(value(set + "var r = false\nif a + 0 \(op) \(pair.rhs) { r = true }\nr") == expected,
                    "expression and literal: \(context)")
            #expect(value(set + "var r = false\nif b \(op) \(pair.lhs) { r = true }\nr") == swapped,
                    "Int literal: \(context)")
            #expect(value(set + "func f(_ x: Any, _ y: Any) -> Bool { x \(op) y }\nf(a, b)") == expected,
                    "general path: \(context)")
        }
    }

    @Test func intFunctionsCompareWithLiteralsExactly() {
        let declaration = "func g(_ n: Int) -> Int { n > 9007199254740992 ? 1 : (n == 9007199254740992 ? 2 : 3) }\n"
        #expect(value(declaration + "[g(9007199254740993), g(9007199254740992), g(9007199254740991)]") == "[1, 2, 3]")
    }

    @Test func minMaxAndSortedOrderLargeIntsExactly() {
        let set = "let a = 9007199254740993\nlet b = 9007199254740992\n"
        #expect(value(set + "[max(b, a), max(a, b), min(a, b), min(b, a)]")
            == "[9007199254740993, 9007199254740993, 9007199254740992, 9007199254740992]")
        #expect(value(set + "[a, b, 9007199254740992.5].sorted()") == "[9007199254740992, 9007199254740992.0, 9007199254740993]")
        #expect(value("max(9007199254740993, 9007199254740992.0)") == "9007199254740993")
        // NaN still sorts last, and an equal Int and Double keep their order.
        #expect(value("[2.0, 0.0 / 0.0, 1, 2].sorted()") == "[1, 2.0, 2, nan]")
    }
}
