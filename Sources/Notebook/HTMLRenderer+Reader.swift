extension HTMLRenderer {
    /// A heading with a `¶` link to itself after its text, shown on hover or focus; the link's name says where
    /// it goes, so a screen reader does not read "pilcrow". No space before it: a long heading that wraps
    /// takes its last word along, rather than leave the `¶` alone on a line.
    mutating func writeHeading(level: Int, id: String, inner: String, plain: String) {
        let anchor = HTMLEscape.attribute(id)
        html += "<h\(level) id=\"\(anchor)\">\(inner)<a class=\"anchor\" href=\"#\(anchor)\" "
        html += "aria-label=\"Link to this section: \(HTMLEscape.attribute(plain))\">¶</a></h\(level)>\n"
    }

    /// A figure numbered in page order, captioned "Figure N." and the cell's `caption:` or else the figure's
    /// title (the text of its SVG's first `<title>`, which the figures module writes for every figure).
    mutating func writeFigure(_ svg: String, caption: String?) {
        figureCount += 1
        let id = claimAnchor(for: "figure \(figureCount)")
        let text = caption.map(HTMLEscape.text) ?? Self.svgTitle(svg)
        html += "<figure class=\"figure\" id=\"\(HTMLEscape.attribute(id))\">\n\(svg)\n"
        html += "<figcaption><span class=\"figure-number\">Figure \(figureCount).</span>"
        html += text.map { " \($0)" } ?? ""
        html += "</figcaption>\n</figure>\n"
    }

    /// The escaped text of the first `<title>` in a figure's markup; nil when it is the untitled "Figure".
    static func svgTitle(_ svg: String) -> String? {
        // Searched over the bytes: Foundation's `range(of:)` first counts the whole figure in UTF-16, and the
        // generic `firstRange(of:)` cost 200 000 instructions a figure, 1 % of a lesson's page.
        var svg = svg
        return svg.withUTF8 { bytes -> String? in
            let open = Array("<title>".utf8), close = Array("</title>".utf8)
            guard let start = firstOffset(of: open, in: bytes, from: 0).map({ $0 + open.count }),
                  let end = firstOffset(of: close, in: bytes, from: start) else { return nil }
            let title = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            return title.isEmpty || title == "Figure" ? nil : title
        }
    }

    /// Where `needle` first starts in `bytes` at or after `from`.
    private static func firstOffset(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = from
        while index <= bytes.count - needle.count {
            if bytes[index] == first, needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) { return index }
            index += 1
        }
        return nil
    }

    /// The script behind the copy buttons, once per page that shows code: it adds a "Copy" button to each code
    /// block when the browser can write to the clipboard (a plain listing gets a box to hold it), and copies the code without its check marks. Without
    /// script (or clipboard) there is no button at all, rather than one that does nothing.
    mutating func writeCopyScript() {
        guard wroteCode else { return }
        html += "<script>\(Self.copyScript)</script>\n"
    }

    public static let copyScript = "(function(){if(!navigator.clipboard)return;"
        + "document.querySelectorAll(\"pre.code:not([hidden]),pre.listing\").forEach(function(p){"
        + "var b=document.createElement(\"button\");b.type=\"button\";b.className=\"lr-copy\";b.textContent=\"Copy\";"
        + "b.setAttribute(\"aria-label\",\"Copy this code\");b.addEventListener(\"click\",function(){"
        + "var c=p.cloneNode(true);c.querySelectorAll(\".check\").forEach(function(e){e.remove()});"
        + "navigator.clipboard.writeText(c.textContent.replace(/ +$/gm,\"\")).then(function(){b.textContent=\"Copied\";"
        + "setTimeout(function(){b.textContent=\"Copy\"},1500)})});"
        + "if(p.classList.contains(\"listing\")){var w=document.createElement(\"div\");w.className=\"lr-copy-box\";"
        + "p.parentNode.insertBefore(w,p);w.appendChild(p)}p.parentNode.insertBefore(b,p)})})()"
}
