import Testing
@testable import Language

/// `Array(repeating:count:)` and Swift's typed spellings `[T]()`, `[K: V]()` and `[T](repeating:count:)`.
@Suite struct TypedCollectionTests {
    private func error(_ source: String) -> Diagnostic? {
        runCell(source).diagnostics.first
    }

    @Test(arguments: [
        ("Array(repeating: 0.5, count: 3)", "[0.5, 0.5, 0.5]"),
        ("Array(repeating: \"ab\", count: 0)", "[]"),
        ("[Double]()", "[]"),
        ("[Int](repeating: 7, count: 2)", "[7, 7]"),
        ("[Double](repeating: 0, count: 2)", "[0.0, 0.0]"),
        ("[Bool](repeating: true, count: 1)", "[true]"),
        ("[[Int]](repeating: [Int](repeating: 0, count: 2), count: 2)", "[[0, 0], [0, 0]]"),
        ("[[Double]](repeating: [1, 2], count: 2)", "[[1.0, 2.0], [1.0, 2.0]]"),
        ("[String: Int]()", "[:]"),
    ])
    func values(_ expression: String, _ expected: String) {
        #expect(lastOutput(expression) == .value(expected))
    }

    /// Numbers and Bools are repeated as bytes; every length the doubling fill can stop at must hold exactly the
    /// elements an element-by-element loop makes, and each copy must be a value of its own.
    @Test func repeatedValuesAreWholeAtEveryLength() {
        for count in [0, 1, 2, 3, 4, 5, 7, 8, 9, 1000, 1023, 1025] {
            for (element, spelling) in [("-3", "Int"), ("2.5", "Double"), ("true", "Bool")] {
                let program = """
                    var made = Array(repeating: \(element), count: \(count))
                    var looped: [\(spelling)] = []
                    for _ in 0..<\(count) { looped.append(\(element)) }
                    let typed = [\(spelling)](repeating: \(element), count: \(count))
                    if \(count) > 0 { made[\(count) - 1] = looped[0] }
                    [made == looped, typed == looped, made.count == \(count)]
                    """
                #expect(lastOutput(program) == .value("[true, true, true]"), "\(element) × \(count)")
            }
        }
        // Rows are arrays, copied one by one: changing one leaves the others.
        #expect(lastOutput("var g = Array(repeating: [0, 0], count: 3)\ng[1][0] = 5\ng") == .value("[[0, 0], [5, 0], [0, 0]]"))
    }

    @Test func stringsRepeat() {
        #expect(lastOutput("String(repeating: \"ab\", count: 3)") == .value("\"ababab\""))
        #expect(lastOutput("String(repeating: \"é\", count: 0)") == .value("\"\""))
        #expect(error("String(repeating: \"ab\", count: -1)")?.message
            == "`String(repeating:count:)` needs a count of 0 or more")
        #expect(error("String(repeating: \"ab\", count: 9223372036854775807)")?.message
            == "a string may hold at most 10000000 bytes")
        #expect(error("String(repeating: \"a\")")?.message.hasPrefix("`String(repeating:count:)` takes a string and a count") == true)
        #expect(error("String(repeating: 5, count: 2)")?.message == "`String` needs a String for `repeating`, not Int")
        // The other forms are as they were.
        #expect(lastOutput("String(format: \"%d-%d\", 3, 4)") == .value("\"3-4\""))
        #expect(lastOutput("String(7)") == .value("\"7\""))
    }

    @Test func aLessonsOwnArrayDoesNotChangeTheSpelling() {
        #expect(lastOutput("let Array = 3\n[Int](repeating: 1, count: 2)") == .value("[1, 1]"))
        #expect(lastOutput("func Array(_ x: Int) -> Int { x }\n[Int](repeating: 1, count: 2)") == .value("[1, 1]"))
    }

    @Test func theTypesStick() {
        // A typed empty dictionary refuses values of another type, as `let d: [String: Int] = [:]` does.
        let refused = error("var d = [String: Int]()\nd[\"a\"] = \"text\"")
        #expect(refused?.message.contains("cannot store String in a dictionary of Int values") == true)
        // The rows are copies: changing one leaves the others.
        #expect(lastOutput("var g = [[Int]](repeating: [Int](repeating: 0, count: 2), count: 2)\ng[0][1] = 5\ng")
            == .value("[[0, 5], [0, 0]]"))
    }

    @Test func mistakesAreReportedAtTheCall() {
        let mismatch = error("let g = [String](repeating: 1, count: 2)")
        #expect(mismatch?.message == "cannot convert a value of type Array to the annotated type `[String]`")
        #expect(mismatch?.location == SourceLocation(file: "lesson.md", line: 1, column: 17))
        let labels = error("let g = [Int](count: 2)")
        #expect(labels?.message.hasPrefix("`[Int](…)` takes nothing, or for an array `repeating:` and `count:`") == true)
        #expect(error("[String: Int](repeating: 1, count: 2)")?.message.hasPrefix("`[String: Int](…)` takes nothing") == true)
        let negative = error("let g = Array(repeating: 0, count: -1)")
        #expect(negative?.message == "`Array(repeating:count:)` needs a count of 0 or more")
        #expect(negative?.location == SourceLocation(file: "lesson.md", line: 1, column: 29))
        #expect(error("let g = [Int](repeating: 0, count: 100_000_000)")?.message
            == "`Array(repeating:count:)` would make over 10000000 values")
        #expect(error("let g = Array(repeating: 0, count: 2.5)") != nil)
        // An array literal that is not a type is still an array, and calling it is still an error.
        #expect(error("let x = 1\n[x](repeating: 0, count: 2)")?.message.contains("cannot call") == true)
    }
}
