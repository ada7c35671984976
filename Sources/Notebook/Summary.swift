import Foundation

/// The counts a run reports in one line: cells, figures, expectations, errors and time.
public struct Summary: Sendable, Hashable, Codable {
    public var cells: Int
    public var figures: Int
    /// `//=>` expectations and inline values that state a number, held and not held.
    public var expectationsPassed: Int
    public var expectationsFailed: Int
    public var errors: Int
    public var milliseconds: Double

    public init(_ executed: ExecutedLesson, milliseconds: Double) {
        self.init(
            lesson: executed.lesson, cells: executed.runs.map(\.facts), inlineRuns: executed.inlineRuns,
            milliseconds: milliseconds)
    }

    /// Adds up a lesson's own errors, its cells' facts and its inline values.
    public init(lesson: Lesson, cells: [CellFacts], inlineRuns: [InlineRun], milliseconds: Double) {
        self.cells = cells.count
        figures = cells.reduce(0) { $0 + $1.figures }
        expectationsPassed = cells.reduce(0) { $0 + $1.expectationsPassed }
            + inlineRuns.filter { $0.expectation?.passed == true }.count
        expectationsFailed = cells.reduce(0) { $0 + $1.expectationsFailed }
            + inlineRuns.filter { $0.expectation?.passed == false }.count
        errors = lesson.diagnostics.filter { $0.severity == .error }.count + cells.reduce(0) { $0 + $1.errors }
            + inlineRuns.reduce(0) { $0 + $1.errors.count }
        self.milliseconds = milliseconds
    }

    /// A lesson fails on any error that was not expected and on any failed expectation.
    public var failed: Bool {
        errors > 0 || expectationsFailed > 0
    }

    /// The counts without the time, which a page must not contain: "6 cells, 3 figures, 4/4 expectations passed".
    public var counts: String {
        var parts = [Self.count(cells, "cell"), Self.count(figures, "figure")]
        let expectations = expectationsPassed + expectationsFailed
        parts.append(expectations == 0 ? "no expectations" : "\(expectationsPassed)/\(expectations) expectations passed")
        if errors > 0 { parts.append(Self.count(errors, "error")) }
        return parts.joined(separator: ", ")
    }

    /// "gd.md: 6 cells, 3 figures, 4/4 expectations passed, 23 ms → output/gd.html".
    public func line(lesson: String, output: String) -> String {
        let name = URL(fileURLWithPath: lesson).lastPathComponent
        return "\(name): \(counts), \(Int(milliseconds.rounded())) ms → \(output)"
    }

    /// "1 cell", "3 cells".
    public static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
