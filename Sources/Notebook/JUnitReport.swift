import Escaping
import Foundation
import Language

/// JUnit XML: a `<testsuite>` per lesson and a `<testcase>` per item, failures (wrong values, drifted
/// snapshots, warnings) as `<failure>`, errors as `<error>`, each with the compiler-style finding as its text.
enum JUnitReport {
    static func format(_ report: CheckReport) -> String {
        let items = report.lessons.flatMap(\.items)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"lessonrun check\" tests=\"\(items.count)\" failures=\"\(failures(items))\" "
            + "errors=\"\(errors(items))\" time=\"\(seconds(report.lessons.reduce(0) { $0 + $1.milliseconds }))\">\n"
        for lesson in report.lessons {
            out += "  <testsuite name=\"\(escape(lesson.path))\" tests=\"\(lesson.items.count)\" "
                + "failures=\"\(failures(lesson.items))\" errors=\"\(errors(lesson.items))\" "
                + "time=\"\(seconds(lesson.milliseconds))\">\n"
            for item in lesson.items { out += testCase(item, lesson: lesson.path) }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    private static func testCase(_ item: CheckItem, lesson: String) -> String {
        let open = "    <testcase name=\"\(escape("line \(item.line): \(item.name)"))\" classname=\"\(escape(lesson))\" "
            + "file=\"\(escape(item.file))\" line=\"\(item.line)\""
        guard item.counts else { return open + "/>\n" }
        let tag = item.kind == .error ? "error" : "failure"
        let text = DiagnosticPrinter.format(item.diagnostic, color: false)
        return open + ">\n      <\(tag) type=\"\(item.kind.rawValue)\" message=\"\(escape(item.message ?? item.name))\">"
            + "\(escape(text, attribute: false))</\(tag)>\n    </testcase>\n"
    }

    private static func failures(_ items: [CheckItem]) -> Int {
        items.filter { $0.counts && $0.kind != .error }.count
    }

    private static func errors(_ items: [CheckItem]) -> Int {
        items.filter { $0.counts && $0.kind == .error }.count
    }

    private static func seconds(_ milliseconds: Double) -> String {
        String(format: "%.3f", milliseconds / 1_000)
    }

    /// Attribute (and, with `attribute: false`, text) escaping by the one markup escaper; line breaks in
    /// attributes are kept as character references, which parsers would otherwise turn into spaces.
    static func escape(_ text: String, attribute: Bool = true) -> String {
        Markup.escaped(
            text, attribute ? [.doubleQuote, .lineFeedReference, .carriageReturnReference] : [.doubleQuote, .carriageReturnReference])
    }
}
