/// Text cut out of the source before cmark sees it: a formula, or an author's own U+E000, which could
/// otherwise pass for the start of a placeholder.
struct ProtectedSpan {
    /// The formula, or nil for a protected U+E000.
    let math: MathSpan?
    /// The file text exactly, put back where math means nothing (code, raw HTML, URLs).
    let source: String
}

/// The text handed to cmark, with what is needed to read cmark's answer in terms of the original file.
struct ProtectedSource {
    let original: SourceText
    /// Front matter cut, math replaced by placeholders.
    let text: SourceText
    let spans: [ProtectedSpan]
    let offsets: OffsetMap

    /// The original position of cmark's 1-based line and byte column. cmark ends some blocks (lists, code
    /// followed by a blank line) at column 0 of the next line; that becomes the previous line's last character.
    func position(line: Int, column: Int) -> SourcePosition {
        if column < 1, line > 1, text.contentEnd(ofLine: line - 1) > text.start(ofLine: line - 1) {
            return original.position(of: offsets.original(text.contentEnd(ofLine: line - 1) - 1))
        }
        return original.position(of: offsets.original(text.start(ofLine: line) + max(column, 1) - 1))
    }

    /// The original line of cmark's line `line`.
    func originalLine(_ line: Int) -> Int {
        original.line(containing: offsets.original(text.start(ofLine: line)))
    }

    /// cmark's line `line` from byte column `column` on, as cmark saw it.
    func rest(ofLine line: Int, fromColumn column: Int) -> ArraySlice<UInt8> {
        let content = text.content(ofLine: line)
        return content[min(content.startIndex + max(column, 1) - 1, content.endIndex)...]
    }

    /// Prose text from cmark, with each placeholder turned back into its formula (or its text).
    func inlines(inText literal: String) -> [Inline] {
        Placeholder.split(literal, count: spans.count).map { piece in
            switch piece {
            case .text(let text): .text(text)
            case .placeholder(let index): spans[index].math.map(Inline.math) ?? .text(spans[index].source)
            }
        }
    }

    /// Text where math is not math (code, raw HTML), with each placeholder put back as written. In a link's
    /// destination or title, cmark would have resolved the backslash escapes of what the placeholder hid
    /// (`[link](\(foo\))` goes to `(foo)`), so `resolvingEscapes` resolves them.
    func restoringMath(in literal: String, resolvingEscapes: Bool = false) -> String {
        Placeholder.split(literal, count: spans.count).map { piece in
            switch piece {
            case .text(let text): text
            case .placeholder(let index): resolvingEscapes ? Self.unescaped(spans[index].source) : spans[index].source
            }
        }.joined()
    }

    /// CommonMark's backslash escapes resolved: a backslash before ASCII punctuation is dropped.
    static func unescaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\\", let next = scalars.first, next.isASCII, ASCII.isPunctuation(UInt8(next.value)) {
                out.append(next)
                scalars.removeFirst()
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
