/// The small text rules of snapshot files: comparing lines whose numbers may differ within a
/// tolerance while everything else must match exactly.
enum SnapshotText {
    /// A piece of a line: a number, or the text between numbers.
    enum Token: Equatable {
        case number(Double, String)
        case text(String)
    }

    static func tokens(_ line: String) -> [Token] {
        let characters = Array(line)
        var tokens: [Token] = []
        var text = ""
        var i = 0
        while i < characters.count {
            if let end = numberEnd(characters, from: i), let value = Double(String(characters[i..<end])) {
                if !text.isEmpty { tokens.append(.text(text)) }
                text = ""
                tokens.append(.number(value, String(characters[i..<end])))
                i = end
            } else {
                text.append(characters[i])
                i += 1
            }
        }
        if !text.isEmpty { tokens.append(.text(text)) }
        return tokens
    }

    /// The end of a decimal number starting at `start` (not inside a word), or nil.
    private static func numberEnd(_ c: [Character], from start: Int) -> Int? {
        if start > 0, c[start - 1].isLetter || c[start - 1].isNumber || c[start - 1] == "_" || c[start - 1] == "." {
            return nil
        }
        var i = start
        if i < c.count, c[i] == "-" || c[i] == "+" { i += 1 }
        let digitsStart = i
        while i < c.count, c[i].isASCII, c[i].isNumber { i += 1 }
        if i < c.count, c[i] == "." {
            i += 1
            while i < c.count, c[i].isASCII, c[i].isNumber { i += 1 }
        }
        guard i > digitsStart, c[digitsStart...].first != "." || i > digitsStart + 1 else { return nil }
        if i < c.count, c[i] == "e" || c[i] == "E" {
            var j = i + 1
            if j < c.count, c[j] == "-" || c[j] == "+" { j += 1 }
            let exponentStart = j
            while j < c.count, c[j].isASCII, c[j].isNumber { j += 1 }
            if j > exponentStart { i = j }
        }
        if i < c.count, c[i].isLetter || c[i] == "_" { return nil }
        return i
    }

    /// How two numbers may differ: the absolute `tolerance` when the lesson or cell states one, else one part
    /// in 10⁹ of the larger (with a floor near zero).
    struct Tolerance {
        var absolute: Double?

        func holds(_ a: Double, _ b: Double) -> Bool {
            if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
            if a.isInfinite || b.isInfinite { return a == b }
            let bound = absolute ?? max(1e-12, 1e-9 * max(abs(a), abs(b)))
            return abs(a - b) <= bound
        }
    }

    /// Nil when the lines match; otherwise the first recorded and current numbers or text that differ.
    static func difference(_ recorded: String, _ current: String, tolerance: Tolerance) -> (String, String)? {
        // Most lines are unchanged; equal text has equal numbers, so it needs no tokens.
        if recorded == current { return nil }
        let old = tokens(recorded), new = tokens(current)
        guard old.count == new.count else { return (recorded, current) }
        for (a, b) in zip(old, new) {
            switch (a, b) {
            case (.number(let x, let xText), .number(let y, let yText)):
                if !tolerance.holds(x, y) { return (xText, yText) }
            case (.text(let x), .text(let y)):
                if x != y { return (recorded, current) }
            default:
                return (recorded, current)
            }
        }
        return nil
    }
}
