import Foundation
import Language

extension ExpectationResult {
    /// A failed expectation as an error finding, so it prints and renders like every other error.
    /// `sourceLine` is the line the expectation is on, quoted under the message.
    public func diagnostic(sourceLine: String) -> Diagnostic {
        .notebook(
            "expected \(expected)\(toleranceText), got \(actual)", at: location, sourceLine: sourceLine,
            length: claimLength(in: sourceLine))
    }

    /// The finding for an expectation of `lesson`.
    public func diagnostic(in lesson: Lesson) -> Diagnostic {
        diagnostic(sourceLine: lesson.sourceLine(location.line))
    }

    private var toleranceText: String {
        tolerance.flatMap { $0 > 0 ? String(format: " ± %g", $0) : nil } ?? ""
    }

    /// The caret spans the checked expression: from its column up to the `//=>` marker.
    private func claimLength(in line: String) -> Int {
        let characters = Array(line)
        let start = min(max(location.column - 1, 0), characters.count)
        let rest = String(characters[start...])
        let claim = rest.range(of: "//=>").map { String(rest[..<$0.lowerBound]) } ?? rest
        return max(claim.trimmingBlanks().count, 1)
    }
}
