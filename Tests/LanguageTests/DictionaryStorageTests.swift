import Testing
@testable import Language

/// A dictionary's fields live in one storage object shared by copies until one changes, and the storage
/// remembers the key the subscript found last, for the store that usually follows. Neither may show.
@Suite struct DictionaryStorageTests {
    @Test func copiesStayApartAfterAChange() {
        #expect(lastOutput("var a = [\"x\": 1]\nvar b = a\nb[\"x\"] = 2\n[a[\"x\"]!, b[\"x\"]!]") == .value("[1, 2]"))
        #expect(lastOutput("var a = [\"x\": 1]\nvar b = a\na[\"y\"] = 3\n[a.count, b.count]") == .value("[2, 1]"))
        #expect(lastOutput("var a = [\"x\": 1, \"y\": 2]\nlet b = a\na[\"x\"] = nil\n[a.count, b.count, b[\"x\"]!]")
            == .value("[1, 2, 1]"))
        // A copy passed to a function and changed there leaves the caller's alone.
        let source = "func bump(_ d: [String: Int]) -> Int {\n var e = d\n e[\"x\"] = 10\n return e[\"x\"]! }\n"
            + "let d = [\"x\": 1]\n[bump(d), d[\"x\"]!]"
        #expect(lastOutput(source) == .value("[10, 1]"))
    }

    @Test func theRememberedKeyIsOnlyUsedForThatKey() {
        // Read one key, store another: the remembered place is not the new key's.
        #expect(lastOutput("var d = [\"a\": 1, \"b\": 2]\nlet r = d[\"a\"]\nd[\"b\"] = 5\n[d[\"a\"]!, d[\"b\"]!, d.count]")
            == .value("[1, 5, 2]"))
        // A removal moves the later entries: the place read before it is stale and must not be used.
        let removal = "var d = [\"a\": 1, \"b\": 2, \"c\": 3]\nlet r = d[\"c\"]\nd[\"a\"] = nil\nd[\"c\"] = 30\n"
            + "[d[\"b\"]!, d[\"c\"]!, d.count]"
        #expect(lastOutput(removal) == .value("[2, 30, 2]"))
        // Storing nil reads the entry first; storing the key again after it goes to the end, not to its old place.
        let again = "var d = [\"a\": 1, \"b\": 2]\nd[\"a\"] = nil\nd[\"a\"] = 5\n[d[\"a\"]!, d[\"b\"]!, d.count]"
        #expect(lastOutput(again) == .value("[5, 2, 2]"))
        // Read through a copy, then store through the original.
        let shared = "var d = [\"a\": 1, \"b\": 2]\nlet c = d\nlet r = c[\"b\"]\nd[\"b\"] = 7\n[c[\"b\"]!, d[\"b\"]!]"
        #expect(lastOutput(shared) == .value("[2, 7]"))
        // A count, as the bench's dictionary program does it.
        let count = "var counts: [String: Int] = [:]\nfor i in 0..<1000 {\n let key = \"k\\(i % 7)\"\n"
            + " counts[key] = (counts[key] ?? 0) + 1\n}\n[counts[\"k0\"]!, counts[\"k6\"]!, counts.count]"
        #expect(lastOutput(count) == .value("[143, 142, 7]"))
    }

    @Test func storedValuesKeepTheirTypeRules() {
        // An Int stored in a dictionary of Doubles becomes a Double; a String is refused there.
        #expect(lastOutput("var d: [String: Double] = [:]\nd[\"a\"] = 2\nd[\"a\"]!") == .value("2.0"))
        let refused = runCell("var d: [String: Double] = [:]\nd[\"a\"] = \"text\"")
        #expect(refused.diagnostics.first?.message.contains("cannot store String in a dictionary of Double values") == true)
        // Double keys take Int subscripts as Doubles.
        #expect(lastOutput("var d = [1.5: \"a\"]\nd[2] = \"b\"\nd[2.0]!") == .value("\"b\""))
    }

    @Test(arguments: [
        ("let x = 4\n\"\\(x)\"", "\"4\""),
        ("let x = 4\n\"a\\(x)\"", "\"a4\""),
        ("let x = 4\n\"\\(x)b\"", "\"4b\""),
        ("let x = 4\n\"a\\(x)b\"", "\"a4b\""),
        ("let x = 4\nlet y = \"z\"\n\"a\\(x)b\\(y)c\"", "\"a4bzc\""),
        ("let s = \"in\"\n\"<\\(s)>\"", "\"<in>\""),
    ])
    func interpolationShapes(_ source: String, _ expected: String) {
        #expect(lastOutput(source) == .value(expected))
    }

    @Test func anInterpolationPastTheLengthLimitIsAnError() {
        // 19 · 2¹⁹ = 9 961 472 bytes, under the limit; with the 40 000 letters after it, over.
        let build = "var s = \"abcdefghijklmnopqrs\"\nfor _ in 0..<19 { s = s + s }\n"
        let result = runCell(build + "let t = \"\\(s)" + String(repeating: "y", count: 40_000) + "\"")
        #expect(result.diagnostics.first?.message == "a string may hold at most 10000000 bytes")
        #expect(result.diagnostics.first?.location == SourceLocation(file: "lesson.md", line: 3, column: 9))
        #expect(runCell(build + "let t = \"\\(s)yy\"\nt.count").outputs.last == .value("9961474"))
    }
}
