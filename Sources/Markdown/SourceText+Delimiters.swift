/// Where math delimiters, code spans and autolinks end. Every search stops where the paragraph ends, as
/// cmark's inline constructs do.
extension SourceText {
    /// Past the `\)` or `\]` that closes the `\(` or `\[` at `start`.
    func endOfBracketMath(at start: Int, closing: UInt8) -> Int? {
        endOfMath(from: start + 2) { index in
            bytes[index] == ASCII.backslash && byte(at: index + 1) == closing ? index + 2 : nil
        }
    }

    /// Past the `$$` that closes the `$$` at `start`; the formula may not be empty.
    func endOfDisplayDollars(at start: Int) -> Int? {
        endOfMath(from: start + 2) { index in
            index > start + 2 && bytes[index] == ASCII.dollar && byte(at: index + 1) == ASCII.dollar ? index + 2 : nil
        }
    }

    /// Past the `$` that closes the `$` at `start`, by pandoc's rules: a non-space right after the opening
    /// `$`, a non-space right before the closing one, and no digit right after it ("$5 and $10" is money).
    func endOfInlineDollar(at start: Int) -> Int? {
        guard let first = byte(at: start + 1), !ASCII.isWhitespace(first) else { return nil }
        return endOfMath(from: start + 1) { index in
            guard bytes[index] == ASCII.dollar, !ASCII.isWhitespace(bytes[index - 1]) else { return nil }
            return byte(at: index + 1).map(ASCII.isDigit) == true ? nil : index + 1
        }
    }

    /// The name in `\begin{name}` (or `\end{name}`, with `command` "end") when one starts at `start`.
    func environmentName(at start: Int, after command: String) -> String? {
        let opening = Array("\\\(command){".utf8)
        guard bytes[start...].starts(with: opening) else { return nil }
        var index = start + opening.count
        while let byte = byte(at: index), ASCII.isLetter(byte) || byte == UInt8(ascii: "*") { index += 1 }
        guard index > start + opening.count, byte(at: index) == UInt8(ascii: "}") else { return nil }
        return string(start + opening.count..<index)
    }

    /// Past the `\end{name}` that closes the `\begin{name}` at `start`, counting nested environments of the
    /// same name.
    func endOfEnvironment(named name: String, at start: Int) -> Int? {
        var depth = 0
        return endOfMath(from: start) { index in
            if environmentName(at: index, after: "begin") == name { depth += 1 }
            guard environmentName(at: index, after: "end") == name else { return nil }
            depth -= 1
            return depth == 0 ? index + name.utf8.count + 6 : nil
        }
    }

    /// Past the code span opened by the backtick run at `start` (closed by a run of the same length), or
    /// past the opening run alone when nothing closes it and the backticks are literal.
    func endOfCodeSpan(at start: Int) -> Int {
        let length = backtickRun(at: start)
        var index = start + length
        while index < bytes.count {
            if bytes[index] == ASCII.backtick {
                let run = backtickRun(at: index)
                if run == length { return index + run }
                index += run
            } else if ASCII.isLineBreak(bytes[index]) && endsParagraph(at: index) {
                break
            } else {
                index += 1
            }
        }
        return start + length
    }

    /// Past a URI autolink such as `<https://x.org/$a$>` at `start`, whose text is no place for math.
    func endOfAutolink(at start: Int) -> Int? {
        var index = start + 1
        while let byte = byte(at: index), ASCII.isLetter(byte) || (index > start + 1 && isSchemeCharacter(byte)) {
            index += 1
        }
        guard (2...32).contains(index - start - 1), byte(at: index) == UInt8(ascii: ":") else { return nil }
        index += 1
        while let byte = byte(at: index), byte > ASCII.space, byte != ASCII.lessThan, byte != ASCII.greaterThan {
            index += 1
        }
        return byte(at: index) == ASCII.greaterThan ? index + 1 : nil
    }

    /// Whether the line break at `index` ends the paragraph: the next line is blank (or only `>` markers),
    /// or opens an ATX heading or a code fence, which interrupt a paragraph.
    func endsParagraph(at index: Int) -> Bool {
        var next = index + 1
        if bytes[index] == ASCII.carriageReturn, byte(at: next) == ASCII.newline { next += 1 }
        var end = next
        while let byte = byte(at: end), !ASCII.isLineBreak(byte) { end += 1 }
        let line = bytes[next..<end]
        let content = line[CodeFence.contentStart(of: line).index...]
        return content.isEmpty || CodeFence(content) != nil || isATXHeading(content)
    }

    private func isATXHeading(_ line: ArraySlice<UInt8>) -> Bool {
        let hashes = line.prefix { $0 == UInt8(ascii: "#") }.count
        return (1...6).contains(hashes) && line.dropFirst(hashes).first.map(ASCII.isBlank) != false
    }

    func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Scans for a closing delimiter: `closer` gives the end when one starts at an index. A backslash and
    /// the character after it are passed over together, so `\$` never closes a formula; so is a code span,
    /// which binds tighter than math as it does than emphasis (`$5 or `$PATH`` holds no formula).
    private func endOfMath(from start: Int, closer: (Int) -> Int?) -> Int? {
        var index = start
        while index < bytes.count {
            if let end = closer(index) { return end }
            switch bytes[index] {
            case ASCII.newline, ASCII.carriageReturn:
                if endsParagraph(at: index) { return nil }
                index += 1
            case ASCII.backtick:
                index = endOfCodeSpan(at: index)
            case ASCII.backslash:
                index += byte(at: index + 1).map(ASCII.isLineBreak) == false ? 2 : 1
            default:
                index += 1
            }
        }
        return nil
    }

    private func backtickRun(at start: Int) -> Int {
        var index = start
        while byte(at: index) == ASCII.backtick { index += 1 }
        return index - start
    }

    private func isSchemeCharacter(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || ASCII.isDigit(byte) || "+.-".utf8.contains(byte)
    }
}
