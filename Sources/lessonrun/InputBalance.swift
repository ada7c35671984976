/// Whether REPL input is complete: a line ending with a `(`, `[` or `{` still open continues on the next one.
/// Brackets inside string literals and `//` comments do not count.
enum InputBalance {
    static func isOpen(_ source: String) -> Bool {
        var depth = 0
        var inString = false, escaped = false, inComment = false
        var previous: Character = " "
        for character in source {
            defer { previous = character }
            if inComment {
                if character == "\n" { inComment = false }
                continue
            }
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" {
                    inString = false
                }
                continue
            }
            switch character {
            case "\"": inString = true
            case "/" where previous == "/": inComment = true
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            default: break
            }
        }
        return depth > 0
    }
}
