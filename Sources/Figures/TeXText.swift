/// TeX-lite: labels with `$…$` math drawn as SVG text, Unicode symbols and shifted runs.
///
/// Text outside dollars is kept as written (`\$` is a dollar sign). Inside, letters are italic
/// variables, `^`/`_` raise or lower the next atom or `{…}` group, commands become Unicode
/// (`\beta` → β, `\mathcal{L}` → ℒ, `\cdot` → ·), and binary operators get spaces around them.
/// This is the one seam for a real math renderer: anything that can produce spans can replace it.
public enum TeXText {
    /// The label as styled runs, ready to become `<tspan>`s.
    public static func spans(_ label: String) -> [TextSpan] {
        var list = SpanList()
        for segment in segments(label) {
            switch segment {
            case .text(let text):
                list.append(TextSpan(text))
            case .math(let tex):
                var reader = MathReader(tex)
                reader.read()
                reader.spans.spans.forEach { list.append($0) }
            }
        }
        return list.spans
    }

    /// The label as plain text for descriptions: `f(x) = 3x^2 − 4x + 5`.
    public static func plainText(_ label: String) -> String {
        spans(label).map { span in
            switch span.shift {
            case .none: span.text
            case .superscript: "^" + span.text
            case .subscript: "_" + span.text
            }
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
