/// A key the REPL's line editor acts on, decoded from the bytes a terminal sends in raw mode.
enum TerminalKey: Equatable {
    case text(String)
    case enter, backspace, delete
    case left, right, home, end, up, down
    case wordBack, killToEnd, killToStart, killWordBack, clearScreen
    /// Ctrl-D: end of input on an empty line, delete under the cursor otherwise.
    case endOfInput
    /// Ctrl-C: drop the entry being typed.
    case interrupt
    /// A sequence the editor ignores (function keys, unknown escapes).
    case ignored

    /// Splits `bytes` into keys. A sequence cut off at the end of `bytes` (a lone ESC, a partial escape, part of
    /// a UTF-8 character) is left unread: `consumed` says how many bytes the keys took.
    static func decode(_ bytes: [UInt8]) -> (keys: [TerminalKey], consumed: Int) {
        var keys: [TerminalKey] = []
        var index = 0
        while index < bytes.count {
            guard let (key, length) = next(bytes, at: index) else { break }
            // Pasted text arrives a character at a time: the text so far grows in place, out of the array.
            if case .text(let added) = key, case .text? = keys.last, case .text(var previous) = keys.removeLast() {
                previous += added
                keys.append(.text(previous))
            } else {
                keys.append(key)
            }
            index += length
        }
        return (keys, index)
    }

    /// The key at `index` and its length in bytes, or nil when the bytes end inside it.
    private static func next(_ bytes: [UInt8], at index: Int) -> (TerminalKey, Int)? {
        let byte = bytes[index]
        switch byte {
        case 0x0D, 0x0A: return (.enter, 1)
        case 0x7F, 0x08: return (.backspace, 1)
        case 0x01: return (.home, 1)
        case 0x05: return (.end, 1)
        case 0x02: return (.left, 1)
        case 0x06: return (.right, 1)
        case 0x10: return (.up, 1)
        case 0x0E: return (.down, 1)
        case 0x0B: return (.killToEnd, 1)
        case 0x15: return (.killToStart, 1)
        case 0x17: return (.killWordBack, 1)
        case 0x0C: return (.clearScreen, 1)
        case 0x04: return (.endOfInput, 1)
        case 0x03: return (.interrupt, 1)
        case 0x1B: return escape(bytes, at: index)
        case 0x09: return (.text("    "), 1)
        case ..<0x20: return (.ignored, 1)
        default: return character(bytes, at: index)
        }
    }

    /// ESC [ A…, ESC O H…, ESC [ 3 ~, ESC b (Alt-b: a word back).
    private static func escape(_ bytes: [UInt8], at index: Int) -> (TerminalKey, Int)? {
        guard index + 1 < bytes.count else { return nil }
        let kind = bytes[index + 1]
        if kind == UInt8(ascii: "b") { return (.wordBack, 2) }
        guard kind == UInt8(ascii: "[") || kind == UInt8(ascii: "O") else { return (.ignored, 2) }
        // Parameters are digits and semicolons; the final byte is in 0x40...0x7E.
        var end = index + 2
        while end < bytes.count, (0x30...0x3F).contains(bytes[end]) { end += 1 }
        guard end < bytes.count else { return nil }
        let parameters = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
        let length = end - index + 1
        switch (bytes[end], parameters) {
        case (UInt8(ascii: "A"), _): return (.up, length)
        case (UInt8(ascii: "B"), _): return (.down, length)
        case (UInt8(ascii: "C"), _): return (.right, length)
        case (UInt8(ascii: "D"), _): return (.left, length)
        case (UInt8(ascii: "H"), _): return (.home, length)
        case (UInt8(ascii: "F"), _): return (.end, length)
        case (UInt8(ascii: "~"), "1"), (UInt8(ascii: "~"), "7"): return (.home, length)
        case (UInt8(ascii: "~"), "4"), (UInt8(ascii: "~"), "8"): return (.end, length)
        case (UInt8(ascii: "~"), "3"): return (.delete, length)
        default: return (.ignored, length)
        }
    }

    /// One UTF-8 encoded character; an invalid byte is ignored rather than written.
    private static func character(_ bytes: [UInt8], at index: Int) -> (TerminalKey, Int)? {
        let byte = bytes[index]
        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 0
        guard length > 0 else { return (.ignored, 1) }
        guard index + length <= bytes.count else { return nil }
        guard let text = String(validating: bytes[index..<(index + length)], as: UTF8.self) else { return (.ignored, 1) }
        return (.text(text), length)
    }
}
