import Language
import Testing

@testable import Notebook

/// Front matter is untrusted: nesting that would overflow the YAML parser's stack is an error at its line.
@Suite("YAML bounds")
struct YAMLBoundsTests {
    @Test func tenThousandNestedBracketsAreAnErrorAtTheirLine() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let lesson = LessonParser.parse("---\ntitle: T\ntags: \(deep)\n---\n# Body\n", path: "deep.md")
        let errors = lesson.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.message == "the YAML nests deeper than 64 levels")
        #expect(errors.first?.location == SourceLocation(file: "deep.md", line: 3, column: 7 + YAMLBounds.maximumDepth))
    }

    @Test func deepBlockNestingAndMappingsAreCaughtToo() {
        let dashes = "tags:\n  " + String(repeating: "- ", count: 5_000) + "a"
        #expect(YAMLBounds.violation(in: dashes)?.line == 2)
        let braces = "a: " + String(repeating: "{b: ", count: 5_000)
        #expect(YAMLBounds.violation(in: braces)?.message == "the YAML nests deeper than 64 levels")
        let big = "title: " + String(repeating: "x", count: YAMLBounds.maximumSize)
        #expect(YAMLBounds.violation(in: big)?.message.hasPrefix("the YAML is larger than") == true)
    }

    @Test func ordinaryFrontMatterPasses() {
        let yaml = """
            title: "A [quoted] title with 'quotes' and {braces}"
            summary: Don't stop at an apostrophe [plain]
            tags: [[a, b], {c: [d]}]
            nested:
              - - x
                - y
            """
        #expect(YAMLBounds.violation(in: yaml) == nil)
        let quoted = "title: '" + String(repeating: "[", count: 500) + "'"
        #expect(YAMLBounds.violation(in: quoted) == nil)
    }
}
