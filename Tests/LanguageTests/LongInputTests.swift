import Testing

@testable import Language

/// A 200 000-character name once took 6 s to suggest against and was echoed whole.
@Suite("Long names in messages")
struct LongInputTests {
    @Test func hugeNamesGetNoSuggestionAndReturnAtOnce() {
        let name = String(repeating: "x", count: 200_000)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(Suggestion.nearest(to: name, in: ["gradient", "xx", "print"]) == nil)
        #expect(start.duration(to: clock.now) < .seconds(1))
        #expect(Suggestion.nearest(to: "gardient", in: ["gradient", "print"]) == "gradient")
    }

    @Test func printedMessagesAreCutInTheMiddle() {
        let name = String(repeating: "y", count: 10_000)
        let diagnostic = Diagnostic(
            severity: .error, message: "unknown name `\(name)`", location: SourceLocation(file: "a.nn", line: 1, column: 1),
            sourceLine: name)
        let head = DiagnosticPrinter.format(diagnostic).split(separator: "\n")[0]
        #expect(head.count < DiagnosticPrinter.maximumMessageLength + 100)
        #expect(head.contains("characters left out"))
        #expect(head.hasSuffix("yyy`"))
    }
}
