import Notebook

/// The site's front page: the course title and description, and the lessons in order with their summaries.
struct IndexPage {
    struct Entry {
        var page: String
        var title: String
        var summary: String?
        var failed: Bool
    }

    let chrome: PageChrome
    let description: String?
    let entries: [Entry]

    var html: String {
        var html = chrome.head(title: chrome.courseTitle, description: description)
        html += chrome.header()
        html += "<main id=\"content\">\n<h1>\(HTMLEscape.text(chrome.courseTitle))</h1>\n"
        if let description { html += "<p class=\"summary\">\(HTMLEscape.text(description))</p>\n" }
        html += "<ol class=\"lessons\">\n"
        for (number, entry) in entries.enumerated() {
            html += "<li><span class=\"number\">\(number + 1).</span>"
            html += "<a href=\"\(HTMLEscape.attribute(entry.page))\">\(HTMLEscape.text(entry.title))</a>"
            if entry.failed { html += "<span class=\"badge\">has errors</span>" }
            if let summary = entry.summary { html += "\n<p>\(HTMLEscape.text(summary))</p>" }
            html += "</li>\n"
        }
        html += "</ol>\n"
        html += "<p class=\"reference-link\">Writing a lesson? The <a href=\"reference.html\">swift-nn reference</a> "
            + "lists every builtin and method with a checked example.</p>\n"
        html += "</main>\n"
        return html + PageChrome.end
    }
}

/// The page a server shows for a missing address: a way back to the index, and search. A server shows it at
/// whatever address was asked for, at any depth, so its stylesheet is embedded, and with the course's `url` a
/// `<base>` makes its links start from the site's top; without it they hold only at the top level.
struct NotFoundPage {
    let chrome: PageChrome
    let basePath: String?

    var html: String {
        let base = basePath.map { "<base href=\"\(HTMLEscape.attribute($0))\">\n" } ?? ""
        return chrome.head(title: "Page not found · \(chrome.courseTitle)", description: nil, extra: base, inlineStyle: true)
            + chrome.header()
            + "<main id=\"content\">\n<h1>Page not found</h1>\n"
            + "<p>There is no page at this address. Start again from "
            + "<a href=\"\(chrome.root)index.html\">the list of lessons</a>, or search the course above.</p>\n"
            + "</main>\n" + PageChrome.end
    }
}
