/// GitHub's strikethrough, `~text~` or `~~text~~`, found among the inlines cmark read (libcmark passes
/// tildes through as text). A run of one or two tildes opens when it is left-flanking and closes when it is
/// right-flanking, as CommonMark's `*` does; a closer matches the nearest opener of its own length, and a
/// run of three or more is text. The characters beside a run that another inline node holds are judged by
/// that node's first or last source character: markup such as `` ` `` and `*` is punctuation, a line break
/// whitespace.
enum Strikethrough {
    private enum Item {
        case inline(Inline)
        case run(count: Int)
    }

    private static func hasTilde(_ text: String) -> Bool { text.utf8.contains(UInt8(ascii: "~")) }

    static func apply(_ inlines: [Inline]) -> [Inline] {
        // Tested on the bytes: `contains("~")` walked every text's Characters, 1 % of rendering a lesson.
        guard inlines.contains(where: { if case .text(let text) = $0 { hasTilde(text) } else { false } }) else {
            return inlines
        }
        var items: [Item] = []
        // The open runs of one tilde and of two, by their place in `items`, latest last.
        var openers: [[Int]] = [[], []]
        for (position, inline) in inlines.enumerated() {
            guard case .text(let text) = inline, hasTilde(text) else {
                items.append(.inline(inline))
                continue
            }
            let before = position > 0 ? edge(of: inlines[position - 1], last: true) : " "
            let after = position + 1 < inlines.count ? edge(of: inlines[position + 1], last: false) : " "
            let characters = Array(text)
            var start = 0
            while start < characters.count {
                var end = start
                if characters[start] == "~" {
                    while end < characters.count, characters[end] == "~" { end += 1 }
                } else {
                    while end < characters.count, characters[end] != "~" { end += 1 }
                    items.append(.inline(.text(String(characters[start..<end]))))
                    start = end
                    continue
                }
                let count = end - start
                let previous = start > 0 ? characters[start - 1] : before
                let next = end < characters.count ? characters[end] : after
                start = end
                guard count <= 2 else {
                    items.append(.inline(.text(String(repeating: "~", count: count))))
                    continue
                }
                if Flanking.isRight(previous, next), let opener = openers[count - 1].popLast() {
                    let content = items[(opener + 1)...].map(Self.asInline)
                    items.removeSubrange(opener...)
                    while let other = openers[2 - count].last, other > opener { openers[2 - count].removeLast() }
                    items.append(.inline(.strikethrough(content.mergingAdjacentText())))
                } else {
                    if Flanking.isLeft(previous, next) { openers[count - 1].append(items.count) }
                    items.append(.run(count: count))
                }
            }
        }
        return items.map(Self.asInline).mergingAdjacentText()
    }

    private static func asInline(_ item: Item) -> Inline {
        switch item {
        case .inline(let inline): inline
        case .run(let count): .text(String(repeating: "~", count: count))
        }
    }

    /// The character a neighbouring inline shows next to a tilde run.
    private static func edge(of inline: Inline, last: Bool) -> Character {
        switch inline {
        case .text(let text): (last ? text.last : text.first) ?? " "
        case .softBreak, .lineBreak: "\n"
        default: "*"
        }
    }
}

/// CommonMark's flanking rules for delimiter runs, given the characters either side (a space at a line's ends).
enum Flanking {
    static func isLeft(_ previous: Character, _ next: Character) -> Bool {
        !isSpace(next) && (!isPunctuation(next) || isSpace(previous) || isPunctuation(previous))
    }

    static func isRight(_ previous: Character, _ next: Character) -> Bool {
        !isSpace(previous) && (!isPunctuation(previous) || isSpace(next) || isPunctuation(next))
    }

    static func isSpace(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { $0.properties.isWhitespace } ?? true
    }

    static func isPunctuation(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        if scalar.isASCII { return ASCII.isPunctuation(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
