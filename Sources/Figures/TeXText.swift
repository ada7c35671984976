import Math

/// Labels with `$…$` math drawn as SVG text, which cannot hold MathML: the math module's parser turns each
/// formula into runs of Unicode text (`\beta` → β, `\mathcal{L}` → ℒ, `\frac{a}{b}` → a/b) with styles and
/// script positions, and each run becomes a `<tspan>`.
///
/// Text outside dollars is kept as written (`\$` is a dollar sign). A script inside a script stays at the
/// first script's height, the one level of shift SVG text draws well.
public enum TeXText {
    /// The label as styled runs, ready to become `<tspan>`s.
    public static func spans(_ label: String) -> [TextSpan] {
        if !label.utf8.contains(UInt8(ascii: "$")) {
            return label.isEmpty ? [] : [TextSpan(label)]
        }
        var list = SpanList()
        for segment in segments(label) {
            switch segment {
            case .text(let text):
                list.append(TextSpan(text))
            case .math(let tex):
                TeX.runs(tex).forEach { list.append(span($0)) }
            }
        }
        return list.spans
    }

    private static func span(_ run: MathRun) -> TextSpan {
        let style: TextSpan.Style
        switch run.style {
        case .normal: style = .normal
        case .italic: style = .italic
        case .bold, .boldItalic: style = .bold
        }
        let shift: TextSpan.Shift
        switch run.scripts.first {
        case nil: shift = .none
        case .superscript: shift = .superscript
        case .subscript: shift = .subscript
        }
        return TextSpan(run.text, style: style, shift: shift)
    }

    /// The label as plain text for titles and descriptions: `f(x) = 3x^2 − 4x + 5`, `e^{−x1}`.
    public static func plainText(_ label: String) -> String {
        var groups: [(shift: TextSpan.Shift, text: String)] = []
        for span in spans(label) {
            if let last = groups.last, last.shift == span.shift {
                groups[groups.count - 1].text += span.text
            } else {
                groups.append((span.shift, span.text))
            }
        }
        return groups.map { group in
            let marker = switch group.shift {
            case .none: ""
            case .superscript: "^"
            case .subscript: "_"
            }
            return marker.isEmpty || group.text.count == 1 ? marker + group.text : marker + "{" + group.text + "}"
        }.joined()
    }

    enum Segment: Equatable {
        case text(String)
        case math(String)
    }

    /// Splits a label at unescaped `$` or `$$`; an unmatched dollar stays literal text.
    static func segments(_ label: String) -> [Segment] {
        let chars = Array(label)
        var result: [Segment] = []
        var text = "", index = 0
        while index < chars.count {
            if chars[index] == "\\", index + 1 < chars.count, chars[index + 1] == "$" {
                text.append("$")
                index += 2
                continue
            }
            guard chars[index] == "$" else {
                text.append(chars[index])
                index += 1
                continue
            }
            let fence = index + 1 < chars.count && chars[index + 1] == "$" ? 2 : 1
            guard let end = closingDollar(in: chars, from: index + fence, fence: fence) else {
                text.append(chars[index])
                index += 1
                continue
            }
            if !text.isEmpty { result.append(.text(text)) }
            text = ""
            result.append(.math(String(chars[(index + fence)..<end])))
            index = end + fence
        }
        if !text.isEmpty { result.append(.text(text)) }
        return result
    }

    private static func closingDollar(in chars: [Character], from start: Int, fence: Int) -> Int? {
        var index = start
        while index < chars.count {
            if chars[index] == "\\" { index += 2; continue }
            if chars[index] == "$", fence == 1 || (index + 1 < chars.count && chars[index + 1] == "$") {
                return index
            }
            index += 1
        }
        return nil
    }
}
