/// The line being typed at the REPL's prompt and what each key does to it, as readline's common keys do:
/// arrows and Home/End move, Up/Down walk the history (keeping the line being typed to come back to),
/// Ctrl-A/E/B/F/K/U/W as in Emacs. Pure state, so every key is tested without a terminal.
struct LineEditor {
    /// What the editor asks of its caller after a key.
    enum Outcome: Equatable {
        /// Keep reading keys; redraw the line.
        case editing
        /// The line is complete.
        case submit(String)
        /// Ctrl-C: the entry is dropped.
        case cancel
        /// Ctrl-D on an empty line: input has ended.
        case endOfInput
        /// Ctrl-L: clear the screen, then redraw.
        case clearScreen
    }

    private(set) var characters: [Character] = []
    /// Where the next character goes, 0...characters.count.
    private(set) var cursor = 0
    private let history: [String]
    /// Which history entry is shown: `history.count` is the line being typed.
    private var shown: Int
    private var draft: [Character] = []

    init(history: [String]) {
        self.history = history
        shown = history.count
    }

    var text: String { String(characters) }

    mutating func handle(_ key: TerminalKey) -> Outcome {
        switch key {
        case .text(let typed):
            characters.insert(contentsOf: typed, at: cursor)
            cursor += typed.count
        case .enter: return .submit(text)
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .endOfInput:
            if characters.isEmpty { return .endOfInput }
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(cursor - 1, 0)
        case .right: cursor = min(cursor + 1, characters.count)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .wordBack: cursor = wordStart(before: cursor)
        case .killToEnd: characters.removeSubrange(cursor...)
        case .killToStart:
            characters.removeSubrange(..<cursor)
            cursor = 0
        case .killWordBack:
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .up: show(shown - 1)
        case .down: show(shown + 1)
        case .interrupt: return .cancel
        case .clearScreen: return .clearScreen
        case .ignored: break
        }
        return .editing
    }

    /// Shows history entry `index` (or the draft past the last one), cursor at its end.
    private mutating func show(_ index: Int) {
        guard (0...history.count).contains(index), index != shown else { return }
        if shown == history.count { draft = characters }
        shown = index
        characters = index == history.count ? draft : Array(history[index])
        cursor = characters.count
    }

    /// The start of the word before `position`: back over spaces, then over the word's characters.
    private func wordStart(before position: Int) -> Int {
        var index = position
        while index > 0, !isWordCharacter(characters[index - 1]) { index -= 1 }
        while index > 0, isWordCharacter(characters[index - 1]) { index -= 1 }
        return index
    }

    private func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}
