/// GitHub's extended autolinks among the text cmark read: `www.` addresses (linked with `http://`),
/// `http://`, `https://` and `ftp://` URLs, and email addresses (linked with `mailto:`), in text outside
/// links and code. A link ends at whitespace or `<`; trailing punctuation, an unmatched `)` and a trailing
/// entity-like `&name;` are left out of it, as GitHub does.
enum ExtendedAutolink {
    static func apply(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for (position, inline) in inlines.enumerated() {
            switch inline {
            case .text(let text):
                let before: Character? = position > 0 ? (inlines[position - 1] == .softBreak ? "\n" : nil) : " "
                out += links(in: text, after: before)
            case .emphasis(let content): out.append(.emphasis(apply(content)))
            case .strong(let content): out.append(.strong(apply(content)))
            case .strikethrough(let content): out.append(.strikethrough(apply(content)))
            default: out.append(inline)
            }
        }
        return out
    }

    /// The text with its autolinks made links; `before` is the character in front of the text when known.
    static func links(in text: String, after before: Character?) -> [Inline] {
        // Every autolink holds `www.`, `://` or (an email address) `@`; text without them, nearly all of it, is
        // not made into Characters at all (that was a fiftieth of rendering a lesson).
        guard text.utf8.contains(UInt8(ascii: "@")) || contains(text, "www.") || contains(text, "://") else {
            return [.text(text)]
        }
        let characters = Array(text)
        var out: [Inline] = []
        var literalStart = 0
        var i = 0
        while i < characters.count {
            let previous = i > 0 ? characters[i - 1] : before
            if let (end, destination) = match(characters, at: i, previous: previous, literalStart: literalStart) {
                let start = destination.hasPrefix("mailto:") ? localStart(characters, before: i, from: literalStart) : i
                if start > literalStart { out.append(.text(String(characters[literalStart..<start]))) }
                let shown = String(characters[start..<end])
                out.append(.link(destination: destination, title: "", content: [.text(shown)]))
                literalStart = end
                i = end
            } else {
                i += 1
            }
        }
        if literalStart < characters.count { out.append(.text(String(characters[literalStart...]))) }
        return out
    }

    /// Whether `text` holds `pattern`, compared byte by byte.
    private static func contains(_ text: String, _ pattern: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        let bytes = text.utf8
        guard bytes.count >= needle.count else { return false }
        var index = bytes.startIndex
        let last = bytes.index(bytes.endIndex, offsetBy: -needle.count)
        while index <= last {
            if bytes[index] == needle[0], zip(bytes[index...], needle).allSatisfy({ $0 == $1 }) { return true }
            index = bytes.index(after: index)
        }
        return false
    }

    private static func match(
        _ c: [Character], at i: Int, previous: Character?, literalStart: Int
    ) -> (end: Int, destination: String)? {
        if c[i] == "@" { return email(c, at: i, literalStart: literalStart) }
        guard c[i] == "w" || c[i] == "h" || c[i] == "f" else { return nil }
        let rest = String(c[i..<min(i + 8, c.count)])
        if rest.hasPrefix("www.") {
            guard let previous = previous, previous.isWhitespace || "*_~(".contains(previous) else {
                return previous == nil && i == 0 ? www(c, at: i) : nil
            }
            return www(c, at: i)
        }
        for scheme in ["http://", "https://", "ftp://"] where rest.hasPrefix(scheme) {
            if let previous, previous.isLetter || previous.isNumber { return nil }
            guard let end = linkEnd(c, from: i + scheme.count, needsPeriod: false) else { return nil }
            return (end, String(c[i..<end]))
        }
        return nil
    }

    private static func www(_ c: [Character], at i: Int) -> (end: Int, destination: String)? {
        guard let end = linkEnd(c, from: i, needsPeriod: true) else { return nil }
        return (end, "http://" + String(c[i..<end]))
    }

    /// Where a link whose domain starts at `start` ends, once trailing punctuation is trimmed; nil when the
    /// domain is not valid.
    private static func linkEnd(_ c: [Character], from start: Int, needsPeriod: Bool) -> Int? {
        var domainEnd = start
        while domainEnd < c.count, domainEnd - start <= maximumDomainLength, isDomainCharacter(c[domainEnd]) {
            domainEnd += 1
        }
        var domain = c[start..<domainEnd]
        while let last = domain.last, "._".contains(last) { domain = domain.dropLast() }
        let segments = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard !domain.isEmpty, domain.count <= maximumDomainLength, !needsPeriod || segments.count > 1,
              !segments.contains(where: \.isEmpty), !segments.suffix(2).contains(where: { $0.contains("_") })
        else { return nil }
        var end = domainEnd
        while end < c.count, !c[end].isWhitespace, c[end] != "<" { end += 1 }
        return trimmed(c, start: start, end: end)
    }

    /// A longer name is no domain (DNS allows 253 characters); the bound keeps a hostile line from being
    /// scanned again from each of its characters.
    static let maximumDomainLength = 255

    private static func isDomainCharacter(_ c: Character) -> Bool {
        if let byte = c.asciiValue {
            return (0x61...0x7A).contains(byte | 0x20) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x5F
                || byte == 0x2E
        }
        return !c.isWhitespace && !c.isPunctuation
    }

    /// The end of a link once trailing `?!.,:*_~'"`, an unbalanced `)` and an entity-like `&name;` are cut.
    private static func trimmed(_ c: [Character], start: Int, end: Int) -> Int {
        var end = end
        let opening = c[start..<end].filter { $0 == "(" }.count
        var closing = c[start..<end].filter { $0 == ")" }.count
        while end > start {
            let last = c[end - 1]
            if "?!.,:*_~'\"".contains(last) {
                end -= 1
            } else if last == ")", closing > opening {
                end -= 1
                closing -= 1
            } else if last == ";", let amp = c[start..<(end - 1)].lastIndex(of: "&"), amp + 1 < end - 1,
                      c[(amp + 1)..<(end - 1)].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                end = amp
            } else {
                break
            }
        }
        return end
    }

    private static func isLocalCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || ".+-_".contains(c))
    }

    /// Where the local part of an address whose `@` is at `at` starts (not before `from`).
    private static func localStart(_ c: [Character], before at: Int, from: Int) -> Int {
        var start = at
        while start > from, isLocalCharacter(c[start - 1]) { start -= 1 }
        return start
    }

    private static func email(_ c: [Character], at i: Int, literalStart: Int) -> (end: Int, destination: String)? {
        let start = localStart(c, before: i, from: literalStart)
        guard start < i else { return nil }
        var end = i + 1
        while end < c.count, c[end].isASCII, c[end].isLetter || c[end].isNumber || "-_.".contains(c[end]) { end += 1 }
        while end > i + 1, c[end - 1] == "." { end -= 1 }
        let domain = c[(i + 1)..<end]
        guard let last = domain.last, last != "-", last != "_", domain.contains("."),
              !domain.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty)
        else { return nil }
        return (end, "mailto:" + String(c[start..<end]))
    }
}
