import Foundation
import Language
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import Notebook

@Suite("check reports of a lesson whose numbers drifted")
struct CheckReportTests {
    @Test func theItemsNameEveryFailureWithItsPlaceAndErrors() throws {
        let report = try CheckFixture.driftReport()
        let items = report.lessons[0].items
        let failed = items.filter { !$0.passed }
        #expect(items.count == 9)
        #expect(failed.map(\.line) == [8, 13, 19, 27, 33])
        #expect(failed.map(\.kind) == [.inlineValue, .expectation, .expectation, .expectedError, .error])
        let inline = try #require(failed.first)
        #expect(inline.column == 82)
        #expect(inline.expected == "0.87")
        #expect(inline.actual == "0.8807970779778823")
        let drift = failed[1]
        #expect(drift.column == 16)
        #expect(drift.message?.hasPrefix("expected 0.7 ± 0.001, got 0.6666666666666666") == true)
        #expect(abs((drift.absoluteError ?? 0) - 0.0333333) < 1e-6)
        #expect(abs((drift.relativeError ?? 0) - 0.0476190) < 1e-6)
        #expect(!report.passed)
    }

    @Test func textReport() throws {
        try CheckFixture.expectMatches(ReportFormat.text.format(try CheckFixture.driftReport()), file: "drift.report.txt")
    }

    @Test func jsonReport() throws {
        let json = ReportFormat.json.format(try CheckFixture.driftReport())
        try CheckFixture.expectMatches(json, file: "drift.report.json")
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let summary = object?["summary"] as? [String: Any]
        #expect(summary?["failed"] as? Int == 5)
        #expect(summary?["passed"] as? Bool == false)
    }

    @Test func githubReport() throws {
        let text = ReportFormat.github.format(try CheckFixture.driftReport())
        try CheckFixture.expectMatches(text, file: "drift.report.github")
        #expect(text.contains("::error file=drift.md,line=13,col=16,title=lessonrun check%3A expectation::expected 0.7"))
    }

    @Test func junitReportIsValidXMLWithATestCasePerItem() throws {
        let xml = ReportFormat.junit.format(try CheckFixture.driftReport())
        try CheckFixture.expectMatches(xml, file: "drift.report.xml")
        let document = try XMLDocument(data: Data(xml.utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "tests")?.stringValue == "9")
        let suite = try #require(root.elements(forName: "testsuite").first)
        #expect(suite.attribute(forName: "name")?.stringValue == "drift.md")
        let cases = suite.elements(forName: "testcase")
        #expect(cases.count == 9)
        let failures = cases.filter { !$0.elements(forName: "failure").isEmpty }
        let errors = cases.filter { !$0.elements(forName: "error").isEmpty }
        #expect(failures.count == 4)
        #expect(errors.count == 1)
        let message = failures.first?.elements(forName: "failure").first?.attribute(forName: "message")?.stringValue
        #expect(message?.hasPrefix("expected 0.87 ± 0.001, got 0.8807970779778823") == true)
    }

    @Test func aCleanLessonPassesInEveryFormat() throws {
        let lesson = LessonParser.parse("```swift-nn\n1 + 1 //=> 2\n```\n", path: "clean.md")
        let report = CheckReport(lessons: [Checker.check(Executor.execute(lesson))])
        #expect(report.passed)
        #expect(ReportFormat.text.format(report).hasSuffix("check: 1 lesson, 1 check, all held\n"))
        #expect(ReportFormat.github.format(report) == "lessonrun check: 1 lesson, 1 check, all held\n")
        #expect(ReportFormat.junit.format(report).contains("failures=\"0\" errors=\"0\""))
    }

    @Test func renderWarningsFailTheCheck() {
        let lesson = LessonParser.parse("Text.\n", path: "w.md")
        let warning = Language.Diagnostic(
            severity: .warning, message: "unknown command \\foo",
            location: .init(file: "w.md", line: 1, column: 1), sourceLine: "Text.")
        let items = CheckItems(executed: Executor.execute(lesson)).items(renderWarnings: [warning], snapshot: [])
        #expect(items.map(\.kind) == [.warning])
        #expect(items.allSatisfy { !$0.passed })
    }
}
