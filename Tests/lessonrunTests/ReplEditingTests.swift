import Foundation
import Testing

@testable import lessonrun

/// The REPL's line editing: keys decoded from a terminal's bytes, what each does to the line, the history, and
/// the whole REPL typed at on a pseudo-terminal.
@Suite("REPL line editing")
struct ReplEditingTests {
    private func edit(_ bytes: String, history: [String] = []) -> (LineEditor, [LineEditor.Outcome]) {
        var editor = LineEditor(history: history)
        let outcomes = TerminalKey.decode(Array(bytes.utf8)).keys.map { editor.handle($0) }
        return (editor, outcomes)
    }

    @Test func keysAreDecodedFromEscapeSequencesAndControlBytes() {
        let decoded = TerminalKey.decode(Array("ab\u{1B}[D\u{1B}[3~\u{1B}OH\u{01}\u{1B}[1;5C\r".utf8))
        #expect(decoded.keys == [.text("ab"), .left, .delete, .home, .home, .right, .enter])
        #expect(decoded.consumed == 20)
        let cut = TerminalKey.decode(Array("x\u{1B}[".utf8))
        #expect(cut.keys == [.text("x")] && cut.consumed == 1, "a sequence cut off waits for the next read")
        let accent = Array("é".utf8)
        #expect(TerminalKey.decode([accent[0]]).consumed == 0)
        #expect(TerminalKey.decode(accent).keys == [.text("é")])
    }

    @Test func cursorMovesAndTheLineIsEditedWhereItIs() {
        #expect(edit("let y = 2\u{1B}[D\u{1B}[D\u{1B}[D\u{1B}[D\u{7F}x").0.text == "let x = 2")
        #expect(edit("abc\u{01}\u{1B}[3~X\u{05}!").0.text == "Xbc!")
        #expect(edit("one two three\u{17}").0.text == "one two ")
        #expect(edit("one two\u{01}\u{06}\u{06}\u{0B}").0.text == "on")
        #expect(edit("one two\u{02}\u{02}\u{15}").0.text == "wo")
        #expect(edit("sum(xs)\u{1B}b!").0.text == "sum(!xs)")
        #expect(edit("sum(xs)\u{1B}b\u{1B}b!").0.text == "!sum(xs)")
    }

    @Test func enterSubmitsCtrlCCancelsCtrlDEndsOnlyAnEmptyLine() {
        #expect(edit("2 + 2\r").1.last == .submit("2 + 2"))
        #expect(edit("2 +\u{03}").1.last == .cancel)
        #expect(edit("\u{04}").1 == [.endOfInput])
        let (editor, outcomes) = edit("ab\u{01}\u{04}")
        #expect(editor.text == "b" && outcomes.last == .editing, "Ctrl-D deletes under the cursor")
    }

    @Test func upAndDownWalkTheHistoryAndComeBackToTheLineBeingTyped() {
        let history = ["let a = 1", "a * 2"]
        #expect(edit("\u{1B}[A", history: history).0.text == "a * 2")
        #expect(edit("\u{1B}[A\u{1B}[A\u{1B}[A", history: history).0.text == "let a = 1", "the oldest stays")
        #expect(edit("draft\u{1B}[A\u{1B}[A\u{1B}[B\u{1B}[B", history: history).0.text == "draft")
        #expect(edit("\u{1B}[A!", history: history).0.text == "a * 2!")
    }

    @Test func historyIsKeptInItsFileWithoutBlanksOrRepeats() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        var history = LineHistory(file: file)
        for line in ["x = 1", "x = 1", "  ", "x + 1"] { history.add(line) }
        #expect(history.entries == ["x = 1", "x + 1"])
        #expect(LineHistory(file: file).entries == ["x = 1", "x + 1"], "read back by the next session")
        #expect(LineHistory(file: nil).entries.isEmpty)
    }

    @Test func theReplOnATerminalEditsRecallsAndCancels() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let terminal = try PseudoTerminal(["repl"], environment: ["TERM": "xterm", "LESSONRUN_HISTORY": file])
        #expect(terminal.wait(for: "nn> "))
        terminal.type("let x = 20\r")
        #expect(terminal.wait(for: "nn> ", after: "let x = 20"))
        terminal.type("x + 1\u{1B}[D\u{1B}[3~2\r")
        #expect(terminal.wait(for: "nn> ", after: "22\r\n"), "x + 2 after moving left and replacing: \(terminal.screen)")
        terminal.type("\u{1B}[A\u{7F}3\r")
        #expect(terminal.wait(for: "nn> ", after: "23\r\n"), "the last line recalled and edited: \(terminal.screen)")
        terminal.type("x + (\u{03}")
        #expect(terminal.wait(for: "nn> ", after: "^C"))
        terminal.type("x\r")
        #expect(terminal.wait(for: "nn> ", after: "20\r\n"), "a cancelled entry leaves no open bracket: \(terminal.screen)")
        terminal.type("\u{04}")
        #expect(terminal.exitStatus() == 0)
        #expect(LineHistory(file: file).entries == ["let x = 20", "x + 2", "x + 3", "x"])
    }
}
