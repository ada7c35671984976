import Foundation
import Language

extension ExpectationResult {
    /// A failed expectation as an error finding, so it prints and renders like every other error.
    /// `sourceLine` is the line the expectation is on, quoted under the message; the caret spans the value.
    public func diagnostic(sourceLine: String) -> Diagnostic {
        .notebook(failureMessage, at: location, sourceLine: sourceLine, length: Accept.valuePart(of: expected).count)
    }

    /// The finding for an expectation of `lesson`.
    public func diagnostic(in lesson: Lesson) -> Diagnostic {
        diagnostic(sourceLine: lesson.sourceLine(location.line))
    }

    /// "expected 0.5 ± 0.05, got 0.6666666666666666 (absolute error 0.167, relative error 33.3%)".
    public var failureMessage: String {
        let stated = Accept.valuePart(of: expected)
        let bound = tolerance.flatMap { $0 > 0 ? " ± " + Self.short($0) : nil } ?? ""
        var message = "expected \(stated)\(bound), got \(actual)"
        if let error {
            message += " (absolute error \(Self.short(error))"
                + (relativeError.map { ", relative error \(Self.short($0 * 100))%" } ?? "") + ")"
        }
        return message
    }

    /// The absolute error relative to the stated number, when one number was stated and it is not zero.
    public var relativeError: Double? {
        guard let error, let stated = Double(Accept.valuePart(of: expected).replacingOccurrences(of: "_", with: "")),
              stated != 0
        else { return nil }
        return error / abs(stated)
    }

    /// Three significant digits: `0.0667`, `1.85`, `2.5e-07`.
    static func short(_ value: Double) -> String {
        String(format: "%.3g", value)
    }
}
