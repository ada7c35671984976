/// A slider as HTML: one `<svg>` holding what all frames share once and what differs in one group per frame,
/// a range input, and a few lines of script that show the chosen frame. Without script the initial frame
/// shows and the input stays hidden.
///
/// The frames' SVG lines are compared (each element is one line): the longest sequence common to all is
/// kept once, and each frame's own lines between two common ones form its group there. When that would not
/// make well-formed SVG (frames of different sizes, differing lines inside definitions or with ids), each
/// frame is a whole `<svg>` of its own.
enum SliderRenderer {
    static func html(_ slider: Slider) -> String {
        guard !slider.frames.isEmpty else { return "" }
        let initial = min(max(slider.initial, 0), slider.frames.count - 1)
        let frames = slider.frames.map(lines)
        let heading = description(slider, initial: initial)
        var svg = SVGWriter()
        svg.raw(shared(frames, initial: initial, heading: heading) ?? separate(frames, initial: initial, heading: heading))
        svg.resolveIDs()
        var html = "<div class=\"lr-slider\" data-values=\"\(SVGWriter.escape(json(slider.values)))\">\n"
        html += svg.output
        html += "<p class=\"lr-slider-control\" hidden><label>\(inlineHTML(slider.label)) "
        html += "<input type=\"range\" min=\"0\" max=\"\(slider.frames.count - 1)\" step=\"1\" value=\"\(initial)\"></label> "
        html += "<output>\(SVGWriter.escape(slider.values.indices.contains(initial) ? slider.values[initial] : ""))</output></p>\n"
        html += "<script>\(script)</script>\n</div>\n"
        return html
    }

    /// Shows the frame the input selects and its value; runs once per slider, on the element around it.
    static let script = "(function(s){var i=s.querySelector(\"input\"),o=s.querySelector(\"output\"),"
        + "f=s.querySelectorAll(\"[data-frame]\"),v=JSON.parse(s.getAttribute(\"data-values\"));"
        + "s.querySelector(\".lr-slider-control\").hidden=false;i.addEventListener(\"input\",function(){"
        + "f.forEach(function(e){e.setAttribute(\"display\",e.getAttribute(\"data-frame\")==i.value?\"inline\":\"none\")});"
        + "o.textContent=v[i.value]})})(document.currentScript.parentNode)"

    /// The `<title>` and `<desc>` of the slider's SVG: what the frames show and over which values.
    private static func description(_ slider: Slider, initial: Int) -> String {
        var svg = SVGWriter()
        let first = slider.values.first ?? "", last = slider.values.last ?? ""
        let label = TeXText.plainText(slider.label)
        svg.element("title", text: SVGRenderer.name(of: slider.frames[initial]))
        var text = "\(slider.frames.count) figures, one for each \(label) from \(first) to \(last)"
        if case .panels = slider.frames[initial].content {
            text += "; shown first, for \(label) = \(slider.values.indices.contains(initial) ? slider.values[initial] : ""): "
                + FigureDescription.text(for: slider.frames[initial])
        }
        svg.element("desc", text: text)
        return svg.output
    }

    private static func lines(_ figure: Figure) -> [Substring] {
        var svg = SVGWriter()
        if case .diagram(let diagram) = figure.content {
            GraphRenderer.write(diagram, describing: false, into: &svg)
        } else {
            SVGRenderer.write(figure, describing: false, into: &svg)
        }
        return lines(svg.output)
    }

    /// The text's lines. Split on the bytes when there is no carriage return, the one character that joins a
    /// newline into a larger Character ("\r\n"): the same lines as splitting on Characters, without walking
    /// grapheme boundaries (a fifth of the time a slider took).
    static func lines(_ text: String) -> [Substring] {
        let newline = UInt8(ascii: "\n")
        guard !text.utf8.contains(UInt8(ascii: "\r")) else { return text.split(separator: "\n") }
        var result: [Substring] = []
        var start = text.utf8.startIndex
        for index in text.utf8.indices where text.utf8[index] == newline {
            if index > start { result.append(text[start..<index]) }
            start = text.utf8.index(after: index)
        }
        if start < text.utf8.endIndex { result.append(text[start..<text.utf8.endIndex]) }
        return result
    }

    /// The frames in one `<svg>`, or nil when their differences cannot be grouped.
    private static func shared(_ frames: [[Substring]], initial: Int, heading: String) -> String? {
        var common = frames[0]
        for frame in frames.dropFirst() { common = LongestCommon.subsequence(common, frame) }
        guard common.first == frames[0].first, common.count >= 2 else { return nil }
        let gaps = frames.map { LongestCommon.gaps(of: $0, around: common) }
        let parents = openElements(common)
        var output = ""
        for index in 0...common.count {
            let differing = gaps.contains { !$0[index].isEmpty }
            if differing {
                guard parents[index] == "svg" || parents[index] == "g",
                      gaps.allSatisfy({ isBalanced($0[index]) && !$0[index].contains(where: hasID) })
                else { return nil }
                for (frame, gap) in gaps.enumerated() where !gap[index].isEmpty {
                    output += "<g data-frame=\"\(frame)\"\(frame == initial ? "" : " display=\"none\"")>\n"
                    output += gap[index].joined(separator: "\n") + "\n</g>\n"
                }
            }
            if index < common.count { output += common[index] + "\n" }
            if index == 0 { output += heading }
        }
        return output
    }

    /// Each frame a whole `<svg>`, its ids made its own.
    private static func separate(_ frames: [[Substring]], initial: Int, heading: String) -> String {
        frames.enumerated().map { index, lines in
            var text = lines.dropFirst().joined(separator: "\n") + "\n"
            text = text.replacingOccurrences(of: SVGWriter.id, with: SVGWriter.id + "f\(index)")
            let root = "<svg data-frame=\"\(index)\"\(index == initial ? "" : " display=\"none\"")" + lines[0].dropFirst(4)
            return root + "\n" + (index == initial ? heading : "") + text
        }.joined()
    }

    /// Whether an element's line gives it an id. On the bytes, as the generic searches (Foundation's and the
    /// standard library's) took longer than the rest of comparing the frames.
    private static func hasID(_ line: Substring) -> Bool {
        let pattern: [UInt8] = Array(" id=\"".utf8)
        let found = line.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= pattern.count else { return false }
            return (0...(bytes.count - pattern.count)).contains { start in
                pattern.indices.allSatisfy { bytes[start + $0] == pattern[$0] }
            }
        }
        return found ?? line.contains(" id=\"")
    }

    /// For each position between common lines, the name of the innermost element open there.
    private static func openElements(_ lines: [Substring]) -> [String] {
        var stack: [String] = []
        var result: [String] = []
        for line in lines {
            result.append(stack.last ?? "")
            if line.hasPrefix("</") {
                _ = stack.popLast()
            } else if line.hasPrefix("<"), !line.hasSuffix("/>"), !line.hasSuffix(">") || !line.contains("</") {
                stack.append(String(line.dropFirst().prefix { $0 != " " && $0 != ">" }))
            }
        }
        result.append(stack.last ?? "")
        return result
    }

    /// Whether lines open and close their elements in pairs.
    private static func isBalanced(_ lines: [Substring]) -> Bool {
        var depth = 0
        for line in lines {
            if line.hasPrefix("</") {
                depth -= 1
            } else if line.hasPrefix("<"), !line.hasSuffix("/>"), !line.contains("</") {
                depth += 1
            }
            if depth < 0 { return false }
        }
        return depth == 0
    }

    private static func json(_ values: [String]) -> String {
        "[" + values.map { value in
            var text = "\""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case _ where scalar.value < 0x20: text += String(format: "\\u%04x", scalar.value)
                default: text.unicodeScalars.append(scalar)
                }
            }
            return text + "\""
        }.joined(separator: ",") + "]"
    }

    /// A TeX label as HTML: italic variables, sub- and superscripts.
    private static func inlineHTML(_ label: String) -> String {
        TeXText.spans(label).map { span in
            var text = SVGWriter.escape(span.text)
            if span.style == .italic { text = "<i>\(text)</i>" }
            if span.style == .bold { text = "<b>\(text)</b>" }
            switch span.shift {
            case .none: break
            case .superscript: text = "<sup>\(text)</sup>"
            case .subscript: text = "<sub>\(text)</sub>"
            }
            return text
        }.joined()
    }
}
