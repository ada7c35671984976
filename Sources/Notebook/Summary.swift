import Foundation

/// The counts a run reports in one line: cells, figures, expectations, errors and time.
public struct Summary: Sendable, Hashable {
    public var cells: Int
    public var figures: Int
    public var expectationsPassed: Int
    public var expectationsFailed: Int
    public var errors: Int
    public var milliseconds: Double

    public init(_ executed: ExecutedLesson, milliseconds: Double) {
        cells = executed.runs.count
        figures = executed.runs.reduce(0) { $0 + $1.figures.count }
        expectationsPassed = executed.runs.reduce(0) { $0 + $1.passedExpectations.count }
        expectationsFailed = executed.runs.reduce(0) { $0 + $1.failedExpectations.count }
        errors = executed.errors.count
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

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
