import Foundation
import Language

extension HTMLRenderer {
    /// The most characters of a computed value written beside its line; a longer one ends in `…`.
    static let shownValueLength = 160

    /// The marks at the end of a `//=>` line. A passed expectation gets a tick, and the value computed,
    /// in words on the page, wherever it prints other than the line states it (`//=> 0.88` computed
    /// 0.8807970779778823); a failed one a cross with the value it got.
    static func mark(_ expectations: [ExpectationResult]) -> String {
        expectations.map { expectation in
            let actual = HTMLEscape.text(Self.clipped(expectation.actual))
            guard expectation.passed else { return " <span class=\"check fail\">✗ got \(actual)</span>" }
            if Self.statesExactly(Self.statedValue(expectation.expected), expectation.actual) {
                return " <span class=\"check pass\">✓<span class=\"visually-hidden\"> holds</span></span>"
            }
            return " <span class=\"check pass\">✓<span class=\"visually-hidden\"> holds;</span> "
                + "<span class=\"computed\">computed \(actual)</span></span>"
        }.joined()
    }

    /// Whether the line states exactly the computed value, if not in the same spelling: `19` for 19.0,
    /// `[1, 0.5]` for [1.0, 0.5], `1e-3` for 0.001. Then the page has nothing to add beside the tick.
    static func statesExactly(_ stated: String, _ actual: String) -> Bool {
        if stated == actual { return true }
        guard let a = numbers(stated), let b = numbers(actual) else { return false }
        return a == b
    }

    /// The numbers of a number or a flat list of them (`[1, 2.5]`, `(1, 2)`); nil for anything else.
    private static func numbers(_ text: String) -> [Double]? {
        var body = Substring(text)
        if let first = body.first, let last = body.last, (first, last) == ("[", "]") || (first, last) == ("(", ")") {
            body = body.dropFirst().dropLast()
        }
        var values: [Double] = []
        for part in body.split(separator: ",", omittingEmptySubsequences: false) {
            guard let value = Double(part.trimmingCharacters(in: .whitespaces)), value.isFinite else { return nil }
            values.append(value)
        }
        return values
    }

    /// The stated value without its tolerance: `0.5 ± 1e-9` → `0.5`.
    static func statedValue(_ expected: String) -> String {
        let value = expected.split(separator: "±", maxSplits: 1).first.map(String.init) ?? expected
        return value.trimmingBlanks()
    }

    static func clipped(_ text: String) -> String {
        text.count > shownValueLength ? String(text.prefix(shownValueLength)) + "…" : text
    }
}
