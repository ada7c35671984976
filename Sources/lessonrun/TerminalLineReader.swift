import Foundation

/// Reads the REPL's lines from a terminal with editing and history: the terminal is in raw mode only while a
/// line is typed, so an entry's own output and Ctrl-C while it runs behave as usual.
final class TerminalLineReader {
    /// What one prompt produced.
    enum Line: Equatable {
        case line(String)
        /// Ctrl-C: the entry being typed is dropped.
        case cancelled
        case end
    }

    private let input: Int32
    private var original = termios()
    private var pending: [UInt8] = []
    private var history: LineHistory

    /// Nil when `input` is not a terminal whose mode can be changed.
    init?(input: Int32, history: LineHistory) {
        guard tcgetattr(input, &original) == 0 else { return nil }
        self.input = input
        self.history = history
    }

    func read(prompt: String) -> Line {
        var raw = original
        cfmakeraw(&raw)
        raw.c_oflag |= tcflag_t(OPOST)  // keep "\n" → "\r\n" for anything written while the line is typed
        guard tcsetattr(input, TCSADRAIN, &raw) == 0 else { return plainRead(prompt: prompt) }
        defer { _ = tcsetattr(input, TCSADRAIN, &original) }
        var editor = LineEditor(history: history.entries)
        draw(prompt, editor)
        while true {
            let (keys, consumed) = TerminalKey.decode(pending)
            pending.removeFirst(consumed)
            for key in keys {
                switch editor.handle(key) {
                case .editing: draw(prompt, editor)
                case .clearScreen:
                    write("\u{1B}[H\u{1B}[2J")
                    draw(prompt, editor)
                case .submit(let line):
                    write("\n")
                    history.add(line)
                    return .line(line)
                case .cancel:
                    write("^C\n")
                    return .cancelled
                case .endOfInput:
                    return .end
                }
            }
            var buffer = [UInt8](repeating: 0, count: 256)
            let count = Foundation.read(input, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return pending.isEmpty && editor.text.isEmpty ? .end : .line(editor.text) }
            pending += buffer[..<count]
        }
    }

    /// Redraws the prompt and line, then puts the cursor back where the editor has it. Every character is
    /// taken as one column wide.
    private func draw(_ prompt: String, _ editor: LineEditor) {
        var text = "\r" + prompt + editor.text + "\u{1B}[K"
        let back = editor.characters.count - editor.cursor
        if back > 0 { text += "\u{1B}[\(back)D" }
        write(text)
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// When the terminal refuses raw mode, a plain line, as without a terminal.
    private func plainRead(prompt: String) -> Line {
        write(prompt)
        guard let line = readLine(strippingNewline: true) else { return .end }
        history.add(line)
        return .line(line)
    }
}
