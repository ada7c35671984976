import Testing

@testable import Language

/// Lesson text echoed on a terminal shows its control characters instead of sending them.
@Suite("Terminal text")
struct TerminalTextTests {
    @Test func controlCharactersBecomeVisibleEscapes() {
        #expect(TerminalText.visible("a\u{1B}[2Jb") == "a\\u{1B}[2Jb")
        #expect(TerminalText.visible("x\ry\u{7F}\u{9B}") == "x\\u{D}y\\u{7F}\\u{9B}")
        #expect(TerminalText.visible("safe\u{202E}txt") == "safe\\u{202E}txt")
        #expect(TerminalText.visible("two\nlines\tand tab") == "two\nlines\tand tab")
        #expect(TerminalText.visible("one\nline", singleLine: true) == "one\\u{A}line")
        #expect(TerminalText.visible("plain π text") == "plain π text")
    }

    @Test func onlyThePrintersOwnColoursPass() {
        let painted = "\u{1B}[1;31merror:\u{1B}[0m \u{1B}[2J"
        #expect(TerminalText.visible(painted, keepingColors: true) == "\u{1B}[1;31merror:\u{1B}[0m \\u{1B}[2J")
    }

    @Test func diagnosticsEscapeMessagesAndKeepTheCaretUnderItsColumn() {
        let line = "let s = \"\u{1B}[2J\" + t"
        let diagnostic = Diagnostic(
            severity: .error, message: "unknown name `t`\u{1B}[H", location: SourceLocation(file: "a\u{7}.md", line: 1, column: 18),
            sourceLine: line)
        let printed = DiagnosticPrinter.format(diagnostic)
        #expect(!printed.unicodeScalars.contains("\u{1B}"))
        #expect(!printed.unicodeScalars.contains("\u{7}"))
        let lines = printed.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "a\\u{7}.md:1:18: error: unknown name `t`\\u{1B}[H")
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        // The name `t` is the line's last character.
        let target = lines[1].lastIndex(of: "t").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
        #expect(caret == target)
    }
}
