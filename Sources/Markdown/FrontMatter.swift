/// YAML front matter: a first line `---`, then the YAML, then a line `---` or `...`.
enum FrontMatter {
    /// The YAML text (nil when the file does not open with front matter) and the byte offset where the
    /// Markdown body starts. The body keeps its original offsets, so positions still count file lines.
    static func split(_ text: SourceText) -> (yaml: String?, bodyStart: Int) {
        guard text.lineCount > 1, isDelimiter(text.content(ofLine: 1), allowDots: false) else { return (nil, 0) }
        for line in 2...text.lineCount where isDelimiter(text.content(ofLine: line), allowDots: true) {
            let yaml = text.string(text.start(ofLine: 2)..<text.start(ofLine: line))
            let bodyStart = line < text.lineCount ? text.start(ofLine: line + 1) : text.bytes.count
            return (yaml, bodyStart)
        }
        return (nil, 0)
    }

    private static func isDelimiter(_ line: ArraySlice<UInt8>, allowDots: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, ASCII.isBlank(last) { trimmed = trimmed.dropLast() }
        return trimmed.elementsEqual("---".utf8) || (allowDots && trimmed.elementsEqual("...".utf8))
    }
}
