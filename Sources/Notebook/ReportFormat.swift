import Foundation
import Language

/// The ways `check` can print its report.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Compiler-style findings and a summary, for people.
    case text
    /// Every item of every lesson, for programs.
    case json
    /// JUnit XML, a test case per item, for CI test dashboards.
    case junit
    /// GitHub Actions workflow commands, which annotate the failing lines.
    case github

    /// The whole report in this format. `color` applies to text only.
    public func format(_ report: CheckReport, color: Bool = false) -> String {
        switch self {
        case .text: TextReport.format(report, color: color)
        case .json: JSONReport.format(report)
        case .junit: JUnitReport.format(report)
        case .github: GitHubReport.format(report)
        }
    }
}

/// Findings as a compiler prints them (file:line:col, the message with expected, actual and errors, the
/// source line with a caret), a line per lesson, and a total.
enum TextReport {
    static func format(_ report: CheckReport, color: Bool) -> String {
        var out = ""
        for lesson in report.lessons {
            for item in lesson.items where item.counts || item.isNotice {
                out += DiagnosticPrinter.format(item.diagnostic, color: color) + "\n"
            }
            if let diff = lesson.acceptedDiff { out += diff }
            if let snapshot = lesson.updatedSnapshot { out += "recorded \(snapshot)\n" }
            out += line(lesson) + "\n"
        }
        return out + "check: \(report.summary)\n"
    }

    /// "gd.md: 14 checks, all held, 42 ms" or "gd.md: 14 checks, 2 failed, 1 accepted, 42 ms".
    static func line(_ lesson: LessonCheck) -> String {
        let failed = lesson.failures.count, accepted = lesson.items.filter(\.accepted).count
        var parts = [Summary.count(lesson.items.count, "check"), failed == 0 ? "all held" : "\(failed) failed"]
        if accepted > 0 { parts.append("\(accepted) accepted") }
        return "\(lesson.path): \(parts.joined(separator: ", ")), \(Int(lesson.milliseconds.rounded())) ms"
    }
}

/// The report as JSON with sorted keys: each lesson's items in full, and the totals.
enum JSONReport {
    private struct Document: Encodable {
        var lessons: [LessonCheck]
        var summary: Totals
    }

    private struct Totals: Encodable {
        var lessons: Int
        var checks: Int
        var failed: Int
        var passed: Bool
    }

    static func format(_ report: CheckReport) -> String {
        let document = Document(
            lessons: report.lessons,
            summary: Totals(
                lessons: report.lessons.count, checks: report.itemCount, failed: report.failureCount,
                passed: report.passed))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let data = try? encoder.encode(document), let text = String(data: data, encoding: .utf8) else {
            return "{}\n"
        }
        return text + "\n"
    }
}

/// `::error file=…,line=…,col=…,title=…::message` lines, which GitHub Actions turns into annotations on
/// the lines, then the total as a plain line.
enum GitHubReport {
    static func format(_ report: CheckReport) -> String {
        var out = ""
        for item in report.lessons.flatMap(\.items) where item.counts || item.isNotice {
            let command = item.kind == .warning ? "warning" : "error"
            let properties = "file=\(property(item.file)),line=\(item.line),col=\(item.column),"
                + "title=\(property("lessonrun check: \(item.kind.rawValue)"))"
            out += "::\(command) \(properties)::\(data(item.message ?? item.name))\n"
        }
        return out + "lessonrun check: \(report.summary)\n"
    }

    /// Workflow-command message data: `%`, CR and LF escaped.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Workflow-command property values: as data, and `:` and `,` escaped too.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
