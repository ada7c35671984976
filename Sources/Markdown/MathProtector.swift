/// Replaces TeX math with placeholders before cmark sees the text, so cmark cannot read `\\`, `\{`, `*` or
/// `_` inside a formula as Markdown. Besides the four delimiters, a bare `\begin{aligned}…\end{aligned}`
/// (any display environment of `displayEnvironments`) is display math, as pandoc reads it. Fenced code, code
/// spans and autolinks are passed over; `\$` stays a literal dollar. An author's own U+E000 is protected as
/// well, so every placeholder cmark returns is ours.
struct MathProtector {
    /// The environments that are math on their own, without `$$` around them.
    static let displayEnvironments: Set<String> = [
        "equation", "equation*", "align", "align*", "aligned", "alignat", "alignat*", "flalign", "gather",
        "gather*", "gathered", "multline", "multline*", "split", "matrix", "pmatrix", "bmatrix", "Bmatrix",
        "vmatrix", "Vmatrix", "cases", "array",
    ]

    private let source: SourceText
    private var output: [UInt8] = []
    private var offsets: OffsetMap
    private var spans: [ProtectedSpan] = []
    private var copiedUpTo: Int

    /// Protects the body of `source` that starts at byte `bodyStart` (after any front matter).
    static func protect(_ source: SourceText, from bodyStart: Int) -> ProtectedSource {
        var protector = MathProtector(source: source, bodyStart: bodyStart)
        protector.scan(from: bodyStart)
        protector.copy(upTo: source.bytes.count)
        return ProtectedSource(original: source, text: SourceText(bytes: protector.output),
                               spans: protector.spans, offsets: protector.offsets)
    }

    private init(source: SourceText, bodyStart: Int) {
        self.source = source
        offsets = OffsetMap(bodyStart: bodyStart)
        copiedUpTo = bodyStart
    }

    private mutating func scan(from bodyStart: Int) {
        var index = bodyStart
        var fence: CodeFence?
        while index < source.bytes.count {
            if index == bodyStart || isLineStart(index) {
                let line = source.line(containing: index)
                let content = source.content(ofLine: line)
                let rest = content[CodeFence.contentStart(of: content).index...]
                let nextLine = line < source.lineCount ? source.start(ofLine: line + 1) : source.bytes.count
                if let open = fence {
                    if open.isClosed(by: rest) { fence = nil }
                    index = nextLine
                    continue
                }
                if let opened = CodeFence(rest) {
                    fence = opened
                    index = nextLine
                    continue
                }
            }
            index = step(at: index)
        }
    }

    private func isLineStart(_ index: Int) -> Bool {
        let previous = source.bytes[index - 1]
        return previous == ASCII.newline || (previous == ASCII.carriageReturn && source.bytes[index] != ASCII.newline)
    }

    /// Handles the construct starting at `index` and returns where scanning goes on.
    private mutating func step(at index: Int) -> Int {
        switch source.bytes[index] {
        case ASCII.backslash: backslash(at: index)
        case ASCII.dollar: dollar(at: index)
        case ASCII.backtick: source.endOfCodeSpan(at: index)
        case ASCII.lessThan: source.endOfAutolink(at: index) ?? index + 1
        case Placeholder.openBytes[0] where source.bytes[index...].starts(with: Placeholder.openBytes):
            protect(index..<index + Placeholder.openBytes.count, as: nil)
        default: index + 1
        }
    }

    private mutating func backslash(at index: Int) -> Int {
        let next = source.byte(at: index + 1)
        if next == UInt8(ascii: "("), let end = source.endOfBracketMath(at: index, closing: UInt8(ascii: ")")) {
            return protect(index..<end, delimiterLength: 2, display: false)
        }
        if next == UInt8(ascii: "["), let end = source.endOfBracketMath(at: index, closing: UInt8(ascii: "]")) {
            return protect(index..<end, delimiterLength: 2, display: true)
        }
        if let name = source.environmentName(at: index, after: "begin"), Self.displayEnvironments.contains(name),
           let end = source.endOfEnvironment(named: name, at: index) {
            return protect(index..<end, delimiterLength: 0, display: true)
        }
        return next.map(ASCII.isPunctuation) == true ? index + 2 : index + 1
    }

    private mutating func dollar(at index: Int) -> Int {
        if source.byte(at: index + 1) == ASCII.dollar {
            guard let end = source.endOfDisplayDollars(at: index) else { return index + 2 }
            return protect(index..<end, delimiterLength: 2, display: true)
        }
        guard let end = source.endOfInlineDollar(at: index) else { return index + 1 }
        return protect(index..<end, delimiterLength: 1, display: false)
    }

    /// Replaces the formula at `range` (delimiters included) by a placeholder; returns its end.
    private mutating func protect(_ range: Range<Int>, delimiterLength: Int, display: Bool) -> Int {
        let tex = source.tex(in: range.lowerBound + delimiterLength..<range.upperBound - delimiterLength)
        return protect(range, as: MathSpan(tex: tex, display: display, position: source.position(of: range.lowerBound)))
    }

    private mutating func protect(_ range: Range<Int>, as math: MathSpan?) -> Int {
        copy(upTo: range.lowerBound)
        spans.append(ProtectedSpan(math: math, source: source.string(range)))
        let placeholder = Placeholder.bytes(for: spans.count - 1)
        offsets.appendPlaceholder(protectedStart: output.count, length: placeholder.count, original: range)
        output += placeholder
        copiedUpTo = range.upperBound
        return range.upperBound
    }

    private mutating func copy(upTo end: Int) {
        guard end > copiedUpTo else { return }
        offsets.appendVerbatim(protectedStart: output.count, originalStart: copiedUpTo)
        output += source.bytes[copiedUpTo..<end]
        copiedUpTo = end
    }
}

extension SourceText {
    /// The TeX in `range`. Inside a block quote the continuation lines lose their `>` markers, which belong
    /// to the quote, not to the formula.
    fileprivate func tex(in range: Range<Int>) -> String {
        let firstLine = line(containing: range.lowerBound)
        let depth = CodeFence.contentStart(of: content(ofLine: firstLine)).quoteDepth
        guard depth > 0 else { return string(range) }
        var tex: [UInt8] = []
        var index = range.lowerBound
        while index < range.upperBound {
            // A lazy continuation line has no markers to drop: its text is the formula's.
            if index > range.lowerBound, index == start(ofLine: line(containing: index)) {
                let past = min(endOfQuoteMarkers(from: index, depth: depth), range.upperBound)
                if past > index {
                    index = past
                    continue
                }
            }
            tex.append(bytes[index])
            index += 1
        }
        return String(decoding: tex, as: UTF8.self)
    }

    /// Past up to `depth` block-quote markers (each with its indentation and one following blank).
    private func endOfQuoteMarkers(from start: Int, depth: Int) -> Int {
        var index = start
        for _ in 0..<depth {
            var marker = index
            while let byte = byte(at: marker), ASCII.isBlank(byte) { marker += 1 }
            guard byte(at: marker) == ASCII.greaterThan else { break }
            index = marker + 1
            if let byte = byte(at: index), ASCII.isBlank(byte) { index += 1 }
        }
        return index
    }
}
