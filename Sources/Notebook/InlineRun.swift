import Foundation
import Language

/// An inline cell after running: the value it computed, the check of the stated value, and any error.
public struct InlineRun: Sendable, Hashable {
    public var cell: InlineCell
    /// The display of the computed value (`0.8807970779778823`, `"text"`); nil when there is none.
    public var display: String?
    /// The comparison with the stated value, placed at the stated value; nil when nothing is stated.
    public var expectation: ExpectationResult?
    /// The language's errors, and the notebook's (code that has no value).
    public var diagnostics: [Diagnostic]
    public var milliseconds: Double

    public init(
        cell: InlineCell, display: String?, expectation: ExpectationResult?, diagnostics: [Diagnostic],
        milliseconds: Double
    ) {
        self.cell = cell
        self.display = display
        self.expectation = expectation
        self.diagnostics = diagnostics
        self.milliseconds = milliseconds
    }

    public var errors: [Diagnostic] {
        diagnostics.filter { $0.severity == .error }
    }

    /// An error, or a stated value that does not hold.
    public var failed: Bool {
        !errors.isEmpty || expectation?.passed == false
    }

    /// The text written into the sentence: a value that holds is shown with the digits the sentence states
    /// (`0.88`), one that does not in full, so the reader sees the computed truth; strings without quotes.
    public var shown: String {
        guard let display else { return cell.expression }
        if let expectation, expectation.passed, let stated = cell.stated,
           let rounded = Self.rounded(display, like: stated) {
            return rounded
        }
        if display.count >= 2, display.hasPrefix("\""), display.hasSuffix("\""), !display.dropFirst().contains("\\") {
            return String(display.dropFirst().dropLast())
        }
        return display
    }

    /// What the author should read on the terminal: errors, and a stated value that does not hold.
    public func findings(in lesson: Lesson) -> [Diagnostic] {
        diagnostics + (expectation.flatMap { $0.passed ? nil : $0.diagnostic(in: lesson) }.map { [$0] } ?? [])
    }

    /// `display` with as many decimals as `stated` has (`0.8807…` like `0.88` → `0.88`); nil unless both are
    /// plain decimal numbers.
    static func rounded(_ display: String, like stated: String) -> String? {
        let written = stated.split(whereSeparator: { $0 == "±" || $0 == " " }).first.map(String.init) ?? stated
        guard let value = Double(display), value.isFinite, Double(written) != nil,
              !written.lowercased().contains("e"), !display.lowercased().contains("e")
        else { return nil }
        let decimals = written.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
        let text = String(format: "%.\(decimals)f", value)
        return Double(text) == 0 && text.hasPrefix("-") ? String(text.dropFirst()) : text
    }
}
