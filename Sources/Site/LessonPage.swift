import Notebook

/// A lesson's page on the site: the shared header, a table of contents from its headings, the lesson, and
/// links to the previous and next lessons.
struct LessonPage {
    let chrome: PageChrome
    let lesson: Lesson
    let article: Article
    /// The page's path from the top of the site.
    let page: String
    let previous: (page: String, title: String)?
    let next: (page: String, title: String)?
    /// "Rendered by lessonrun from gd.md: 6 cells, …".
    let footer: String

    var html: String {
        var html = chrome.head(
            title: "\(lesson.title) · \(chrome.courseTitle)", description: lesson.frontMatter.summary)
        html += chrome.header()
        let contents = tableOfContents
        html += contents.isEmpty ? "<div class=\"layout\">\n" : "<div class=\"layout with-toc\">\n" + contents
        html += "<main id=\"content\">\n" + article.html + pager + "</main>\n</div>\n"
        html += "<footer>\n<p>\(HTMLEscape.text(footer))</p>\n</footer>\n"
        return html + PageChrome.end
    }

    /// Level-2 headings, with their level-3 headings nested; nothing when the lesson has none.
    private var tableOfContents: String {
        let entries = article.headings.filter { $0.level == 2 || $0.level == 3 }
        guard entries.contains(where: { $0.level == 2 }) else { return "" }
        var html = "<nav class=\"toc\" aria-label=\"Contents\">\n<details open>\n<summary>On this page</summary>\n<ol>\n"
        var open = false
        for (position, heading) in entries.enumerated() {
            let link = "<a href=\"#\(HTMLEscape.attribute(heading.id))\">\(Self.withoutLinks(heading.html))</a>"
            if heading.level == 2 || position == 0 {
                if open { html += "</ol></li>\n" }
                open = false
                html += "<li>\(link)"
                let hasChildren = entries.dropFirst(position + 1).first?.level == 3
                html += hasChildren ? "\n<ol>\n" : "</li>\n"
                open = hasChildren
            } else {
                html += "<li>\(link)</li>\n"
            }
        }
        if open { html += "</ol></li>\n" }
        return html + "</ol>\n</details>\n</nav>\n"
    }

    private var pager: String {
        guard previous != nil || next != nil else { return "" }
        var html = "<nav class=\"pager\" aria-label=\"Lessons\">\n"
        if let previous {
            let href = SitePaths.relative(from: page, to: previous.page)
            html += "<a rel=\"prev\" href=\"\(HTMLEscape.attribute(href))\"><span>Previous</span>"
                + "\(HTMLEscape.text(previous.title))</a>\n"
        }
        if let next {
            let href = SitePaths.relative(from: page, to: next.page)
            html += "<a rel=\"next\" href=\"\(HTMLEscape.attribute(href))\"><span>Next</span>"
                + "\(HTMLEscape.text(next.title))</a>\n"
        }
        return html + "</nav>\n"
    }

    /// A heading's HTML without its links, which cannot sit inside the contents' own link, and without ids,
    /// which the heading itself already holds.
    static func withoutLinks(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = [rest.range(of: "<a "), rest.range(of: "</a>")].compactMap({ $0 })
            .min(by: { $0.lowerBound < $1.lowerBound }) {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.lowerBound...].firstIndex(of: ">") else { break }
            rest = rest[rest.index(after: close)...]
        }
        return (out + rest).replacing(#/ id="[^"]*"/#, with: "")
    }
}
